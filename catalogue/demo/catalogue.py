"""The demo catalogue of Ostrava: the index page, providers and their services."""

import random
from datetime import date, time
from decimal import Decimal

from catalogue.demo.areas import service_area
from catalogue.demo.descriptions import service_description
from catalogue.demo.more_providers import DEMO_PROVIDERS
from catalogue.demo.profiles import PAID, PROFILES
from catalogue.demo.providers import SEED_PROVIDERS
from catalogue.models import (
    AgeGroup,
    CatalogueIndexPage,
    District,
    OpeningHours,
    PlanningArea,
    ProviderPage,
    ProviderPhone,
    ServiceContact,
    ServiceForm,
    ServicePage,
    ServicePlace,
    ServiceType,
    TargetGroup,
)
from catalogue.models.taxonomy import make_slug
from portal.demo.pages import ensure_child

# Approximate centres of the districts, for demo map links.
DISTRICT_CENTRES = {
    "Hošťálkovice": (49.857, 18.213),
    "Hrabová": (49.775, 18.263),
    "Krásné Pole": (49.839, 18.113),
    "Lhotka": (49.864, 18.226),
    "Mariánské Hory a Hulváky": (49.823, 18.248),
    "Martinov": (49.858, 18.188),
    "Michálkovice": (49.846, 18.330),
    "Moravská Ostrava a Přívoz": (49.836, 18.288),
    "Nová Bělá": (49.748, 18.232),
    "Nová Ves": (49.828, 18.220),
    "Ostrava-Jih": (49.791, 18.248),
    "Petřkovice": (49.867, 18.265),
    "Plesná": (49.865, 18.133),
    "Polanka nad Odrou": (49.797, 18.168),
    "Poruba": (49.826, 18.163),
    "Proskovice": (49.749, 18.197),
    "Pustkovec": (49.834, 18.150),
    "Radvanice a Bartovice": (49.818, 18.340),
    "Slezská Ostrava": (49.836, 18.313),
    "Stará Bělá": (49.762, 18.212),
    "Svinov": (49.814, 18.198),
    "Třebovice": (49.849, 18.187),
    "Vítkovice": (49.812, 18.264),
}
DEMO_NOTE = (
    "<p><em>Ukázková data: organizace, služba i kontakty slouží jen k předvedení portálu.</em></p>"
)
HOW_TO_APPLY = (
    "<p>Zavolejte nebo napište a domluvte si první schůzku. Sociální pracovník s vámi probere, "
    "co potřebujete, a pomůže s podáním žádosti.</p>"
)


def fake_ico(number):
    """An invented IČO with a valid check digit (a leading 8 and zeros mark it as demo)."""
    digits = [int(d) for d in f"8{number:06d}"]
    total = sum(weight * digit for weight, digit in zip(range(8, 1, -1), digits, strict=True))
    return "".join(map(str, digits)) + str((11 - total % 11) % 10)


def load(home, log):
    index = ensure_child(
        home,
        CatalogueIndexPage,
        "katalog",
        log,
        title="Katalog sociálních služeb",
        show_in_menus=True,
        introduction=(
            "Sociální služby a související aktivity v Ostravě. Hledejte podle toho, v jaké "
            "situaci jste, nebo podle druhu služby a místa."
        ),
        print_introduction=(
            "<p>Katalog sociálních služeb a souvisejících aktivit statutárního města Ostravy. "
            "Vytištěno z portálu komunitního plánování (ukázková data).</p>"
        ),
    )
    terms = _Terms()
    providers = SEED_PROVIDERS + DEMO_PROVIDERS
    for number, (name, legal_form, district, street, services) in enumerate(providers, 1):
        entries = [entry if isinstance(entry, tuple) else (entry, None, {}) for entry in services]
        areas = sorted({area for entry in entries for area in PROFILES[entry[0]][3]})
        provider = _ensure_provider(
            index, number, name, legal_form, district, street, [terms.areas[a] for a in areas], log
        )
        rng = random.Random(number)
        for position, (type_name, title, options) in enumerate(entries):
            _ensure_service(
                provider,
                number * 100 + position,
                type_name,
                title,
                options,
                district,
                street,
                terms,
                rng,
                log,
            )


class _Terms:
    """The taxonomy looked up by name, loaded once."""

    def __init__(self):
        self.types = {t.name: t for t in ServiceType.objects.all()}
        self.forms = {t.name: t for t in ServiceForm.objects.all()}
        self.groups = {t.name: t for t in TargetGroup.objects.all()}
        self.areas = {t.name: t for t in PlanningArea.objects.all()}
        self.districts = {t.name: t for t in District.objects.all()}
        self.adults = list(AgeGroup.objects.filter(slug__startswith="dospel"))


def _ensure_provider(index, number, name, legal_form, district, street, areas, log):
    slug = make_slug(name.replace("(demo)", ""))[:60].strip("-")
    return ensure_child(
        index,
        ProviderPage,
        slug,
        log,
        title=name,
        ico=fake_ico(number),
        legal_form=legal_form,
        description=f"<p>{name} poskytuje sociální služby v Ostravě a okolí.</p>{DEMO_NOTE}",
        website=f"https://{slug[:40]}.example.org",
        email=f"info@{slug[:40]}.example.org",
        address=f"{street}\n700 00 Ostrava" if district else f"{street}\n736 01 Havířov",
        contact_person="Jana Ukázková, vedoucí sociálních služeb (demo)",
        planning_areas=areas,
        phones=[ProviderPhone(number=f"+420 599 000 {number:03d}", note="recepce")],
    )


def _ensure_service(provider, number, type_name, title, options, district, street, terms, rng, log):
    (default_title, forms, groups, areas, summary, paid, capacity) = PROFILES[type_name]
    district_name = district or None
    title = title or f"{default_title} – {provider.title.split(',')[0]}"
    secret = options.get("secret", False)
    form_terms = [terms.forms[name] for name in forms]
    place_district = terms.districts.get(district_name) if district_name else None
    latitude, longitude = DISTRICT_CENTRES.get(district_name, (49.779, 18.437))
    place = ServicePlace(
        name=title,
        address_secret=secret,
        street="" if secret else street,
        postcode="" if secret else "700 30",
        city=options.get("city", "Ostrava"),
        district=place_district,
        latitude=None if secret else Decimal(f"{latitude + rng.uniform(-0.004, 0.004):.6f}"),
        longitude=None if secret else Decimal(f"{longitude + rng.uniform(-0.004, 0.004):.6f}"),
        accessibility=rng.choice(["ano", "ano", "castecne", "ne"]),
    )
    nonstop = "pobytová" in forms or type_name in {"telefonická krizová pomoc", "tísňová péče"}
    whole_city, area_districts = service_area(
        type_name,
        forms,
        district_name,
        run_by_district=provider.legal_form == ProviderPage.LegalForm.MUNICIPALITY,
    )
    return ensure_child(
        provider,
        ServicePage,
        make_slug(title)[:60].strip("-"),
        log,
        title=title,
        summary=summary,
        service_type=terms.types[type_name],
        forms=form_terms,
        target_groups=[terms.groups[name] for name in groups],
        age_groups=terms.adults,
        planning_areas=[terms.areas[name] for name in areas],
        description=service_description(
            type_name,
            provider.title,
            forms,
            groups,
            _where(district_name, place.city, secret),
            about=options.get("about", ""),
            number=number,
        )
        + DEMO_NOTE,
        how_to_apply=HOW_TO_APPLY,
        fee=ServicePage.Fee.PAID if paid else ServicePage.Fee.FREE,
        fee_text=PAID if paid else "",
        capacity=capacity,
        registry_id=""
        if type_name in {"související aktivity", "základní sociální poradenství"}
        else f"9{number:06d}",
        open_nonstop=nonstop,
        opening_hours=[] if nonstop else _office_hours(),
        hours_note="Mimo provozní dobu po telefonické domluvě." if not nonstop else "",
        places=[place],
        area_whole_city=whole_city,
        area_districts=[terms.districts[name] for name in area_districts],
        contacts=[
            ServiceContact(kind="telefon", value=f"+420 599 001 {number % 1000:03d}"),
            ServiceContact(kind="email", value=f"sluzba{number}@example.org"),
        ],
        languages="čeština" if rng.random() < 0.7 else "čeština, slovenština, angličtina",
        last_verified=date(2025, 1 + number % 12, 1 + number % 28),
    )


def _where(district, city, secret):
    if secret:
        return "na adrese, kterou kvůli bezpečí klientů nezveřejňujeme"
    if district:
        return f"v městském obvodu {district}"
    return f"ve městě {city}"


def _office_hours():
    hours = []
    for weekday in range(5):
        hours.append(OpeningHours(weekday=weekday, opens=time(8), closes=time(12)))
        closes = time(17) if weekday in (0, 2) else time(15)
        hours.append(OpeningHours(weekday=weekday, opens=time(13), closes=closes))
    return hours
