"""Demo content of the campaigns app: "Dejme dětem rodinu" (seed 000), its events and news.

Past events carry the facts of the seeds; upcoming events are placed relative to the day the
demo is loaded, so the calendar is never empty.
"""

from campaigns.demo.campaign import campaign_fields
from campaigns.demo.events import load_events
from campaigns.demo.news import load_news
from campaigns.models import CampaignIndexPage, CampaignPage, EventIndexPage, NewsIndexPage
from portal.demo.images import ensure_image, family_illustration
from portal.demo.pages import ensure_child


def load(home, log):
    campaigns = ensure_child(
        home,
        CampaignIndexPage,
        "kampane",
        log,
        title="Kampaně",
        show_in_menus=True,
        introduction="Kampaně, kterými město s partnery oslovuje veřejnost i odborníky.",
        search_description="Kampaně komunitního plánování sociálních služeb v Ostravě.",
    )
    campaign = ensure_child(campaigns, CampaignPage, "dejme-detem-rodinu", log, **campaign_fields())
    if campaign.hero_image_id is None:
        campaign.hero_image = ensure_image(
            "Dejme dětem rodinu: ilustrace",
            "Kreslený domek a rodina: dva dospělí drží za ruce dítě, nad nimi srdce.",
            family_illustration,
            "dejme-detem-rodinu.png",
        )
        campaign.save_revision().publish()
    events = ensure_child(
        home,
        EventIndexPage,
        "akce",
        log,
        title="Akce",
        show_in_menus=True,
        introduction=(
            "Konference, semináře, přednášky, setkání pracovních skupin a akce pro veřejnost."
        ),
        search_description="Kalendář akcí komunitního plánování sociálních služeb v Ostravě.",
    )
    load_events(events, campaign, log)
    news = ensure_child(
        home,
        NewsIndexPage,
        "aktuality",
        log,
        title="Aktuality",
        show_in_menus=True,
        introduction="Novinky z kampaní, akcí a komunitního plánování.",
        search_description="Aktuality komunitního plánování sociálních služeb v Ostravě.",
    )
    load_news(news, campaign, log)
