"""Production: every secret from the environment, HTTPS only, refuses to start half-configured."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not SECRET_KEY:
    raise ImproperlyConfigured("Nastavte proměnnou prostředí SECRET_KEY.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Nastavte proměnnou prostředí ALLOWED_HOSTS.")

CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
# Wagtail's live page preview is a same-origin frame, so not DENY; CSP frame-ancestors 'self'
# says the same to current browsers.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
CSRF_COOKIE_HTTPONLY = True
# The page cache needs a cache every worker shares (REDIS_URL) to invalidate it everywhere.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=bool(env("REDIS_URL", default="")))
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)  # noqa: F405
# E-mail goes through the database queue: run `manage.py db_worker` next to gunicorn.
TASKS = {"default": {"BACKEND": TASK_BACKENDS[env("TASKS_BACKEND", default="database")]}}  # noqa: F405
