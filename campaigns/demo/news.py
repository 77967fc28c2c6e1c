"""Demo news: the campaign's launch (seed 000) and invitations to the upcoming events."""

from datetime import date, timedelta

from django.utils import timezone
from wagtail.rich_text import RichText

from campaigns.models import NewsPage
from portal.demo.pages import ensure_child


def news_items(campaign, today):
    return {
        "kampan-dejme-detem-rodinu-zahajena": {
            "title": "Kampaň Dejme dětem rodinu v Ostravě zahájena",
            "date": date(2011, 6, 1),
            "introduction": (
                "Ke Dni dětí primátor města na tiskové konferenci oficiálně zahájil kampaň "
                "k náhradní rodinné péči."
            ),
            "body": [
                (
                    "paragraph",
                    RichText(
                        "<p>Ostrava je pilotním městem kampaně v Moravskoslezském kraji. "
                        "Připravila ji pracovní skupina čtyř organizací; město uhradilo tisk "
                        "letáků a pronájem místností.</p>"
                    ),
                )
            ],
            "campaign": campaign,
        },
        "pracovni-skupina-kampane-ma-12-clenu": {
            "title": "Pracovní skupina kampaně má dvanáct členů",
            "date": date(2013, 5, 31),
            "introduction": (
                "Ke květnu 2013 se k pracovní skupině připojili další dva členové. Skupina si "
                "dala motto „Laici soupeří, profesionálové spolupracují.“"
            ),
            "campaign": campaign,
        },
        "navrh-5-komunitniho-planu-k-pripominkam": {
            "title": "Návrh 5. komunitního plánu je otevřen k připomínkám",
            "date": today - timedelta(days=7),
            "introduction": (
                "Tři týdny můžete posílat připomínky k cílům a opatřením, které připravily "
                "pracovní skupiny. (Ukázková aktualita.)"
            ),
        },
        "pozvanka-na-konferenci": {
            "title": "Zveme vás na konferenci Dejme dětem rodinu",
            "date": today - timedelta(days=1),
            "introduction": (
                "Registrace na letošní konferenci je otevřená. Kapacita je 110 míst. "
                "(Ukázková aktualita.)"
            ),
            "campaign": campaign,
        },
        "seminar-pro-zajemce-o-pestounskou-peci": {
            "title": "Seminář pro zájemce o pěstounskou péči",
            "date": today,
            "introduction": (
                "Uvažujete o pěstounské péči? Přijďte se zeptat na seminář. (Ukázková aktualita.)"
            ),
            "campaign": campaign,
        },
    }


def load_news(index, campaign, log):
    for slug, fields in news_items(campaign, timezone.localdate()).items():
        ensure_child(index, NewsPage, slug, log, **fields)
