"""What campaigns give the portal's search index: campaigns, events and news."""

from portal.search import indexing, registry
from portal.search.registry import Source

KINDS = {"CampaignPage": "kampan", "EventPage": "akce", "NewsPage": "aktualita"}


for model_name, kind in KINDS.items():
    registry.register(
        Source(
            f"campaigns.{model_name}",
            kind,
            indexing.page_documents,
            indexing.live_pages(f"campaigns.{model_name}"),
        )
    )
