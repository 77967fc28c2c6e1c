"""What an HSDS row means for a catalogue page, compared with and written to the page.

A state holds plain values (fields, related term pks, child rows as tuples); ``save`` publishes a
new revision only when the state differs from the live page, so re-imports change nothing.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

from django.utils.html import escape
from django.utils.text import normalize_newlines

from catalogue.hsds import ids
from catalogue.hsds.serializers import CITY_URI, WEEKDAY_CODES
from catalogue.models import (
    District,
    OpeningHours,
    ProviderPage,
    ProviderPhone,
    ServiceContact,
    ServicePage,
    ServicePlace,
)
from catalogue.models.pages import validate_ico
from catalogue.models.taxonomy import make_slug

LEGAL_FORMS = {label: value for value, label in ProviderPage.LegalForm.choices}
M2M = {
    "cilova-skupina": "target_groups",
    "vekova-skupina": "age_groups",
    "forma": "forms",
    "oblast-planovani": "planning_areas",
}
PLACE_FIELDS = [
    "name",
    "address_secret",
    "street",
    "postcode",
    "city",
    "district_id",
    "latitude",
    "longitude",
    "accessibility",
    "accessibility_note",
]
ACCESS = {label: value for value, label in ServicePlace.Access.choices}


def paragraphs(text):
    """Plain text back to the rich text the pages store."""
    parts = [part.strip() for part in normalize_newlines(text or "").split("\n\n")]
    return "".join(f"<p>{escape(part)}</p>" for part in parts if part)


def required_uuid(row, what):
    value = ids.parse(row.get("id"))
    if value is None:
        raise ValueError(f"{what} nemá platné id (UUID)")
    return value


def slug_from_url(url):
    """The page slug at the end of one of our page URLs (…/katalog/<provider>/<service>/)."""
    if "/katalog/" not in (url or ""):
        return ""
    return make_slug(url.rstrip("/").rsplit("/", 1)[-1])


def unique_slug(parent, title, key, hint=""):
    slug = hint or make_slug(title) or "stranka"
    if parent.get_children().filter(slug=slug).exists():
        slug = f"{slug[:70]}-{key[:8]}"
    return slug


@dataclass
class PageState:
    key: str
    title: str
    fields: dict
    relations: dict = field(default_factory=dict)  # m2m name -> sorted pks
    children: dict = field(default_factory=dict)  # child relation -> [tuple, ...]
    slug_hint: str = ""

    model = None
    child_fields = {}
    child_models = {}

    def existing(self):
        return self.model.objects.filter(translation_key=self.key).first()

    def current(self, page):
        relations = {
            name: sorted(t.pk for t in getattr(page, name).all()) for name in self.relations
        }
        children = {
            name: [
                tuple(getattr(child, f) for f in self.child_fields[name])
                for child in getattr(page, name).all()
            ]
            for name in self.children
        }
        values = {name: getattr(page, name) for name in self.fields}
        return (page.title, values, relations, children)

    def wanted(self):
        return (self.title, self.fields, self.relations, self.children)

    def write(self, page):
        page.title = self.title
        for name, value in self.fields.items():
            setattr(page, name, value)
        for name, pks in self.relations.items():
            related = self.model._meta.get_field(name).related_model
            setattr(page, name, list(related.objects.filter(pk__in=pks)))
        for name, rows in self.children.items():
            model = self.child_models[name]
            names = self.child_fields[name]
            setattr(page, name, [model(**dict(zip(names, row, strict=True))) for row in rows])

    def save(self, index):
        page = self.existing()
        if page is not None:
            if self.current(page) == self.wanted():
                return "unchanged"
            self.write(page)
            page.full_clean()
            page.save_revision().publish()
            return "updated"
        parent = self.parent(index)
        page = self.model(translation_key=self.key)
        self.write(page)
        page.slug = unique_slug(parent, self.title, self.key, self.slug_hint)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return "created"


class ProviderState(PageState):
    model = ProviderPage
    child_fields = {"phones": ["number", "note"]}
    child_models = {"phones": ProviderPhone}

    @classmethod
    def from_rows(cls, row, identifiers, phones, seats, addresses):
        key = required_uuid(row, "organizace")
        name = (row.get("name") or "").strip()
        if not name:
            raise ValueError("organizace nemá název")
        icos = [i["identifier"] for i in identifiers if i.get("identifier_scheme") == "CZ-ICO"]
        ico = (icos[0] if icos else "").strip().zfill(8)
        validate_ico(ico)
        description = row.get("description") or ""
        address_lines = []
        for seat in seats:
            for address in addresses.get(seat["id"], []):
                address_lines += [address.get("address_1", ""), address.get("address_2", "")]
                address_lines.append(f"{address.get('postal_code', '')} {address.get('city', '')}")
        fields = {
            "ico": ico,
            "legal_form": LEGAL_FORMS.get(row.get("legal_status", ""), "jina"),
            "description": paragraphs(description) if description != name else "",
            "website": row.get("website") or "",
            "email": row.get("email") or "",
            "address": "\n".join(line.strip() for line in address_lines if line.strip()),
        }
        children = {"phones": [(p["number"], p.get("description") or "") for p in phones]}
        return cls(key, name, fields, children=children, slug_hint=slug_from_url(row.get("uri")))

    def parent(self, index):
        return index


class ServiceState(PageState):
    model = ServicePage
    child_fields = {
        "places": PLACE_FIELDS,
        "opening_hours": ["weekday", "kind", "opens", "closes"],
        "contacts": ["kind", "value", "note"],
    }
    child_models = {
        "places": ServicePlace,
        "opening_hours": OpeningHours,
        "contacts": ServiceContact,
    }
    organization = ""

    @classmethod
    def from_rows(cls, row, parts, locations, addresses, access, terms, districts):
        """The state of one service from its rows; ``terms`` and ``districts`` (a
        ``Districts``) are read once per import."""
        key = required_uuid(row, "služba")
        name = (row.get("name") or "").strip()
        if not name:
            raise ValueError("služba nemá název")
        linked = [
            terms[a["taxonomy_term_id"]]
            for a in parts["attributes"]
            if a.get("taxonomy_term_id") in terms
        ]
        types = [term for kind, term in linked if kind.key == "druh-sluzby"]
        if not types:
            raise ValueError("služba nemá druh služby (atribut z taxonomie druhů)")
        summary, _, rest = normalize_newlines(row.get("description") or "").partition("\n\n")
        costs = parts["cost_options"][:1]
        free = not costs or costs[0].get("amount") in ("0", "0.0")
        nonstop = any("nepřetržitý" in s.get("description", "") for s in parts["schedules"])
        fields = {
            "summary": summary.strip()[:240] or name,
            "description": paragraphs(rest) or paragraphs(summary),
            "how_to_apply": paragraphs(row.get("application_process")),
            "service_type_id": types[0].pk,
            "fee": ServicePage.Fee.FREE if free else ServicePage.Fee.PAID,
            "fee_text": "" if free else (costs[0].get("amount_description") or ""),
            "age_from": int(float(row["minimum_age"])) if row.get("minimum_age") else None,
            "age_to": int(float(row["maximum_age"])) if row.get("maximum_age") else None,
            "open_nonstop": nonstop,
            "hours_note": next((s["notes"] for s in parts["schedules"] if s.get("notes")), ""),
            "languages": ", ".join(r["name"] for r in parts["languages"] if r.get("name")),
            "last_verified": (
                datetime.date.fromisoformat(row["assured_date"])
                if row.get("assured_date")
                else None
            ),
        }
        relations = {
            relation: sorted({term.pk for kind, term in linked if kind.key == key_})
            for key_, relation in M2M.items()
        }
        fields["area_whole_city"], relations["area_districts"] = service_area(
            parts.get("service_areas", []), key, districts
        )
        state = cls(key, name, fields, relations, slug_hint=slug_from_url(row.get("url")))
        state.organization = ids.parse(row.get("organization_id")) or ""
        state.children = {
            "places": [
                place_row(locations[link["location_id"]], addresses, access, districts)
                for link in parts["links"]
                if link.get("location_id") in locations
            ],
            "opening_hours": [] if nonstop else hours_rows(parts["schedules"]),
            "contacts": sorted(contact_rows(row, parts["phones"])),
        }
        if not state.children["places"]:
            raise ValueError("služba nemá žádné místo poskytování")
        # A secret place has no address (so no district in it): give it the district attribute
        # that is neither another place's nor, where possible, one of the service's area.
        districts = [term.pk for kind, term in linked if kind.key == "mestsky-obvod"]
        leftover = [pk for pk in districts if pk not in {p[5] for p in state.children["places"]}]
        leftover = [pk for pk in leftover if pk not in relations["area_districts"]] or leftover
        for index, place in enumerate(state.children["places"]):
            if place[5] is None and leftover:
                state.children["places"][index] = (*place[:5], leftover.pop(0), *place[6:])
        return state

    def current(self, page):
        title, values, relations, children = super().current(page)
        for name in ("opening_hours", "contacts"):
            children[name] = sorted(children[name])
        return title, values, relations, children

    def parent(self, index):
        provider = ProviderPage.objects.filter(translation_key=self.organization).first()
        if provider is None:
            raise LookupError(f"organizace {self.organization or '(neuvedena)'} neexistuje")
        return provider


@dataclass(frozen=True)
class Districts:
    """The catalogue's districts (their pks) by slug and by name, read once per import instead
    of once per place and service."""

    by_slug: dict
    by_name: dict

    @classmethod
    def load(cls):
        by_slug, by_name = {}, {}
        for pk, slug, name in District.objects.values_list("pk", "slug", "name"):
            by_slug.setdefault(slug, pk)
            by_name.setdefault(name, pk)  # in the districts' order, the first of a name wins
        return cls(by_slug, by_name)


def service_area(rows, service_key, districts):
    """(whole city?, sorted district pks) from a service's HSDS ``service_areas`` rows.

    The whole city is our own row (its id, or the city's RÚIAN address as ``uri``); a district
    is known by the catalogue link in ``uri`` (``?obvod=<slug>``) or by its name. Areas that
    are neither (another package's own areas) are left out: the catalogue has no place for them.
    """
    city_id = ids.make("service_area", service_key, "city")
    whole_city = any(
        ids.parse(row.get("id")) == city_id or row.get("uri") == CITY_URI for row in rows
    )
    if whole_city:
        return True, []
    slugs = [parse_qs(urlsplit(row.get("uri") or "").query).get("obvod", [""])[0] for row in rows]
    names = [(row.get("name") or "").strip() for row in rows]
    found = {districts.by_slug[slug] for slug in slugs if slug in districts.by_slug}
    found |= {districts.by_name[name] for name in names if name in districts.by_name}
    return False, sorted(found)


def place_row(location, addresses, access, districts):
    address = (addresses.get(location["id"]) or [{}])[0]
    accessibility = (access.get(location["id"]) or [{}])[0]
    district = districts.by_name.get(address["region"]) if address.get("region") else None
    secret = not address and location.get("description", "").startswith("Adresa je utajená")
    coordinate = lambda value: Decimal(value).quantize(Decimal("0.000001")) if value else None  # noqa: E731
    return (
        location.get("name") or "Místo poskytování",
        secret,
        address.get("address_1", ""),
        address.get("postal_code", ""),
        address.get("city") or "Ostrava",
        district,
        None if secret else coordinate(location.get("latitude")),
        None if secret else coordinate(location.get("longitude")),
        ACCESS.get(accessibility.get("description", ""), ""),
        accessibility.get("details", ""),
    )


def hours_rows(schedules):
    """(weekday, kind, opens, closes) rows of ``OpeningHours`` from HSDS schedules."""
    rows = []
    for schedule in schedules:
        description = schedule.get("description") or ""
        opens, closes = schedule.get("opens_at"), schedule.get("closes_at")
        if description == "po dohodě":
            kind, opens, closes = OpeningHours.Kind.BY_APPOINTMENT, None, None
        elif description == "nonstop":
            kind, opens, closes = OpeningHours.Kind.ALL_DAY, None, None
        elif opens and closes:
            kind = OpeningHours.Kind.HOURS
            opens, closes = datetime.time.fromisoformat(opens), datetime.time.fromisoformat(closes)
        else:
            continue
        for code in (schedule.get("byday") or "").split(","):
            if code in WEEKDAY_CODES:
                rows.append((WEEKDAY_CODES.index(code), str(kind), opens, closes))
    return sorted(rows, key=lambda row: (row[0], row[1], row[2] or datetime.time.min))


def contact_rows(row, phones):
    contacts = [("telefon", p["number"], p.get("description") or "") for p in phones]
    if row.get("email"):
        contacts.append(("email", row["email"], ""))
    url = row.get("url") or ""
    if url and "/katalog/" not in url:
        contacts.append(("web", url, ""))
    return contacts
