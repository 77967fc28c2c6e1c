"""Ostrava's places by name: city districts, parts of town, housing estates, postcodes and major
streets, each with approximate coordinates and its district (``catalogue/data/gazetteer.tsv``).

    >>> resolve("ostrava-zabreh")
    Location(name='Zábřeh', kind='část obce', ...)
    >>> [place.name for place in suggest("Zabreh nad odrou")]

Names are compared without accents, case, punctuation and a leading "Ostrava"; postcodes with
or without the space ("70030", "700 30"); a street with its house number ("Horní 1234/5").
"""

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz, process

DATA = Path(__file__).parent / "data" / "gazetteer.tsv"
CITY_WORDS = ("ostrava", "mesto ostrava", "statutarni mesto ostrava")
MAX_TEXT_LENGTH = 100
SUGGESTION_CUTOFF = 70


@dataclass(frozen=True)
class Location:
    """A named place of Ostrava: ``kind`` is "obvod", "část obce", "sídliště", "PSČ" or
    "ulice"; ``district`` is the name of the city district it lies in."""

    name: str
    kind: str
    latitude: float
    longitude: float
    district: str

    @property
    def label(self):
        """How the place is shown: "Zábřeh (Ostrava-Jih)", "PSČ 700 30 (Ostrava-Jih)"."""
        name = f"PSČ {self.name}" if self.kind == "PSČ" else self.name
        return name if self.district == self.name else f"{name} ({self.district})"


def normalise(text):
    """Lower case ASCII words: "Ostrava-Mariánské Hory" -> "ostrava marianske hory"."""
    words = re.sub(r"[^a-z0-9]+", " ", anyascii(text[:MAX_TEXT_LENGTH]).lower()).split()
    return " ".join(words)


def _keys(text):
    """The keys a name or a typed text is looked up by: as it is, and without "Ostrava"."""
    key = re.sub(r"^(ul|ulice) | ulice$", "", normalise(text))
    keys = [key]
    for city in CITY_WORDS:
        if key.startswith(city + " "):
            keys.append(key[len(city) + 1 :])
        if key.endswith(" " + city):
            keys.append(key[: -len(city) - 1])
    postcode = key.replace(" ", "")
    if len(postcode) == 5 and postcode.isdigit():
        keys.append(f"{postcode[:3]} {postcode[3:]}")
    return keys


@cache
def _index():
    """{key: Location} of every name and alias (the first place of a key wins), and the list
    of every place."""
    places, by_key = [], {}
    with DATA.open(encoding="utf-8") as file:
        rows = csv.reader((line for line in file if not line.startswith("#")), delimiter="\t")
        for name, kind, latitude, longitude, district, aliases in rows:
            place = Location(name, kind, float(latitude), float(longitude), district)
            places.append(place)
            for alias in [name, *filter(None, aliases.split(","))]:
                for key in _keys(alias):
                    by_key.setdefault(key, place)
    return by_key, places


def places():
    """Every place of the gazetteer, in the file's order."""
    return list(_index()[1])


def resolve(text):
    """The place ``text`` names, or None."""
    by_key = _index()[0]
    candidates = [text, text.split(",")[0]]
    for candidate in candidates:
        for key in _keys(candidate):
            if key in by_key:
                return by_key[key]
            without_number = re.sub(r"( \d+[a-z]?)+$", "", key)  # "horni 1234 5" -> "horni"
            if without_number != key and without_number in by_key:
                return by_key[without_number]
    return None


def suggest(text, limit=5):
    """Up to ``limit`` places whose names look like ``text``, best first (typos allowed)."""
    by_key = _index()[0]
    key = normalise(text)
    if not key:
        return []
    postcode = key.replace(" ", "").isdigit()  # postcodes are suggested for digits only
    choices = [name for name, place in by_key.items() if (place.kind == "PSČ") == postcode]
    found = []
    for query in dict.fromkeys(_keys(text)):
        found += process.extract(
            query, choices, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=SUGGESTION_CUTOFF
        )
    found.sort(key=lambda match: -match[1])
    return list(dict.fromkeys(by_key[match[0]] for match in found))[:limit]
