"""Which edition of the catalogue the filters make: its name on the cover ("Vydání pro obvod
Poruba") and in the PDF's file name."""

from django.utils.text import slugify

BASE_FILENAME = "katalog-socialnich-sluzeb"
MAX_FILENAME_PARTS = 4

# Per filter (URL parameter): how the cover names one chosen term and several (accusative).
PHRASES = {
    "obvod": ("obvod", "obvody"),
    "oblast": ("oblast", "oblasti"),
    "skupina": ("cílovou skupinu", "cílové skupiny"),
    "situace": ("životní situaci", "životní situace"),
    "druh": ("druh služby", "druhy služeb"),
    "forma": ("formu", "formy"),
}


def join_czech(items):
    """'a', 'a a b', 'a, b a c'."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " a " + items[-1]


def edition_title(query):
    """'Vydání pro obvod Poruba a cílovou skupinu senioři'; 'Úplné vydání' without filters."""
    parts = []
    for param, (one, several) in PHRASES.items():
        names = [term.name for term in query.selected.get(param, [])]
        if names:
            noun = one if len(names) == 1 else several
            parts.append(f"{noun} {join_czech(names)}")
    if query.text:
        parts.append(f"hledaný text „{query.text}“")
    if not parts:
        return "Úplné vydání"
    return "Vydání pro " + join_czech(parts)


def edition_filename(query):
    """'katalog-socialnich-sluzeb-poruba.pdf': the chosen terms' slugs, a few at most."""
    slugs = [term.slug for param in PHRASES for term in query.selected.get(param, [])]
    if query.text:
        slugs.append(slugify(query.text)[:30])
    parts = [BASE_FILENAME, *[slug for slug in slugs if slug][:MAX_FILENAME_PARTS]]
    return "-".join(parts) + ".pdf"
