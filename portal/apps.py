from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portál"

    def ready(self):
        # Imported for the system checks they register.
        from portal import default_site, rate_limit  # noqa: F401
        from portal.page_cache import invalidation

        invalidation.connect()
