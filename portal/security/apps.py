from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "portal.security"
    label = "portal_security"
    verbose_name = "Zabezpečení"

    def ready(self):
        from portal.security import media_signals

        media_signals.connect()
