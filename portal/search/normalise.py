"""What people type and what pages say, reduced to the same comparable form.

One pipeline for the whole portal (catalogue, site search, suggestions, document library, the
HSDS API, promotions), on the index side (``index_stems``) and the query side alike:

1. fold: lower case, diacritics removed (anyascii), split into words;
2. drop stop words and the fillers people put around what they need;
3. stem every word with a light Czech stemmer (after Dolamic & Savoy, "Indexing and stemming
   approaches for the Czech language", 2009): case endings, then possessive endings, then
   the palatalised consonant is put back ("domácí" -> "domak", "seniorům" -> "senior").

The stemmer works on folded words, so "seniorum" and "seniorům" give the same stem: citizens
type without diacritics at least as often as with them. PyStemmer's Czech Snowball stemmer needs
the diacritics ("seniorům" -> "senior", "seniorum" -> "seniorum"), so it was not adopted; it has
not been measured on tests/search/relevance.yaml.
"""

import re

from anyascii import anyascii

MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 8

_WORD = re.compile(r"[a-z0-9]+")
# Words that carry no meaning for a search: function words and the fillers people put around
# what they need ("chci", "mám", "kde", "nevím", "prosím", "potřebuji"), folded.
STOP_WORDS = frozenset(
    """a aby abych ale ani asi az by bych co cokoli do dal i jak jake jaky jako je jeho jeji
    jejich jen jeste k kam kde kdo kdy ke ktera ktere kteri ktery mi me mne mu na nad nebo
    nejak nejaky nejakou neco nekdo o od po pod pro pri s se si u uz v ve z za ze ci to ten
    ta tak take taky tam tady ted jsem jsi jsme jste jsou byt byl byla bylo mam mas ma mame
    mate maji nemam nemame nema nevim nevime nevi nemuzu nemuze nezvladam potrebuji potrebuju
    potrebujeme potrebuje hledam hledame chci chceme chtel chtela bych prosim dobry den
    muj moje moji mojeho nas nase nasi vas vase svuj svoje sve porad hodne moc velmi uplne
    furt stale jiz nic zazivam prozivam""".split()
)

# Case endings (folded), longest first, grouped by the shortest word they may be cut from.
# A palatalising ending keeps its first vowel so that _palatalise can look at it.
_CASE_ENDINGS = [
    (7, ["atech"], False),
    (6, ["etem"], True),
    (6, ["atum"], False),
    (5, ["ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu"], True),
    (5, ["ach", "ata", "aty", "ych", "ama", "ami", "ove", "ovi", "ymi"], False),
    (4, ["em", "es", "im"], True),
    (4, ["um", "at", "am", "os", "us", "ym", "mi", "ou"], False),
    (3, ["e", "i"], True),
    (3, ["u", "y", "a", "o"], False),
]
_PALATALS = [("ct", "ck"), ("st", "sk"), ("c", "k"), ("z", "h")]


def fold(text):
    """Lower-case ASCII words of ``text``: 'Azylový DŮM' -> ['azylovy', 'dum']."""
    return _WORD.findall(anyascii(text or "").lower())


def _palatalise(word):
    """Undo the softening before a front vowel: 'domaci' -> 'domak'; else drop the vowel."""
    body = word[:-1]
    for soft, hard in _PALATALS:
        if body.endswith(soft):
            return body[: -len(soft)] + hard
    return body


def _remove_case(word):
    for min_length, endings, palatalising in _CASE_ENDINGS:
        if len(word) <= min_length:
            continue
        for ending in endings:
            if word.endswith(ending):
                if palatalising:
                    return _palatalise(word[: len(word) - len(ending) + 1])
                return word[: -len(ending)]
    return word


def _remove_possessive(word):
    if len(word) > 5 and word.endswith("ov"):
        return word[:-2]
    if len(word) > 5 and word.endswith("in"):
        return _palatalise(word[:-1])
    return word


def stem(word):
    """The light stem of one folded word: 'domovy', 'domovu', 'domov' -> 'domov'."""
    if word.isdigit() or len(word) < 4:
        return word
    return _remove_possessive(_remove_case(word))


def stems(text, keep_stop_words=False):
    """Stems of the words of ``text`` in order, without stop words (unless asked to keep them)."""
    return [stem(word) for word in fold(text) if keep_stop_words or word not in STOP_WORDS]


def normalised_query(text):
    """The canonical form of a query, used for logging and search promotions."""
    return " ".join(fold((text or "")[:MAX_QUERY_LENGTH]))


def query_stems(text):
    """Distinct stems of a query, bounded: what the site search looks for."""
    distinct = dict.fromkeys(stems((text or "")[:MAX_QUERY_LENGTH]))
    return list(distinct)[:MAX_QUERY_TERMS]


def index_stems(text):
    """The stems ``text`` is indexed by, stop words left out; a word with 'ů' also by its form
    with 'o' ('dům' -> 'dum dom'), so that 'domy' meets 'dům'."""
    indexed = []
    for original in re.findall(r"\w+", (text or "").lower()):
        for folded in fold(original):
            if folded not in STOP_WORDS:
                indexed.append(stem(folded))
        if "ů" in original:
            indexed.extend(stem(folded) for folded in fold(original.replace("ů", "o")))
    return " ".join(indexed)


_LAST_U = re.compile(r"(?<=[^aeiouy])u(?=[^aeiouy]{1,2}$)")


def vowel_alternation(word_stem):
    """The stem with the 'ů' of a short root as 'o' ('dum' -> 'dom'), or None."""
    alternated = _LAST_U.sub("o", word_stem, count=1)
    return alternated if alternated != word_stem else None
