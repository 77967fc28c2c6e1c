"""Demo events: the campaign's conferences 2011–2013, the "Lidé lidem" showcase, the working
group meeting of 19 Apr 2018 (seed 002), and upcoming events placed relative to today."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from campaigns.models import EventCategory, EventPage, EventStatus
from campaigns.recurrence import PRAGUE
from portal.demo.pages import ensure_child

DEMO_NOTE = "Termín a program jsou v ukázkovém obsahu orientační."
MMO = "Statutární město Ostrava, odbor sociálních věcí"
MMO_VENUE = {
    "venue_name": "Magistrát města Ostravy",
    "venue_address": "Prokešovo náměstí 1803/8, 702 00 Ostrava",
    "venue_accessibility": "Bezbariérový vstup z Prokešova náměstí, výtah do všech pater.",
}
BILY_NOSOROZEC = {
    "venue_name": "Bílý nosorožec, o.p.s.",
    "venue_address": "L. Ševčíka 420/26, Ostrava-Hulváky",
    "latitude": "49.8228022",
    "longitude": "18.2476181",
}


def at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=PRAGUE)


def slot(start, end, title, speakers=""):
    return (
        "slot",
        {"start": start, "end": end, "title": title, "speakers": speakers, "description": ""},
    )


def conference_2011(campaign):
    day = date(2011, 11, 17)
    return {
        "title": "Konference Dejme dětem rodinu 2011",
        "category": EventCategory.CONFERENCE,
        "introduction": (
            "Celodenní konference, vyvrcholení prvního roku kampaně v Ostravě, pro odbornou "
            "i laickou veřejnost z celého kraje. Přišlo asi 110 účastníků. " + DEMO_NOTE
        ),
        "start": at(day, 9),
        "end": at(day, 16),
        "organiser_name": "Pracovní skupina kampaně Dejme dětem rodinu",
        "campaign": campaign,
        "capacity": 110,
        "programme": [
            slot(time(9), time(10), "Perspektivy péče o ohrožené děti"),
            slot(time(10), time(11), "Attachment"),
            slot(time(11), time(12), "Pěstounská péče na přechodnou dobu"),
            slot(time(13), time(14), "Zkušenosti s hostitelskou péčí"),
            slot(time(14), time(16), "Pracovní workshopy"),
        ],
        **MMO_VENUE,
    }


def conference(year, number, theme, campaign):
    day = date(year, 11, 15 if year == 2012 else 14)
    return {
        "title": f"{number}. konference Dejme dětem rodinu: {theme}",
        "category": EventCategory.CONFERENCE,
        "introduction": (
            f"{number}. ročník konference kampaně Dejme dětem rodinu na téma „{theme}“. "
            + DEMO_NOTE
        ),
        "start": at(day, 9),
        "end": at(day, 15, 30),
        "organiser_name": "Pracovní skupina kampaně Dejme dětem rodinu",
        "campaign": campaign,
        **MMO_VENUE,
    }


def past_events(campaign):
    return {
        "konference-dejme-detem-rodinu-2011": conference_2011(campaign),
        "konference-dejme-detem-rodinu-2012": conference(
            2012, 2, "Biologický rodič v očích a mysli dítěte, pěstouna a odborníka", campaign
        ),
        "konference-dejme-detem-rodinu-2013": conference(
            2013, 3, "Jak se žije s novelou…?!?", campaign
        ),
        "lide-lidem-2011": {
            "title": "Lidé lidem 2011: přehlídka sociálních služeb",
            "category": EventCategory.PUBLIC,
            "introduction": (
                "Přehlídka sociálních služeb, která se v Ostravě koná od roku 2008. Kampaň "
                "Dejme dětem rodinu tu představila náhradní rodinnou péči. " + DEMO_NOTE
            ),
            "start": at(date(2011, 9, 14), 9),
            "end": at(date(2011, 9, 14), 17),
            "all_day": True,
            "venue_name": "Centrum Ostravy",
            "venue_address": "Masarykovo náměstí, Ostrava",
            "organiser_name": MMO,
            "campaign": campaign,
        },
        "setkani-pracovni-skupiny-deti-a-rodina-2018-04-19": {
            "title": "Setkání pracovní skupiny Děti a rodina (19. 4. 2018)",
            "category": EventCategory.WORKING_GROUP,
            "introduction": (
                "Setkání pracovní skupiny Děti a rodina komunitního plánování, dohodnuté na "
                "jednání 8. 3. 2018."
            ),
            "start": at(date(2018, 4, 19), 13),
            "end": at(date(2018, 4, 19), 15),
            "organiser_name": "Pracovní skupina Děti a rodina, KP Ostrava",
            **BILY_NOSOROZEC,
        },
    }


def upcoming_events(campaign, today):
    seminar_day = today + timedelta(days=5)
    conference_day = today + timedelta(days=12)
    lecture_day = today + timedelta(days=20)
    showcase_day = today + timedelta(days=40)
    first_meeting = third_thursday(today.year, today.month)
    return {
        "seminar-pro-zajemce-o-pestounskou-peci": {
            "title": "Seminář pro zájemce o pěstounskou péči",
            "category": EventCategory.SEMINAR,
            "introduction": (
                "Co obnáší pěstounská péče, jak se na ni připravit a kdo vám pomůže. Pro "
                "všechny, kdo o náhradní rodinné péči uvažují. (Ukázková akce.)"
            ),
            "start": at(seminar_day, 16),
            "end": at(seminar_day, 18),
            "organiser_name": MMO,
            "campaign": campaign,
            "capacity": 30,
            "registration_enabled": True,
            **MMO_VENUE,
        },
        "konference-dejme-detem-rodinu": {
            "title": f"Konference Dejme dětem rodinu {conference_day.year}",
            "category": EventCategory.CONFERENCE,
            "introduction": (
                "Celodenní konference pro pěstouny, sociální pracovníky a neziskové organizace "
                "o spolupráci v náhradní rodinné péči. (Ukázková akce.)"
            ),
            "start": at(conference_day, 9),
            "end": at(conference_day, 16),
            "organiser_name": "Pracovní skupina kampaně Dejme dětem rodinu",
            "campaign": campaign,
            "capacity": 110,
            "registration_enabled": True,
            "registration_closes": at(conference_day - timedelta(days=2), 12),
            "programme": [
                slot(time(9), time(9, 30), "Zahájení"),
                slot(time(9, 30), time(11), "Spolupráce OSPOD a neziskových organizací"),
                slot(time(11), time(12, 30), "Pěstounská péče na přechodnou dobu v praxi"),
                slot(time(13, 30), time(16), "Pracovní workshopy"),
            ],
            **MMO_VENUE,
        },
        "prednaska-nahradni-rodinna-pece-pro-studenty": {
            "title": "Přednáška pro studenty: náhradní rodinná péče",
            "category": EventCategory.LECTURE,
            "introduction": (
                "Přednáška pro studenty sociální práce o formách náhradní rodinné péče. "
                "(Ukázková akce.)"
            ),
            "start": at(lecture_day, 10),
            "end": at(lecture_day, 11, 30),
            "status": EventStatus.POSTPONED,
            "status_note": "Přednáška se přesouvá, nový termín oznámíme.",
            "organiser_name": MMO,
            "campaign": campaign,
            "venue_name": "Ostravská univerzita",
        },
        "lide-lidem": {
            "title": "Lidé lidem: přehlídka sociálních služeb",
            "category": EventCategory.PUBLIC,
            "introduction": (
                "Poskytovatelé sociálních služeb se představují veřejnosti. Přijďte se "
                "zeptat, kdo vám může pomoci. (Ukázková akce.)"
            ),
            "start": at(showcase_day, 9),
            "end": at(showcase_day, 17),
            "all_day": True,
            "venue_name": "Centrum Ostravy",
            "venue_address": "Masarykovo náměstí, Ostrava",
            "organiser_name": MMO,
            "campaign": campaign,
        },
        "pravidelne-setkani-pracovni-skupiny-deti-a-rodina": {
            "title": "Pravidelné setkání pracovní skupiny Děti a rodina",
            "category": EventCategory.WORKING_GROUP,
            "introduction": (
                "Členové skupiny připravují cíle a opatření komunitního plánu a sledují jejich "
                "plnění. Setkání jsou otevřená i hostům. (Ukázková akce.)"
            ),
            "start": at(first_meeting, 13),
            "end": at(first_meeting, 15),
            "recurrence_rule": "FREQ=MONTHLY;BYDAY=3TH",
            "repeat_until": today + timedelta(days=365),
            "recurrence_exceptions": f"{third_thursday(today.year, 12):%-d. %-m. %Y}",
            "organiser_name": "Pracovní skupina Děti a rodina, KP Ostrava",
            **BILY_NOSOROZEC,
        },
    }


def third_thursday(year, month):
    first = date(year, month, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 14)


def load_events(index, campaign, log):
    today = timezone.localdate()
    for slug, fields in {**past_events(campaign), **upcoming_events(campaign, today)}.items():
        ensure_child(index, EventPage, slug, log, **fields)
