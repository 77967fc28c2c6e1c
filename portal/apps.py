from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portál"

    def ready(self):
        from portal.page_cache import invalidation

        invalidation.connect()
