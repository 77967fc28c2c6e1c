"""Czech alphabetical order for the printed index: č after c, ch after h, ř after r, š after s,
ž after z; other accents (á, ď, é, ě, í, ň, ó, ť, ú, ů, ý) only break ties."""

from anyascii import anyascii

# After the plain letter and before the next one ("~" sorts after every ASCII letter).
OWN_LETTERS = {"č": "c~", "ř": "r~", "š": "s~", "ž": "z~"}
OWN_INITIALS = {"č": "Č", "ř": "Ř", "š": "Š", "ž": "Ž"}


def czech_key(text):
    """Sort key putting ``text`` in Czech dictionary order (case and accents break ties)."""
    lower = text.lower()
    primary = lower.replace("ch", "h~")
    primary = "".join(OWN_LETTERS.get(letter, letter) for letter in primary)
    return anyascii(primary), lower, text


def initial(text):
    """The letter an index groups ``text`` under: 'Ch' for 'Charita', 'Č', 'A' for 'Á'."""
    lower = text.strip().lower()
    if not lower:
        return ""
    if lower.startswith("ch"):
        return "Ch"
    first = lower[0]
    if first in OWN_INITIALS:
        return OWN_INITIALS[first]
    letter = anyascii(first).upper()[:1]
    return letter if letter.isalpha() else "#"
