"""The campaign "Dejme dětem rodinu", from the facts of seed 000 and the domain file on
forms of substitute family care (Civil Code 89/2012 Sb. and Act 359/1999 Sb.)."""

from wagtail.rich_text import RichText

from catalogue.models import ProviderPage, ServicePage


def _paragraph(html):
    return ("paragraph", RichText(html))


def _heading(text):
    return ("heading", {"text": text, "level": "h2"})


FORMS_OF_CARE = [
    (
        "Osvojení (adopce)",
        "Soud rozhodne, že dítě přijmete za vlastní. Vzniká vztah rodič–dítě a právní vztahy "
        "k původní rodině zanikají (§ 794–854 občanského zákoníku).",
    ),
    (
        "Pěstounská péče",
        "Soud svěří dítě, které nemůže vyrůstat ve vlastní rodině, do dlouhodobé osobní péče "
        "pěstouna. Rodiče si ponechávají rodičovskou odpovědnost. Stát pěstouny podporuje "
        "dávkami a dohodou o výkonu pěstounské péče (§ 958–970 občanského zákoníku).",
    ),
    (
        "Pěstounská péče na přechodnou dobu",
        "Okamžité krátkodobé umístění dítěte, zpravidla nejdéle na jeden rok, než se může "
        "vrátit domů nebo než se najde trvalé řešení.",
    ),
    (
        "Poručenství",
        "Soudem jmenovaný poručník vykonává rodičovskou odpovědnost místo rodičů. Formou "
        "náhradní rodinné péče je tehdy, když o dítě osobně pečuje.",
    ),
    (
        "Svěření dítěte do péče jiné osoby",
        "Soud svěří dítě do osobní péče jiné osoby než rodiče, přednostně příbuzného "
        "(§ 953–957 občanského zákoníku).",
    ),
    (
        "Hostitelská péče",
        "Není formou náhradní rodinné péče: dítě z ústavního zařízení tráví víkendy a prázdniny "
        "u hostitelů se souhlasem orgánu sociálně-právní ochrany dětí; nevzniká právní vztah.",
    ),
]

BODY = [
    _heading("Jak kampaň začala"),
    _paragraph(
        "<p>V prosinci 2010 seznámil ředitel Centra psychologické pomoci oddělení "
        "sociálně-právní ochrany dětí Magistrátu města Ostravy se začátkem krajské kampaně "
        "k náhradní rodinné péči „Dejme dětem rodinu“. Od ledna 2011 se scházela pracovní "
        "skupina kampaně na úrovni města; první skupinu tvořily čtyři organizace: Krajský úřad "
        "Moravskoslezského kraje, Poradna pro náhradní rodinnou péči Centra psychologické "
        "pomoci, Dětský domov Sluníčko Havířov a Magistrát města Ostravy.</p>"
        "<p>Kampaň v Ostravě jako pilotní projekt v kraji připravovali od ledna do května 2011 "
        "dva zaměstnanci oddělení sociálně-právní ochrany dětí, vedle svých běžných povinností. "
        "Ke Dni dětí ji primátor města oficiálně zahájil na tiskové konferenci.</p>"
    ),
    _heading("Jak pracujeme"),
    _paragraph(
        "<ul><li>semináře pro laickou i odbornou veřejnost,</li>"
        "<li>přednášky na odborných a vysokých školách a na poradě ředitelů základních škol,</li>"
        "<li>propagace na akcích města: přehlídka Lidé lidem, Čokoládová tretra, Třebovický "
        "koláč,</li><li>informace v místních médiích a tisková konference primátora "
        "s pěstounkami,</li><li>leták, který připravili všichni sociální pracovníci náhradní "
        "rodinné péče,</li><li>každoroční konference pro odborníky i pěstouny.</li></ul>"
    ),
    (
        "quote",
        {
            "quote": "Máme se, známe se, porozuměli jsme si.",
            "author": "Pracovní skupina kampaně",
            "role": "o efektu společné práce, 2013",
        },
    ),
    (
        "figures",
        {
            "title": "Výsledky do roku 2013",
            "figures": [
                {"value": "cca 130", "label": "dohod o výkonu pěstounské péče uzavřel magistrát"},
                {"value": "cca 250", "label": "dohod uzavřelo 8 neziskových organizací"},
                {"value": "8", "label": "organizací získalo pověření k uzavírání dohod"},
                {"value": "cca 110", "label": "účastníků konference v roce 2011"},
                {"value": "12", "label": "členů pracovní skupiny v květnu 2013"},
            ],
        },
    ),
    _heading("Formy náhradní rodinné péče"),
    (
        "accordion",
        {
            "title": "",
            "items": [
                {"question": name, "answer": RichText(f"<p>{text}</p>")}
                for name, text in FORMS_OF_CARE
            ],
        },
    ),
    (
        "call_to_action",
        {
            "title": "Uvažujete o pěstounské péči?",
            "text": RichText(
                "<p>Přijďte na seminář pro zájemce nebo se obraťte na oddělení sociálně-právní "
                "ochrany dětí. Rádi vám vysvětlíme, co vás čeká.</p>"
            ),
            "link_url": "",
            "link_text": "",
            "contact": (
                "Oddělení sociálně-právní ochrany dětí, Magistrát města Ostravy\n"
                "e-mail: nahradni-rodinna-pece@example.org, tel. +420 599 000 100"
            ),
        },
    ),
]

TIMELINE = [
    (
        2010,
        "Krajská kampaň začíná",
        "Centrum psychologické pomoci představuje kampaň Moravskoslezského kraje; zatím se "
        "distribuuje jen leták.",
    ),
    (
        2011,
        "Zahájení v Ostravě a první konference",
        "Pracovní skupina čtyř organizací, zahájení ke Dni dětí, semináře a přednášky, "
        "propagace na akcích města, celodenní konference pro asi 110 účastníků.",
    ),
    (
        2012,
        "Deset členů a webové stránky",
        "K pracovní skupině se připojilo pět neziskových organizací. Vznikly webové stránky "
        "kampaně a proběhl 2. ročník konference.",
    ),
    (
        2013,
        "Motto a novela zákona",
        "Vzniklo motto „Laici soupeří, profesionálové spolupracují.“ Skupina s dvanácti členy "
        "se schází každý měsíc, uspořádala tři velké semináře pro náhradní rodiče a připravila "
        "3. ročník konference.",
    ),
]

# Founding members of the working group: catalogue providers where the catalogue has them.
PROVIDER_PARTNERS = [
    ("Centrum psychologické pomoci, příspěvková organizace", "Poradna pro náhradní rodinnou péči"),
    ("Dětský domov Sluníčko Havířov", "zakládající člen pracovní skupiny"),
]
ORGANISATION_PARTNERS = [
    ("Statutární město Ostrava, Magistrát", "oddělení sociálně-právní ochrany dětí"),
    ("Krajský úřad Moravskoslezského kraje", "zakládající člen pracovní skupiny"),
]
# Services of the catalogue demo that substitute families turn to.
SERVICE_TITLES = [
    "Poradna pro náhradní rodinnou péči Ostrava",
    "Kampaň Dejme dětem rodinu: informace pro zájemce",
    "Dobrovolníci pro pěstounské rodiny",
    "Setkávání pěstounských rodin Sluníčko",
]


def partners():
    """Provider partners linked to their catalogue pages when the catalogue demo has them."""
    blocks = []
    for title, role in PROVIDER_PARTNERS:
        provider = ProviderPage.objects.filter(title=title).first()
        if provider:
            blocks.append(("provider", {"page": provider, "role": role}))
        else:
            blocks.append(("organisation", {"name": title, "url": "", "logo": None, "role": role}))
    for name, role in ORGANISATION_PARTNERS:
        blocks.append(("organisation", {"name": name, "url": "", "logo": None, "role": role}))
    return blocks


def campaign_fields():
    services = ServicePage.objects.filter(title__in=SERVICE_TITLES).order_by("title")
    return {
        **CAMPAIGN_FIELDS,
        "partners": partners(),
        "related_services": [("service", service) for service in services],
    }


CAMPAIGN_FIELDS = {
    "title": "Dejme dětem rodinu",
    "motto": "Laici soupeří, profesionálové spolupracují.",
    "introduction": (
        "Kampaň města Ostravy a jeho partnerů k náhradní rodinné péči: informujeme veřejnost "
        "i odborníky a hledáme lidi, kteří dají dětem domov."
    ),
    "goals": RichText(
        "<ul><li>informovat laickou a odbornou veřejnost o náhradní rodinné péči a jejích "
        "formách,</li><li>informovat o službách, které mohou náhradní rodiny využívat,</li>"
        "<li>oslovit případné zájemce a motivovat je k pěstounské péči,</li>"
        "<li>zdůraznit přednost náhradní rodinné péče před péčí ústavní,</li>"
        "<li>prohlubovat spolupráci institucí a organizací, které v náhradní rodinné péči "
        "působí,</li><li>dlouhodobě a opakovaně oslovovat laickou veřejnost.</li></ul>"
    ),
    "body": BODY,
    "timeline": [
        ("entry", {"year": year, "title": title, "text": text}) for year, title, text in TIMELINE
    ],
    "search_description": "Kampaň Dejme dětem rodinu: náhradní rodinná péče v Ostravě.",
}
