"""A synthetic registry file (the layout of the national ``rpss.json``) of any size.

Deterministic for a given seed; written item by item, so generating it takes little memory.
All services lie in Ostrava (municipality 554821), three per provider, with valid IČOs, one
facility each (every twentieth with a secret address) and a statutory body with invented names.
"""

import json
import random

from stdnum.cz import dic

TYPE_CODES = [1, 3, 4, 8, 9, 10, 13, 14, 15, 18, 23, 28, 29, 30, 32, 33]
GROUP_CODES = [24, 26, 27, 30]
FORMS = ["pob", "amb", "ter"]
DISTRICTS = ["Poruba", "Ostrava-Jih", "Vítkovice", "Moravská Ostrava a Přívoz", "Slezská Ostrava"]
STREETS = ["Dělnická", "Horní", "Ruská", "Zengrova", "Nádražní", "Na Stráni", "Hlavní třída"]
WORDS = ["Lípa", "Most", "Slunce", "Horizont", "Kotva", "Pramen", "Vlna", "Jistota"]


def valid_ico(number):
    """The ``number``-th valid IČO of a fixed series (seven digits + the check digit)."""
    base = f"{3_000_000 + number:07d}"
    return next(base + str(digit) for digit in range(10) if dic.is_valid(base + str(digit)))


def item(number, rng):
    provider = number // 3
    form = rng.choice(FORMS)
    return {
        "portalId": number,
        "id": 10 * number,
        "identifikator": f"{5_000_000 + number}",
        "datumPoskytovaniOd": "2010-01-01",
        "datumPoskytovaniDo": None,
        "druhSocialniSluzby": {"id": f"DruhSocialniSluzby/{rng.choice(TYPE_CODES)}"},
        "zarizeni": [
            {
                "nazev": f"{rng.choice(WORDS)} {number}",
                "poskytujeOd": "2010-01-01",
                "poskytujeDo": None,
                "utajenaAdresa": number % 20 == 0,
                "adresa": {
                    "kodAdresnihoMista": 10_000_000 + number,
                    "ulice": {"nazev": rng.choice(STREETS)},
                    "cisloDomovni": 100 + number % 900,
                    "cisloOrientacni": str(1 + number % 60),
                    "psc": "70200",
                    "obec": {"id": "Obec/554821"},
                    "kraj": {"id": "Kraj/132"},
                    "mestskyObvodMestskaCast": {"nazev": {"cs": rng.choice(DISTRICTS)}},
                },
            }
        ],
        "poskytovatel": {
            "ico": valid_ico(provider),
            "nazev": f"Spolek {WORDS[provider % len(WORDS)]} {provider}, z. s.",
            "emaily": [{"email": f"info{provider}@example.org", "poznamka": None}],
            "statutarniOrgany": [{"jmeno": "Jana", "prijmeni": f"Vzorová{provider}"}],
        },
        "telefony": [{"telefon": f"+420 599 {number:06d}", "poznamka": None}],
        "emaily": [],
        "weby": [],
        "ciloveSkupiny": [
            {"cilovaSkupina": {"id": f"CilovaSkupinaOsoby/{rng.choice(GROUP_CODES)}"}}
        ],
        "vekoveSkupiny": [],
        "formy": [
            {
                "forma": {"id": f"FormaSocialniSluzby/{form}"},
                "nepretrzitePoskytovani": form == "pob",
                "kapacity": [
                    {
                        "pocet": rng.randint(1, 120),
                        "popis": None,
                        "typ": {"id": "TypKapacitySocialniSluzby/klient"},
                    }
                ],
            }
        ],
        "doplnkoveUdaje": [],
    }


def write_registry_file(path, services, seed=1):
    """Write ``services`` items to ``path`` as ``{"polozky": [...]}``."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"polozky": [\n')
        for number in range(services):
            if number:
                out.write(",\n")
            out.write(json.dumps(item(number, rng), ensure_ascii=False))
        out.write("\n]}\n")
