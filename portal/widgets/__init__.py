"""Form widgets and panels the portal's admin forms share."""
