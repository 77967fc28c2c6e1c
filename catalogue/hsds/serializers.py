"""Catalogue pages as HSDS 3.0 objects (plain dicts ready for JSON).

Only what the public pages show is exported: no contact person of a provider, no editor, and for
a place with a secret address neither the address nor the coordinates.
"""

import re
from html import unescape

from django.db.models import Prefetch
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from catalogue.hsds import ids
from catalogue.models import OpeningHours, ProviderPage, ServicePage, ServicePlace
from catalogue.models.services import CITY_NAME
from portal.base_url import absolute_url
from portal.security.safe_urls import safe_url

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
LANGUAGE_CODES = {
    "čeština": "cs",
    "slovenština": "sk",
    "angličtina": "en",
    "němčina": "de",
    "polština": "pl",
    "ukrajinština": "uk",
    "ruština": "ru",
    "vietnamština": "vi",
    "romština": "rom",
    "český znakový jazyk": "cse",
}
BLOCK_END = re.compile(r"</(p|h[1-6]|li|div|blockquote)>|<br\s*/?>", re.IGNORECASE)
BLANK_LINES = re.compile(r"\s*\n\s*\n\s*")
POSTCODE = re.compile(r"^(\d{3}\s?\d{2})\s+(.+)$")
# The city in RÚIAN's linked open data (ČÚZK): the persistent identifier of a city-wide area.
CITY_URI = "https://linked.cuzk.cz/resource/ruian/obec/554821"


def clean(data):
    """Drop empty optional values: the schemas allow a missing field, not a null."""
    return {key: value for key, value in data.items() if value not in (None, "")}


def plain(html):
    """Rich text as plain text; paragraphs, headings and list items become blank-line breaks."""
    text = BLOCK_END.sub("\n\n", normalize_newlines(html or ""))
    text = unescape(strip_tags(text))
    return BLANK_LINES.sub("\n\n", text).strip()


def services_for_hsds(queryset=None):
    """Live, public services with everything the serializer reads, in a fixed number of queries."""
    queryset = ServicePage.objects.all() if queryset is None else queryset
    return queryset.select_related("service_type", "provider", "provider__logo").prefetch_related(
        "forms",
        "target_groups",
        "age_groups",
        "planning_areas",
        "area_districts",
        "opening_hours",
        "contacts",
        "provider__phones",
        Prefetch("places", queryset=ServicePlace.objects.select_related("district")),
    )


def providers_for_hsds(queryset=None):
    queryset = ProviderPage.objects.all() if queryset is None else queryset
    return queryset.select_related("logo").prefetch_related("phones")


class Serializer:
    """Turns pages into HSDS dicts; ``urls`` maps a page to its public URL."""

    def __init__(self, vocabulary, page_url):
        self.vocabulary = vocabulary
        self.page_url = page_url

    # organizations -------------------------------------------------------------------------
    def organization(self, provider):
        org_id = ids.page_id(provider)
        data = clean(
            {
                "id": org_id,
                "name": provider.title,
                "description": plain(provider.description) or provider.title,
                "email": provider.email,
                "website": safe_url(provider.website),
                "uri": self.page_url(provider),
                "legal_status": provider.get_legal_form_display() if provider.legal_form else "",
                "logo": absolute_url(provider.logo.file.url) if provider.logo_id else "",
            }
        )
        data["organization_identifiers"] = [
            {
                "id": ids.make("organization_identifier", org_id, "ico"),
                "organization_id": org_id,
                "identifier_type": "IČO",
                "identifier_scheme": "CZ-ICO",
                "identifier": provider.ico,
            }
        ]
        data["phones"] = [
            clean(
                {
                    "id": ids.make("phone", org_id, phone.sort_order, phone.number),
                    "organization_id": org_id,
                    "number": phone.number,
                    "description": phone.note,
                }
            )
            for phone in provider.phones.all()
        ]
        data["locations"] = self.seat(provider, org_id)
        return data

    def seat(self, provider, org_id):
        """The registered office as a postal location, when the address can be read."""
        lines = [line.strip() for line in normalize_newlines(provider.address).split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return []
        location_id = ids.make("seat", org_id)
        postcode, city = "", ""
        street_lines = []
        for line in lines:
            match = POSTCODE.match(line)
            if match and not postcode:
                postcode, city = match.group(1), match.group(2)
            else:
                street_lines.append(line)
        address = {
            "id": ids.make("address", location_id),
            "location_id": location_id,
            "address_1": street_lines[0] if street_lines else lines[0],
            "city": city or "Ostrava",
            "state_province": "Moravskoslezský kraj",
            "postal_code": postcode,
            "country": "CZ",
            "address_type": "postal",
        }
        if len(street_lines) > 1:
            address["address_2"] = ", ".join(street_lines[1:])
        return [
            {
                "id": location_id,
                "location_type": "postal",
                "organization_id": org_id,
                "name": "Sídlo organizace",
                "addresses": [address],
            }
        ]

    # services ------------------------------------------------------------------------------
    @staticmethod
    def service_minimal(service):
        """What ``minimal=true`` asks for: just the id and when the service last changed."""
        modified = service.last_published_at
        return {
            "id": ids.page_id(service),
            "modified_date": modified.isoformat() if modified else "",
        }

    def service_summary(self, service):
        """The one-to-one fields of a service (the shape of service_list.json)."""
        service_id = ids.page_id(service)
        emails = [c.value for c in service.contacts.all() if c.kind == "email"]
        webs = [c.href for c in service.contacts.all() if c.kind == "web" and c.href]
        data = {
            "id": service_id,
            "organization_id": ids.page_id(service.provider) if service.provider_id else None,
            "name": service.title,
            "alternate_name": "",
            "description": "\n\n".join(filter(None, [service.summary, plain(service.description)])),
            "url": webs[0] if webs else self.page_url(service),
            "email": emails[0] if emails else "",
            "status": "active",
            "application_process": plain(service.how_to_apply),
            "fees_description": service.fee_text or service.get_fee_display(),
            "eligibility_description": ", ".join(t.name for t in service.target_groups.all()),
            "minimum_age": service.age_from,
            "maximum_age": service.age_to,
            "assured_date": service.last_verified.isoformat() if service.last_verified else "",
            "last_modified": (
                service.last_published_at.isoformat() if service.last_published_at else ""
            ),
        }
        return clean(data)

    def service(self, service, nested_organization=True):
        """A fully nested service (the shape of service.json)."""
        data = self.service_summary(service)
        service_id = data["id"]
        data["phones"] = [
            clean(
                {
                    "id": ids.make("phone", service_id, contact.value, contact.note),
                    "service_id": service_id,
                    "number": contact.value,
                    "description": contact.note,
                }
            )
            for contact in service.contacts.all()
            if contact.kind == "telefon"
        ]
        data["schedules"] = self.schedules(service, service_id)
        data["service_areas"] = self.service_areas(service, service_id)
        data["service_at_locations"] = [
            self.service_at_location(place, service_id) for place in service.places.all()
        ]
        data["languages"] = [
            clean(
                {
                    "id": ids.make("language", service_id, name),
                    "service_id": service_id,
                    "name": name,
                    "code": LANGUAGE_CODES.get(name.lower(), ""),
                }
            )
            for name in (part.strip() for part in service.languages.split(","))
            if name
        ]
        data["cost_options"] = [self.cost_option(service, service_id)]
        data["attributes"] = [
            self.attribute(service_id, kind, term)
            for kind, term in self.vocabulary.terms_of(service)
        ]
        if nested_organization and service.provider_id:
            data["organization"] = self.organization(service.provider)
        return data

    def schedules(self, service, service_id):
        if service.open_nonstop:
            return [
                clean(
                    {
                        "id": ids.make("schedule", service_id, "nonstop"),
                        "service_id": service_id,
                        "freq": "WEEKLY",
                        "wkst": "MO",
                        "byday": ",".join(WEEKDAY_CODES),
                        "opens_at": "00:00",
                        "closes_at": "23:59",
                        "description": "nepřetržitý provoz (24/7)",
                        "notes": service.hours_note,
                    }
                )
            ]
        rows = sorted(service.opening_hours.all(), key=OpeningHours.sort_key)
        return [self.schedule(service, service_id, row) for row in rows]

    def schedule(self, service, service_id, row):
        """One weekday's interval; a "nonstop" day is 00:00–23:59, "po dohodě" has no times."""
        schedule = {
            "id": ids.make("schedule", service_id, row.weekday, row.opens, row.closes),
            "service_id": service_id,
            "freq": "WEEKLY",
            "wkst": "MO",
            "byday": WEEKDAY_CODES[row.weekday],
            "notes": service.hours_note,
        }
        if row.kind == OpeningHours.Kind.HOURS:
            schedule["opens_at"] = row.opens.strftime("%H:%M")
            schedule["closes_at"] = row.closes.strftime("%H:%M")
        elif row.kind == OpeningHours.Kind.ALL_DAY:
            schedule["id"] = ids.make("schedule", service_id, row.weekday, "nonstop")
            schedule.update(opens_at="00:00", closes_at="23:59", description="nonstop")
        else:
            schedule["id"] = ids.make("schedule", service_id, row.weekday, "po-dohode")
            schedule["description"] = "po dohodě"
        return clean(schedule)

    def service_areas(self, service, service_id):
        """Where an outreach or telephone service helps: the whole city or some districts
        (a district links to the catalogue filtered by it); none when no area is set."""
        if service.area_whole_city:
            return [
                {
                    "id": ids.make("service_area", service_id, "city"),
                    "service_id": service_id,
                    "name": service.area_label,
                    "description": f"Služba působí v celém městě {CITY_NAME}.",
                    "uri": CITY_URI,
                }
            ]
        return [
            {
                "id": ids.make("service_area", service_id, district.slug),
                "service_id": service_id,
                "name": district.name,
                "description": f"Městský obvod {district.name}, {CITY_NAME}.",
                "uri": f"{self.vocabulary.base_url}/katalog/?obvod={district.slug}",
            }
            for district in service.area_districts.all()
        ]

    def cost_option(self, service, service_id):
        option = {
            "id": ids.make("cost_option", service_id),
            "service_id": service_id,
            "option": service.get_fee_display(),
            "currency": "CZK",
            "amount_description": service.fee_text,
        }
        if service.fee == ServicePage.Fee.FREE:
            option["amount"] = 0
        return clean(option)

    def attribute(self, service_id, kind, term):
        term_data = self.vocabulary.term_as_hsds(kind, term)
        return {
            "id": ids.make("attribute", service_id, term_data["id"]),
            "link_id": service_id,
            "link_type": kind.key,
            "link_entity": "service",
            "taxonomy_term_id": term_data["id"],
            "taxonomy_term": term_data,
        }

    # places --------------------------------------------------------------------------------
    def service_at_location(self, place, service_id):
        return {
            "id": ids.service_at_location_id(place.pk),
            "service_id": service_id,
            "location_id": ids.location_id(place.pk),
            "location": self.location(place),
        }

    def location(self, place):
        """A place of a service; a secret one keeps only its name and district."""
        location_id = ids.location_id(place.pk)
        data = {"id": location_id, "location_type": "physical", "name": place.name}
        if place.address_secret:
            district = f" ({place.district.name})" if place.district else ""
            data["description"] = f"Adresa je utajená{district}; kontaktujte službu."
            return data
        if place.latitude is not None and place.longitude is not None:
            data["latitude"] = float(place.latitude)
            data["longitude"] = float(place.longitude)
        if place.street:
            data["addresses"] = [
                {
                    "id": ids.make("address", location_id),
                    "location_id": location_id,
                    "address_1": place.street,
                    "city": place.city,
                    "region": place.district.name if place.district else "",
                    "state_province": "Moravskoslezský kraj",
                    "postal_code": place.postcode,
                    "country": "CZ",
                    "address_type": "physical",
                }
            ]
        if place.accessibility or place.accessibility_note:
            data["accessibility"] = [
                clean(
                    {
                        "id": ids.make("accessibility", location_id),
                        "location_id": location_id,
                        "description": place.get_accessibility_display()
                        if place.accessibility
                        else "",
                        "details": place.accessibility_note,
                    }
                )
            ]
        return data
