"""One item of the registry's open data, read into plain records (no database access).

The layout is described in ``registry-format.md`` beside this module. Code-list references are
objects like ``{"id": "Obec/554821"}``; where an object also carries a name (``nazev`` as text or
as ``{"cs": ...}``) it is used, otherwise only the code is known.

Statutory bodies (``poskytovatel.statutarniOrgany``) hold personal data: nothing here reads them.
"""

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator

from catalogue.models.pages import validate_ico

CAPACITY_UNITS = {
    # registry capacity type -> (one, two to four, five and more)
    "klient": ("klient", "klienti", "klientů"),
    "kontakt": ("kontakt", "kontakty", "kontaktů"),
    "interv": ("intervence", "intervence", "intervencí"),
    "luzka": ("lůžko", "lůžka", "lůžek"),
    "hovor": ("hovor", "hovory", "hovorů"),
}
# Names of municipalities by code, for files whose references carry only the code.
MUNICIPALITY_NAMES = {"554821": "Ostrava"}
CONTACT_KEYS = {"telefon": "telefony", "email": "emaily", "web": "weby"}


class RecordError(Exception):
    """The item cannot be imported; the message (Czech) says why."""


class ServiceEnded(RecordError):
    """The registry says the service is no longer provided."""


@dataclass
class ProviderRecord:
    ico: str
    name: str
    website: str = ""
    email: str = ""
    phones: list = field(default_factory=list)


@dataclass
class PlaceRecord:
    name: str
    secret: bool
    street: str = ""
    postcode: str = ""
    city: str = ""
    district_name: str = ""
    ruian_code: str = ""  # the RÚIAN address point (kodAdresnihoMista); coordinates come by it


@dataclass
class ServiceRecord:
    identifier: str
    name: str
    provider: ProviderRecord
    type_code: str
    form_codes: list
    group_codes: list
    age_codes: list
    capacity: str
    nonstop: bool
    places: list
    contacts: list  # (kind, value, note)


def code(reference):
    """The code of a reference object: {"id": "Obec/554821"} -> "Obec/554821"."""
    if isinstance(reference, dict):
        value = reference.get("id")
        return str(value) if value not in (None, "") else ""
    return str(reference) if isinstance(reference, str | int) else ""


def code_matches(reference, wanted):
    """Whether a reference is ``wanted``, given either whole ("Obec/554821") or as "554821"."""
    value = code(reference)
    return bool(value) and (value == wanted or value.rsplit("/", 1)[-1] == wanted)


def label(reference):
    """The name a reference carries, if any."""
    if isinstance(reference, str):
        return reference.strip()
    if not isinstance(reference, dict):
        return ""
    name = reference.get("nazev")
    if isinstance(name, dict):
        name = name.get("cs")
    return name.strip() if isinstance(name, str) else ""


def as_list(value):
    return value if isinstance(value, list) else []


def as_dict(value):
    return value if isinstance(value, dict) else {}


def parse_date(value):
    """An ISO date (optionally with time) or None; a malformed value is a RecordError."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as error:
        raise RecordError(f"neplatné datum „{value}“") from error


def in_scope(address, city, region):
    """Whether a facility's address lies in the city (municipality code) and/or region."""
    address = as_dict(address)
    if city and not code_matches(address.get("obec"), city):
        return False
    return not region or code_matches(address.get("kraj"), region)


def scoped_facilities(item, city, region, today):
    """The item's facilities still in operation inside the city/region."""
    facilities = []
    for facility in as_list(item.get("zarizeni")):
        if not isinstance(facility, dict):
            continue
        until = parse_date(facility.get("poskytujeDo"))
        if until is not None and until < today:
            continue
        if in_scope(facility.get("adresa"), city, region):
            facilities.append(facility)
    return facilities


def read_provider(item):
    provider = item.get("poskytovatel")
    if not isinstance(provider, dict):
        raise RecordError("chybí údaje o poskytovateli")
    ico = str(provider.get("ico") or "").strip().replace(" ", "")
    if ico.isdigit() and len(ico) < 8:
        ico = ico.zfill(8)
    try:
        validate_ico(ico)
    except ValidationError as error:
        raise RecordError(f"neplatné IČO poskytovatele „{ico or '(prázdné)'}“") from error
    name = provider.get("nazev")
    if not isinstance(name, str) or not name.strip():
        raise RecordError("chybí název poskytovatele")
    return ProviderRecord(
        ico=ico,
        name=name.strip()[:255],
        website=_first_valid(contacts(provider, "web"), URLValidator()),
        email=_first_valid(contacts(provider, "email"), EmailValidator()),
        phones=[(value, note) for value, note in contacts(provider, "telefon")][:5],
    )


def read_service(item, city, region, today):
    """The service in ``item`` as a record, or None when it lies outside the city/region.

    Raises RecordError (with a Czech reason) for a service that cannot be imported.
    """
    if not isinstance(item, dict):
        raise RecordError("položka není objekt JSON")
    identifier = str(item.get("identifikator") or "").strip()
    if not identifier:
        raise RecordError("chybí identifikátor služby")
    facilities = scoped_facilities(item, city, region, today)
    if (city or region) and not facilities:
        return None
    ended = parse_date(item.get("datumPoskytovaniDo"))
    if ended is not None and ended < today:
        raise ServiceEnded(f"služba byla ukončena {ended:%-d. %-m. %Y}")
    type_code = code(item.get("druhSocialniSluzby"))
    if not type_code:
        raise RecordError("chybí druh služby")
    forms = [form for form in as_list(item.get("formy")) if isinstance(form, dict)]
    places = [read_place(facility) for facility in facilities]
    provider = read_provider(item)
    name = label(item) or next((place.name for place in places if place.name), "")
    return ServiceRecord(
        identifier=identifier[:16],
        name=name[:255],
        provider=provider,
        type_code=type_code,
        form_codes=_codes(form.get("forma") for form in forms),
        group_codes=_codes(
            as_dict(group).get("cilovaSkupina") for group in as_list(item.get("ciloveSkupiny"))
        ),
        age_codes=_codes(
            as_dict(group).get("vekovaSkupina", group)
            for group in as_list(item.get("vekoveSkupiny"))
        ),
        capacity=read_capacity(forms),
        nonstop=any(form.get("nepretrzitePoskytovani") is True for form in forms),
        places=places,
        contacts=[
            (kind, value[:255], note[:120])
            for kind in CONTACT_KEYS
            for value, note in contacts(item, kind)
        ],
    )


def read_place(facility):
    """A facility as a place; a secret address keeps only its name and municipality (not even
    its RÚIAN code, which would give the address away)."""
    address = as_dict(facility.get("adresa"))
    name = str(facility.get("nazev") or "").strip()[:255]
    municipality = label(address.get("obec")) or MUNICIPALITY_NAMES.get(
        code(address.get("obec")).rsplit("/", 1)[-1], ""
    )
    if facility.get("utajenaAdresa") is True:
        return PlaceRecord(name=name or "Místo s utajenou adresou", secret=True, city=municipality)
    return PlaceRecord(
        name=name or _street(address),
        secret=False,
        street=_street(address)[:255],
        postcode=_postcode(address.get("psc")),
        city=municipality[:120],
        district_name=label(address.get("mestskyObvodMestskaCast")),
        ruian_code=_ruian_code(address.get("kodAdresnihoMista")),
    )


def read_capacity(forms):
    """The registered capacity in words, e.g. '24 lůžek, 8 klientů'."""
    parts = []
    for form in forms:
        for capacity in as_list(form.get("kapacity")):
            capacity = as_dict(capacity)
            count = capacity.get("pocet")
            if not isinstance(count, int) or isinstance(count, bool) or count < 0:
                continue
            kind = code(capacity.get("typ")).rsplit("/", 1)[-1]
            one, few, many = CAPACITY_UNITS.get(kind, ("", "", ""))
            unit = one if count == 1 else few if 2 <= count <= 4 else many
            parts.append(f"{count} {unit}".strip())
    text = ", ".join(dict.fromkeys(parts))
    return text if len(text) <= 120 else text[:119] + "…"


def contacts(owner, kind):
    """(value, note) pairs of one kind: each entry is {value|telefon|email|web, poznamka}."""
    pairs = []
    for entry in as_list(owner.get(CONTACT_KEYS[kind])):
        entry = as_dict(entry)
        value = entry.get("value", entry.get(kind))
        if isinstance(value, str | int) and str(value).strip():
            note = entry.get("poznamka")
            pairs.append((str(value).strip(), note.strip() if isinstance(note, str) else ""))
    return pairs


def _codes(references):
    return list(dict.fromkeys(value for value in map(code, references) if value))


def _first_valid(pairs, validator):
    for value, _note in pairs:
        if validator.__class__ is URLValidator and "://" not in value:
            value = f"https://{value}"
        try:
            validator(value)
        except ValidationError:
            continue
        return value[:200]
    return ""


def _street(address):
    street = label(as_dict(address.get("ulice")) or address.get("ulice"))
    number = "/".join(
        str(part)
        for part in (address.get("cisloDomovni"), address.get("cisloOrientacni"))
        if part not in (None, "")
    )
    return " ".join(part for part in (street, number) if part)


def _ruian_code(value):
    """The address point's code as digits (it comes as a number or a string), or ''."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return ""
    text = str(value).strip()
    return text if text.isdigit() and len(text) <= 12 else ""


def _postcode(value):
    digits = "".join(ch for ch in str(value or "") if ch.isdigit())
    return f"{digits[:3]} {digits[3:]}" if len(digits) == 5 else ""
