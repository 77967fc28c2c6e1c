"""What campaigns give the portal's search index: campaigns, events and news."""

from portal.search import indexing, registry
from portal.search.registry import Source

KINDS = {"CampaignPage": "kampan", "EventPage": "akce", "NewsPage": "aktualita"}


def _pages(model_name):
    def everything():
        from django.apps import apps

        model = apps.get_model("campaigns", model_name)
        return model.objects.live().public().iterator(chunk_size=100)

    return everything


for model_name, kind in KINDS.items():
    registry.register(
        Source(f"campaigns.{model_name}", kind, indexing.page_documents, _pages(model_name))
    )
