"""Settings shared by every environment; values that differ come from the environment."""

from pathlib import Path

import environ

from portal.base_url import parse_base_url
from portal.map_tiles import DEFAULT_ATTRIBUTION, DEFAULT_TILE_URL, tile_origin

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
# The public address: every absolute URL the portal writes (pages, feeds, e-mails, APIs) starts
# with it; a malformed one stops start-up (portal.base_url).
BASE_URL = parse_base_url(env("BASE_URL", default="http://127.0.0.1:8000"))
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILAPI_BASE_URL = BASE_URL

INSTALLED_APPS = [
    "portal",
    "catalogue",
    "catalogue.editors",
    "campaigns",
    "plans",
    "portal.security",
    "portal.accounts",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "portal.accounts.apps.UsersConfig",  # wagtail.users with unique e-mail addresses
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.headers.PortalCSPMiddleware",
    "portal.security.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "portal.page_cache.middleware.PageCacheMiddleware",
    "portal.security.headers.MapTilesCSPMiddleware",  # inside the page cache: cached with it
    "portal.resilience.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.security.two_factor.RequireSecondFactorMiddleware",
    "portal.admin_visibility.ViewerMiddleware",  # page titles as the signed-in person may see them
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# A persistent connection broken by a database restart is replaced before it is used.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database under concurrent requests: readers don't block the writer (WAL),
    # and a request that writes takes the lock up front and waits for it instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Planner costs for SSD storage, where reading a page out of order costs little more than
    # reading it in sequence (PostgreSQL's default of 4 assumes spinning disks). With the
    # default, a catalogue search scanned every search entry instead of using the GIN index
    # (24 → 17 ms for the search query at 7 000 services). POSTGRES_RANDOM_PAGE_COST="" keeps
    # the server's own setting (needed behind a pooler that refuses startup options).
    _random_page_cost = env.str("POSTGRES_RANDOM_PAGE_COST", default="1.1")
    if _random_page_cost:
        _options = DATABASES["default"].setdefault("OPTIONS", {})
        _options["options"] = " ".join(
            filter(
                None, [_options.get("options"), f"-c random_page_cost={float(_random_page_cost)}"]
            )
        )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "cs"
LANGUAGES = [("cs", "Čeština")]
# Our Czech for what Wagtail's catalogues leave untranslated (locale/; .mo compiled by
# `manage.py compile_translations`, which `make` runs).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Prague"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
# Page addresses in ASCII: the admin transliterates "Den otevřených dveří" to
# "den-otevrenych-dveri" (no percent-encoded letters in e-mails and calendar feeds).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Account settings offer Prague time only (the full list includes "localtime", which the
# admin's JavaScript rejects with a console error).
WAGTAIL_USER_TIME_ZONES = ["Europe/Prague"]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("cs", "Čeština")]
WAGTAIL_CONTENT_LANGUAGES = [("cs", "Čeština")]

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {"default": env.cache("REDIS_URL", default="locmemcache://portal")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Redis unreachable: the cache is bypassed and pages keep working (portal.resilience.cache).
    CACHES["default"]["BACKEND"] = "portal.resilience.cache.TolerantRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(socket_connect_timeout=1, socket_timeout=1)

# Whole-page cache for anonymous visitors (portal.page_cache): seconds a page is kept in the
# cache (a publish or any content change invalidates it at once) and seconds browsers and
# proxies may reuse it.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
PAGE_CACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", default=300)
PAGE_CACHE_MAX_AGE = env.int("PAGE_CACHE_MAX_AGE", default=60)
# Static files without a hash in their name; hashed ones are cached for ten years.
WHITENOISE_MAX_AGE = env.int("WHITENOISE_MAX_AGE", default=3600)

# Uploaded media in S3-compatible object storage, shared by every app server, when a bucket is set.
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "access_key": env("AWS_ACCESS_KEY_ID", default=None),
            "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
            "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=False),
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }

# Purge a CDN or reverse proxy when a page is published (wagtail.contrib.frontend_cache).
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("CLOUDFLARE_ZONEID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONEID"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

vars().update(env.email("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="portal@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (e-mail): "immediate" runs them during the request (development, tests);
# "database" queues them for `manage.py db_worker`, which retries e-mail the server refused.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {"default": {"BACKEND": TASK_BACKENDS[env("TASKS_BACKEND", default="immediate")]}}
# Seconds before the 1st, 2nd, … retry of an e-mail the mail server did not accept.
MAIL_RETRY_DELAYS = env.list("MAIL_RETRY_DELAYS", cast=int, default=[60, 300, 1800, 7200, 21600])

WAGTAIL_SITE_NAME = "Komunitní plánování sociálních služeb Ostrava"
WAGTAILADMIN_USER_LOGIN_FORM = "portal.admin_login.LoginForm"
# An e-mail changes only after the new address confirms it (portal.accounts.email_change).
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS = True
# A pasted address of one of our pages becomes a page link only when it is exact: the "confirm"
# step of Wagtail's default would name the page by its draft title (portal.admin_visibility).
WAGTAILADMIN_EXTERNAL_LINK_CONVERSION = "exact"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Documents are checked inside too (an HTML page renamed to .pdf is refused); only PDF and plain
# text open in the browser, everything else is served as an attachment.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.security.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.security.uploads.ImageForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # through Django, so the headers above always apply
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Avatars are the user's initials (portal.admin_avatars): the admin asks no third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the dashboard would ask wagtail.org for new versions
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False  # links to Wagtail's English guide
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Demo accounts with known passwords (load_demo): only ever in dev and test settings.
DEMO_ACCOUNTS_ENABLED = False

# Personal data of event registrants is deleted this many days after the event ends.
EVENT_REGISTRATION_RETENTION_DAYS = env.int("EVENT_REGISTRATION_RETENTION_DAYS", default=90)
# Retention (manage.py apply_retention, quoted on the page "Zpracování osobních údajů"): days
# after a plan's consultation ends before comment authors are anonymised, days search logs and
# finished background tasks (e-mail addresses in their arguments) are kept.
PLAN_COMMENT_RETENTION_DAYS = env.int("PLAN_COMMENT_RETENTION_DAYS", default=365)
SEARCH_LOG_RETENTION_DAYS = env.int("SEARCH_LOG_RETENTION_DAYS", default=365)
TASK_RESULT_RETENTION_DAYS = env.int("TASK_RESULT_RETENTION_DAYS", default=30)
# Days the admin's sign-in records (username, IP address; django-axes) are kept.
LOGIN_RECORD_RETENTION_DAYS = env.int("LOGIN_RECORD_RETENTION_DAYS", default=90)


def database_search_backend(database_engine):
    """Wagtail's database backend; on PostgreSQL search and autocomplete use the unaccent-based
    ``cs_unaccent`` configuration (migration portal 0003)."""
    if "postgresql" in database_engine:
        return {"BACKEND": "portal.search.postgres_backend", "SEARCH_CONFIG": "cs_unaccent"}
    return {"BACKEND": "wagtail.search.backends.database"}


def search_backends(elasticsearch_url, index_prefix, database_engine=""):
    """Wagtail's database backend by default; Elasticsearch when a URL is configured."""
    if not elasticsearch_url:
        return {"default": database_search_backend(database_engine)}
    # Czech text: stop words and the Czech stemmer see the accented words, then accents are
    # folded, on the index and the query side alike (the built-in "czech" analyzer keeps them).
    czech_filters = ["lowercase", "czech_stop", "czech_stemmer", "asciifolding"]
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "filter": {
                            "czech_stop": {"type": "stop", "stopwords": "_czech_"},
                            "czech_stemmer": {"type": "stemmer", "language": "czech"},
                        },
                        "analyzer": {
                            "default": {"tokenizer": "standard", "filter": czech_filters},
                            "default_search": {"tokenizer": "standard", "filter": czech_filters},
                            "folding": {
                                "tokenizer": "standard",
                                "filter": ["lowercase", "asciifolding"],
                            },
                        },
                    }
                }
            },
        }
    }


WAGTAILSEARCH_BACKENDS = search_backends(
    env("ELASTICSEARCH_URL", default=""),
    env("ELASTICSEARCH_INDEX_PREFIX", default="portal_"),
    DATABASES["default"]["ENGINE"],
)
if WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch9":
    # Elasticsearch unreachable: search falls back to a database index (portal.resilience).
    WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "portal.resilience.search_backend"
    WAGTAILSEARCH_BACKENDS["fallback"] = database_search_backend(DATABASES["default"]["ENGINE"])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# Security (portal/security/, README "Security"). Reverse proxies in front of the portal that
# append to X-Forwarded-For; 0 = clients connect directly (REMOTE_ADDR).
NUM_PROXIES = env.int("NUM_PROXIES", default=0)
ADMIN_URL_PREFIXES = ["/admin/", "/django-admin/"]
_SELF = "'self'"


def _media_origins(storage):
    """Where images come from when uploads live in object storage (CSP img-src)."""
    options = storage.get("OPTIONS", {})
    if options.get("custom_domain"):
        return [f"https://{options['custom_domain']}"]
    return [options["endpoint_url"]] if options.get("endpoint_url") else []


CSP_MEDIA_ORIGINS = env.list("CSP_MEDIA_ORIGINS", default=_media_origins(STORAGES["default"]))
# Maps (Leaflet): the tile server's URL template and the attribution its licence asks for (HTML).
# Pages that show a map, and the admin (map picker), allow images from its origin.
MAP_TILE_URL = env("MAP_TILE_URL", default=DEFAULT_TILE_URL)
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", default=DEFAULT_ATTRIBUTION)
MAP_TILE_ORIGIN = tile_origin(MAP_TILE_URL)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:", *CSP_MEDIA_ORIGINS],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "frame-src": [_SELF],
        "object-src": ["'none'"],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
# Wagtail's admin still relies on inline styles and scripts: relaxed for the admin URLs only.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:", *CSP_MEDIA_ORIGINS, MAP_TILE_ORIGIN],
    }
}
PERMISSIONS_POLICY_DISABLED_FEATURES = [
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "usb",
]
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's page preview is a same-origin frame

# Failed admin logins (django-axes): a username or an address is locked out after
# AXES_FAILURE_LIMIT failures for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF_MINUTES", default=15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.rate_limit.client_address"
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_COOLOFF_MESSAGE = "Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to znovu později."
AXES_VERBOSE = False
# The account name authenticator apps show next to the codes (django-otp).
OTP_TOTP_ISSUER = "Komunitní plánování Ostrava"
