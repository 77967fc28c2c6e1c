"""Find, create and update catalogue pages from registry records.

New providers and services become drafts (unpublished pages with a revision) under the
catalogue index, for a coordinator to review. An existing page (a provider matched by IČO, a
service by its registry identifier) gets a new revision only when a field the registry owns
differs from its latest revision; the importer never publishes, so on a live page the change
waits for the coordinator like any other draft.

The registry owns (overwritten on every import):
  provider: title, ico
  service:  title, service_type, forms, target_groups, age_groups, capacity, registry_id,
            open_nonstop, and its places: which places there are, and each place's name,
            address_secret, street, postcode, city, district and RÚIAN address code (a secret
            place also loses its coordinates, on the live page at once)
Filled once, when the importer creates the page, then the editors' (never overwritten):
  provider: slug, legal_form (guessed from the name), website, email, phones
  service:  slug, summary, description, contacts
Never written by the importer: everything else, e.g. the provider's description, logo, address,
contact person and planning areas; the service's how_to_apply, fee, fee_text, opening hours,
hours_note, languages, age_from/age_to, planning_areas, last_verified; a place's coordinates
(the registry has none: ``import_ruian`` fills them by the RÚIAN code) and accessibility.
"""

from django.utils.html import escape

from catalogue.importers.records import RecordError
from catalogue.importers.report import CREATED, SKIPPED, UNCHANGED, UPDATED, ImportFailure
from catalogue.models import (
    AgeGroup,
    CatalogueIndexPage,
    District,
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
from catalogue.search.sources import index_services_at
from portal.search.normalise import fold

PLACE_FIELDS = (
    "name",
    "address_secret",
    "street",
    "postcode",
    "city",
    "district_id",
    "ruian_code",
)
LEGAL_FORM_HINTS = [
    # (folded words in the provider's name, legal form)
    ("z s", ProviderPage.LegalForm.ASSOCIATION),
    ("zapsany spolek", ProviderPage.LegalForm.ASSOCIATION),
    ("o p s", ProviderPage.LegalForm.BENEFIT),
    ("z u", ProviderPage.LegalForm.INSTITUTE),
    ("zavod", ProviderPage.LegalForm.INSTITUTE),
    ("prispevkova organizace", ProviderPage.LegalForm.MUNICIPAL),
    ("p o", ProviderPage.LegalForm.MUNICIPAL),
    ("s r o", ProviderPage.LegalForm.COMPANY),
    ("a s", ProviderPage.LegalForm.COMPANY),
    ("nadace", ProviderPage.LegalForm.FOUNDATION),
    ("nadacni fond", ProviderPage.LegalForm.FOUNDATION),
    ("charita", ProviderPage.LegalForm.CHURCH),
    ("diakonie", ProviderPage.LegalForm.CHURCH),
    ("farnost", ProviderPage.LegalForm.CHURCH),
    ("mestsky obvod", ProviderPage.LegalForm.MUNICIPALITY),
    ("statutarni mesto", ProviderPage.LegalForm.MUNICIPALITY),
]


def folded(text):
    return " ".join(fold(text))


class Vocabulary:
    """The catalogue's terms keyed by registry code, and its districts by folded name."""

    KINDS = {
        "druh služby": ServiceType,
        "forma služby": ServiceForm,
        "cílová skupina": TargetGroup,
        "věková skupina": AgeGroup,
    }

    def __init__(self, report):
        self.report = report
        self.terms = {
            kind: {term.mpsv_code: term for term in model.objects.exclude(mpsv_code="")}
            for kind, model in self.KINDS.items()
        }
        self.districts = {folded(term.name): term for term in District.objects.all()}

    def lookup(self, kind, codes):
        """The terms for ``codes``; unknown codes are counted in the report."""
        found = []
        for value in codes:
            term = self.terms[kind].get(value)
            if term is None:
                self.report.unknown_codes[(kind, value)] += 1
            else:
                found.append(term)
        return found

    def district(self, name):
        """The District named ``name`` in any case, with or without diacritics or 'Ostrava-'."""
        if not name:
            return None
        key = folded(name)
        term = self.districts.get(key) or self.districts.get(key.removeprefix("ostrava "))
        if term is None:
            self.report.unknown_districts[name] += 1
        return term


class Catalogue:
    """Writes registry records into the catalogue (inside the caller's transaction)."""

    def __init__(self, report):
        self.report = report
        self.vocabulary = Vocabulary(report)
        self.index = CatalogueIndexPage.objects.first()
        if self.index is None:
            raise ImportFailure("V portálu chybí stránka katalogu služeb; nejdřív ji vytvořte.")

    def provider(self, record):
        """The provider's page and what happened to it (created / updated / unchanged).

        A provider is written once per run: the report remembers the providers done so far
        (once a record's transaction has committed), and nothing else grows with the file."""
        page = ProviderPage.objects.filter(ico=record.ico).order_by("path").first()
        if page is None:
            return self._create_provider(record), CREATED
        if self.report.providers.get(record.ico, SKIPPED) != SKIPPED:
            return page, None
        if page.draft_title == record.name:  # draft_title is the latest revision's title
            return page, UNCHANGED
        draft = page.get_latest_revision_as_object()
        draft.title = record.name
        draft.save_revision(clean=False, log_action=True)
        return page, UPDATED

    def service(self, provider, record):
        """Create or update the service of ``record`` under ``provider``; return the outcome."""
        types = self.vocabulary.lookup("druh služby", [record.type_code])
        if not types:
            raise RecordError(f"neznámý kód druhu služby {record.type_code}")
        service_type = types[0]
        terms = {
            "forms": self.vocabulary.lookup("forma služby", record.form_codes),
            "target_groups": self.vocabulary.lookup("cílová skupina", record.group_codes),
            "age_groups": self.vocabulary.lookup("věková skupina", record.age_codes),
        }
        title = record.name or f"{service_type.name[:1].upper()}{service_type.name[1:]}"
        page = ServicePage.objects.filter(registry_id=record.identifier).order_by("path").first()
        if page is None:
            self._create_service(provider, record, title, service_type, terms)
            return CREATED
        draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        before = snapshot(draft)
        draft.title = title
        draft.service_type = service_type
        for relation, values in terms.items():
            setattr(draft, relation, values)
        draft.capacity, draft.registry_id = record.capacity, record.identifier
        draft.open_nonstop = record.nonstop
        newly_secret = self._apply_places(draft, record.places)
        if snapshot(draft) == before:
            return UNCHANGED
        draft.save_revision(clean=False, log_action=True)
        hide_live_addresses(newly_secret)
        return UPDATED

    def _create_provider(self, record):
        page = ProviderPage(
            title=record.name,
            slug=unique_slug(self.index, record.name),
            live=False,
            ico=record.ico,
            legal_form=guess_legal_form(record.name),
            website=record.website,
            email=record.email,
            phones=[
                ProviderPhone(number=number[:32], note=note[:120]) for number, note in record.phones
            ],
        )
        self.index.add_child(instance=page)
        page.save_revision(log_action=True)
        return page

    def _create_service(self, provider, record, title, service_type, terms):
        forms = ", ".join(term.name for term in terms["forms"])
        summary = f"{service_type.name[:1].upper()}{service_type.name[1:]}"
        summary += f", forma {forms}." if forms else "."
        page = ServicePage(
            title=title,
            slug=unique_slug(provider, title),
            live=False,
            summary=summary[:240],
            description=f"<p>{escape(summary)}</p>",
            service_type=service_type,
            capacity=record.capacity,
            registry_id=record.identifier,
            open_nonstop=record.nonstop,
            contacts=[
                ServiceContact(kind=kind, value=value, note=note)
                for kind, value, note in record.contacts
            ],
            **terms,
        )
        self._apply_places(page, record.places)
        provider.add_child(instance=page)
        page.save_revision(log_action=True)
        return page

    def _apply_places(self, page, records):
        """Make the page's places those of the registry, reusing matching ones (which keep
        their coordinates and accessibility); return the ids of places that became secret."""
        existing = list(page.places.all())
        places, newly_secret = [], []
        for position, record in enumerate(records):
            place = _take_match(existing, record) or ServicePlace()
            if record.secret and place.pk and not place.address_secret:
                newly_secret.append(place.pk)
            place.name, place.address_secret = record.name, record.secret
            place.street, place.postcode = record.street, record.postcode
            if place.ruian_code and place.ruian_code != record.ruian_code:
                place.latitude = place.longitude = None  # they were the old address's
            place.city, place.ruian_code = record.city, record.ruian_code
            place.district = (
                None if record.secret else self.vocabulary.district(record.district_name)
            )
            if record.secret:
                place.latitude = place.longitude = None
            place.sort_order = position
            places.append(place)
        page.places = places
        return newly_secret


def snapshot(page):
    """The registry-owned values of a service page, for comparison before saving."""
    return {
        "title": page.title,
        "service_type": page.service_type_id,
        "capacity": page.capacity,
        "registry_id": page.registry_id,
        "open_nonstop": page.open_nonstop,
        **{
            relation: sorted(term.pk for term in getattr(page, relation).all())
            for relation in ("forms", "target_groups", "age_groups")
        },
        "places": [
            tuple(getattr(place, name) for name in PLACE_FIELDS)
            + ((place.latitude, place.longitude) if place.address_secret else ())
            for place in page.places.all()
        ],
    }


def hide_live_addresses(place_ids):
    """A place that became secret must not wait for review: clear it on the live page too."""
    if place_ids:
        ServicePlace.objects.filter(pk__in=place_ids).update(
            address_secret=True,
            street="",
            postcode="",
            district=None,
            ruian_code="",
            latitude=None,
            longitude=None,
        )
        index_services_at(place_ids)


def _take_match(existing, record):
    """Remove and return the existing place with the record's name (or else street)."""
    for attribute, value in (("name", record.name), ("street", record.street)):
        if not value:
            continue
        for place in existing:
            if folded(getattr(place, attribute)) == folded(value):
                existing.remove(place)
                return place
    return None


def unique_slug(parent, title):
    base = make_slug(title) or "polozka"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def guess_legal_form(name):
    words = f" {folded(name)} "
    for hint, legal_form in LEGAL_FORM_HINTS:
        if f" {hint} " in words:
            return legal_form
    return ProviderPage.LegalForm.OTHER
