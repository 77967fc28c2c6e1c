from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = "Komunitní plány"

    def ready(self):
        from plans import search, signals  # noqa: F401
