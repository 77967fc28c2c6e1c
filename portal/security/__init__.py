"""Security hardening: response headers, second login factor, upload checks."""
