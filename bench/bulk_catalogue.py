"""A synthetic catalogue written in bulk, for the search benchmarks at 7 000 and 70 000 services.

``catalogue.synthetic.generate_catalogue`` saves every page as the admin does (tree, validation,
reference index, clusters): about 0.15 s of CPU per service, hours at 70 000 services. This
writes the same content (a provider per three services; each service with the type's profile,
one to three target groups, one or two planning areas, a place in a district, opening hours and
a phone contact) with bulk INSERTs, a thousand services at a time, and then indexes the services
for search as publishing does. Deterministic for a seed. Not part of the test suite.

    from bench.bulk_catalogue import generate
    generate(services=70_000)
"""

import random
import uuid
from datetime import date, time
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from catalogue.demo import taxonomy
from catalogue.demo.catalogue import fake_ico
from catalogue.demo.profiles import PROFILES
from catalogue.models import (
    CatalogueIndexPage,
    OpeningHours,
    ProviderPage,
    ServiceContact,
    ServicePage,
    ServicePlace,
)
from catalogue.synthetic import LEGAL_SUFFIXES, NAME_STARTS, NAME_WORDS, _SyntheticTerms
from portal.demo.pages import ensure_child
from portal.demo.site import ensure_home_page
from portal.models import SearchSynonym
from portal.search import indexing, spelling

BATCH = 1000  # services per transaction


def _insert_pages(pages, parent, first_step):
    """Insert ``pages`` (unsaved specific pages) as children of ``parent`` from ``first_step``:
    the ``wagtailcore_page`` rows in bulk, then the rows of the page type's own table."""
    model = type(pages[0])
    assert model._meta.get_parent_list() == [Page]
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(model)
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.draft_title = page.title
        page.live = True
        page.first_published_at = page.last_published_at = now
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
    own_fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in own_fields)
    values = [
        [f.get_db_prep_save(f.pre_save(page, True), connection) for f in own_fields]
        for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns})"
            f" VALUES ({', '.join(['%s'] * len(own_fields))})",
            values,
        )


def _link(relation, pairs):
    """Insert (service id, term id) pairs into the link table of the m2m ``relation``."""
    field = ServicePage._meta.get_field(relation)
    through = field.remote_field.through
    through.objects.bulk_create(
        through(
            **{
                f"{field.m2m_field_name()}_id": service,
                f"{field.m2m_reverse_field_name()}_id": term,
            }
        )
        for service, term in pairs
    )


def _service(provider, slug, number, rng, terms):
    service_type = rng.choice(terms.types)
    profile = PROFILES.get(service_type.name, PROFILES["související aktivity"])
    title, form_names, _groups, _areas, summary, paid, capacity = profile
    page = ServicePage(
        title=f"{title} {rng.choice(NAME_WORDS)} {number}",
        slug=slug,
        summary=summary,
        service_type=service_type,
        provider_id=provider.pk,
        description=f"<p>{summary} Synteticky vytvořená služba číslo {number}.</p>",
        fee=ServicePage.Fee.PAID if paid else ServicePage.Fee.FREE,
        fee_text="Podle sazebníku." if paid else "",
        capacity=capacity,
        last_verified=date(2025, 1 + number % 12, 1 + number % 28),
    )
    page.synthetic = {
        "forms": [terms.forms[name].pk for name in form_names],
        "target_groups": [t.pk for t in rng.sample(terms.groups, k=rng.randint(1, 3))],
        "planning_areas": [t.pk for t in rng.sample(terms.areas, k=rng.randint(1, 2))],
        "district": rng.choice(terms.districts),
        "place_name": title,
        "coordinates": (
            Decimal(f"{49.75 + rng.random() / 10:.6f}"),
            Decimal(f"{18.12 + rng.random() / 4:.6f}"),
        ),
    }
    return page


def _write_services(services):
    places, hours, contacts = [], [], []
    links = {"forms": [], "target_groups": [], "planning_areas": []}
    for service in services:
        made = service.synthetic
        number = int(service.title.rsplit(" ", 1)[1])
        for relation in links:
            links[relation] += [(service.pk, term) for term in made[relation]]
        latitude, longitude = made["coordinates"]
        places.append(
            ServicePlace(
                service_id=service.pk,
                name=made["place_name"],
                street=f"Ulice {number % 97 + 1}",
                postcode="700 30",
                district=made["district"],
                latitude=latitude,
                longitude=longitude,
            )
        )
        hours += [
            OpeningHours(service_id=service.pk, weekday=day, opens=time(8), closes=time(16))
            for day in range(5)
        ]
        contacts.append(
            ServiceContact(
                service_id=service.pk, kind="telefon", value=f"+420 599 {number % 1_000_000:06d}"
            )
        )
    for relation, pairs in links.items():
        _link(relation, pairs)
    ServicePlace.objects.bulk_create(places)
    OpeningHours.objects.bulk_create(hours)
    ServiceContact.objects.bulk_create(contacts)


def generate(services, seed=1, log=print):
    """Add providers and services until the catalogue has ``services`` synthetic services."""
    rng = random.Random(seed)
    home = ensure_home_page(lambda message: None)
    taxonomy.load(home, lambda message: None)
    index = CatalogueIndexPage.objects.first() or ensure_child(
        home, CatalogueIndexPage, "katalog", None, title="Katalog sociálních služeb"
    )
    terms = _SyntheticTerms()
    providers = max(1, services // 3)
    done = ProviderPage.objects.filter(slug__startswith=f"bulk-{seed}-").count()
    for start in range(done, providers, BATCH // 3):
        numbers = range(start, min(providers, start + BATCH // 3))
        index.refresh_from_db()
        last = index.get_last_child()
        first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        with transaction.atomic():
            made = [_provider(number, seed, rng) for number in numbers]
            _insert_pages(made, index, first_step)
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(made))
            new_services = []
            for provider, number in zip(made, numbers, strict=True):
                count = services // providers + (1 if number < services % providers else 0)
                children = [
                    _service(
                        provider, f"sluzba-{position:03d}", number * 1000 + position, rng, terms
                    )
                    for position in range(count)
                ]
                _insert_pages(children, provider, 1)
                Page.objects.filter(pk=provider.pk).update(numchild=len(children))
                new_services += children
            _write_services(new_services)
        _index(made, new_services)
        log(f"{numbers[-1] + 1} of {providers} providers")
    synonyms = SearchSynonym.objects.values_list("phrase", "meaning")
    spelling.rebuild_vocabulary(list(synonyms))
    indexing.refresh_statistics()


def _index(providers, services):
    """Index the new pages for search as publishing does; the vocabulary of "did you mean" is
    recounted once at the end (as ``indexing.rebuild`` does)."""
    indexing._rebuilding = True
    try:
        indexing.index_objects(ProviderPage.objects.filter(pk__in=[p.pk for p in providers]))
        indexing.index_objects(ServicePage.objects.filter(pk__in=[s.pk for s in services]))
    finally:
        indexing._rebuilding = False


def _provider(number, seed, rng):
    suffix, legal_form = rng.choice(LEGAL_SUFFIXES)
    slug = f"bulk-{seed}-{number:05d}"
    return ProviderPage(
        title=f"{rng.choice(NAME_STARTS)} {rng.choice(NAME_WORDS)} {number + 1}, {suffix}",
        slug=slug,
        ico=fake_ico(100_000 + number),
        legal_form=legal_form,
        email=f"info@{slug}.example.org",
        description="<p>Syntetická organizace pro zátěžové testy.</p>",
    )
