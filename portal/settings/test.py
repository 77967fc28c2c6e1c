"""Settings for the pytest suite: fast hashing, mail kept in memory, plain static storage."""

import os

from .base import *  # noqa: F403
from .base import STORAGES, env

DEBUG = False
SECRET_KEY = "test-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# pytest-xdist runs the suite in several processes at once: each gets its own media folder
# (as pytest-django gives each its own test database).
MEDIA_ROOT = env.path(
    "MEDIA_ROOT", default=f"/tmp/portal-test-media{os.environ.get('PYTEST_XDIST_WORKER', '')}"
)
WHITENOISE_AUTOREFRESH = True
DEMO_ACCOUNTS_ENABLED = True
# Tests of the page cache switch it on themselves (tests/portal/test_page_cache.py).
PAGE_CACHE_ENABLED = False
