from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Kampaně"

    def ready(self):
        from campaigns import search  # noqa: F401  (what campaigns give the search index)
