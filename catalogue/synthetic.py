"""A synthetic, national-scale catalogue for benchmarks: deterministic for a given seed.

Pages are created live but without revisions and without updating Wagtail's own search index
(nothing searches it); the portal's search index gets the new services in batches at the end.
"""

import random
from contextlib import contextmanager
from datetime import date, time
from decimal import Decimal

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.signal_handlers import post_save_signal_handler

from catalogue.demo import taxonomy
from catalogue.demo.catalogue import fake_ico
from catalogue.demo.profiles import PROFILES
from catalogue.models import (
    CatalogueIndexPage,
    District,
    OpeningHours,
    PlanningArea,
    ProviderPage,
    ServiceContact,
    ServiceForm,
    ServicePage,
    ServicePlace,
    ServiceType,
    TargetGroup,
)
from catalogue.search.sources import index_services
from portal.demo.pages import ensure_child
from portal.demo.site import ensure_home_page

NAME_STARTS = ["Centrum", "Spolek", "Domov", "Služby", "Pomoc", "Charita", "Diakonie", "Naděje"]
NAME_WORDS = ["Lípa", "Most", "Slunce", "Horizont", "Kotva", "Pramen", "Vlna", "Úsměv", "Jistota"]
LEGAL_SUFFIXES = [("z. s.", "zs"), ("o. p. s.", "ops"), ("z. ú.", "ustav"), ("p. o.", "po")]


@contextmanager
def search_index_paused(*models):
    """Skip Wagtail's per-save search indexing for ``models`` while bulk-creating pages."""
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def generate_catalogue(providers, services, seed=1, log=None):
    """Create ``providers`` providers sharing ``services`` services; return the counts created."""
    rng = random.Random(seed)
    home = ensure_home_page(lambda message: None)
    taxonomy.load(home, lambda message: None)
    index = CatalogueIndexPage.objects.first() or ensure_child(
        home, CatalogueIndexPage, "katalog", None, title="Katalog sociálních služeb"
    )
    terms = _SyntheticTerms()
    created = {"providers": 0, "services": 0}
    new_services = []
    with search_index_paused(ProviderPage, ServicePage), transaction.atomic():
        for number in range(providers):
            slug = f"syntet-{seed}-{number:05d}"
            provider = index.get_children().filter(slug=slug).first()
            if provider is None:
                provider = _add_provider(index, slug, number, rng)
                created["providers"] += 1
            count = services // providers + (1 if number < services % providers else 0)
            for position in range(count):
                service_slug = f"sluzba-{position:03d}"
                if provider.get_children().filter(slug=service_slug).exists():
                    continue
                service = _add_service(provider, service_slug, number * 1000 + position, rng, terms)
                new_services.append(service.pk)
                created["services"] += 1
            if log and number % 100 == 99:
                log(f"{number + 1} poskytovatelů hotovo")
    for start in range(0, len(new_services), 500):
        index_services(ServicePage.objects.filter(pk__in=new_services[start : start + 500]))
    return created


class _SyntheticTerms:
    def __init__(self):
        self.types = list(ServiceType.objects.all())
        self.forms = {term.name: term for term in ServiceForm.objects.all()}
        self.groups = list(TargetGroup.objects.all())
        self.areas = list(PlanningArea.objects.all())
        self.districts = list(District.objects.all())


def _add_provider(index, slug, number, rng):
    suffix, legal_form = rng.choice(LEGAL_SUFFIXES)
    title = f"{rng.choice(NAME_STARTS)} {rng.choice(NAME_WORDS)} {number + 1}, {suffix}"
    page = ProviderPage(
        title=title,
        slug=slug,
        ico=fake_ico(100_000 + number),
        legal_form=legal_form,
        email=f"info@{slug}.example.org",
        description="<p>Syntetická organizace pro zátěžové testy.</p>",
    )
    index.add_child(instance=page)
    return page


def _add_service(provider, slug, number, rng, terms):
    service_type = rng.choice(terms.types)
    profile = PROFILES.get(service_type.name, PROFILES["související aktivity"])
    title, form_names, _groups, _areas, summary, paid, capacity = profile
    district = rng.choice(terms.districts)
    page = ServicePage(
        title=f"{title} {rng.choice(NAME_WORDS)} {number}",
        slug=slug,
        summary=summary,
        service_type=service_type,
        description=f"<p>{summary} Synteticky vytvořená služba číslo {number}.</p>",
        forms=[terms.forms[name] for name in form_names],
        target_groups=rng.sample(terms.groups, k=rng.randint(1, 3)),
        planning_areas=rng.sample(terms.areas, k=rng.randint(1, 2)),
        fee=ServicePage.Fee.PAID if paid else ServicePage.Fee.FREE,
        fee_text="Podle sazebníku." if paid else "",
        capacity=capacity,
        last_verified=date(2025, 1 + number % 12, 1 + number % 28),
        places=[
            ServicePlace(
                name=title,
                street=f"Ulice {number % 97 + 1}",
                postcode="700 30",
                district=district,
                latitude=Decimal(f"{49.75 + rng.random() / 10:.6f}"),
                longitude=Decimal(f"{18.12 + rng.random() / 4:.6f}"),
            )
        ],
        opening_hours=[
            OpeningHours(weekday=day, opens=time(8), closes=time(16)) for day in range(5)
        ],
        contacts=[ServiceContact(kind="telefon", value=f"+420 599 {number % 1_000_000:06d}")],
    )
    provider.add_child(instance=page)
    return page
