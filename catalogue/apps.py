from django.apps import AppConfig


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = "Katalog"

    def ready(self):
        from catalogue import signals  # noqa: F401
        from catalogue.search import sources  # noqa: F401  (what the catalogue indexes)
