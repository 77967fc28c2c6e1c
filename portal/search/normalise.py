"""What people type and what pages say, reduced to the same comparable form.

One pipeline for the whole portal (catalogue, site search, suggestions, promotions):

1. fold: lower case, diacritics removed (anyascii), split into words;
2. drop stop words;
3. stem every word with a light Czech stemmer (after Dolamic & Savoy, "Indexing and stemming
   approaches for the Czech language", 2009): case endings, then possessive endings, then
   the palatalised consonant is put back ("domácí" -> "domak", "seniorům" -> "senior").

The stemmer works on folded words, so "seniorum" and "seniorům" give the same stem: citizens
type without diacritics at least as often as with them. Stemming before folding (or PyStemmer's
Czech Snowball stemmer) has not been measured against tests/search/relevance.yaml yet.
"""

import re

from anyascii import anyascii

MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 8

_WORD = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset(
    """a aby ale ani by co do i jak jako je jen k kde ke ktera ktere kteri ktery mi na nad
    nebo o od pod pro pri s se si u v ve z za ze ci to ten ta tak uz jsem jsme jsou byt
    mam mame potrebuji hledam chci muj moje nas nase""".split()
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


def expand(terms, synonyms):
    """``terms`` plus the stems of the meaning of every phrase whose stems all occur in ``terms``.

    ``synonyms`` is an iterable of (phrase people type, what the portal calls it) pairs.
    """
    expanded = list(terms)
    present = set(terms)
    for phrase, meaning in synonyms:
        phrase_stems = stems(phrase)
        if phrase_stems and set(phrase_stems) <= present:
            expanded.extend(s for s in stems(meaning) if s not in expanded)
    return expanded


# --- The catalogue's prefix search over a stored folded text (see catalogue.search.query) ---

_LAST_U = re.compile(r"(?<=[^aeiouy])u(?=[^aeiouy]{1,2}$)")


def index_text(*parts):
    """Folded words and their stems, each preceded by a space; 'ů' words also with 'o'."""
    words = []
    for part in parts:
        for original in re.findall(r"\w+", (part or "").lower()):
            for folded in fold(original):
                variants = [folded, stem(folded)]
                if "ů" in original:
                    variants += [v.replace("u", "o") for v in variants]
                words.extend(dict.fromkeys(variants))
    return " " + " ".join(words) + " "


def _prefix_terms(stem_list):
    terms = []
    for stemmed in stem_list:
        variants = [stemmed]
        alternated = _LAST_U.sub("o", stemmed, count=1)
        if alternated != stemmed:
            variants.append(alternated)
        if variants not in terms:
            terms.append(variants)
    return terms


def query_terms(text):
    """The query as alternatives per word, each the beginning of an indexed word.

    'azylovy dum' -> [['azyl'], ['dum', 'dom']]
    """
    return _prefix_terms(query_stems(text))


MAX_ALTERNATIVES = 5


def query_alternatives(text, synonyms):
    """The query as ``query_terms`` lists, any of which may match: the query itself and, for
    every synonym phrase whose stems all occur in it, the query with the phrase replaced by
    what the portal calls it. 'exekuce' -> [[['exekuc']], [['dluh'], ['poraden']]]

    ``synonyms`` is an iterable of (phrase people type, what the portal calls it) pairs.
    """
    typed = query_stems(text)
    alternatives = [_prefix_terms(typed)] if typed else []
    for phrase, meaning in synonyms:
        if len(alternatives) >= MAX_ALTERNATIVES:
            break
        phrase_stems = stems(phrase)
        if not typed or not phrase_stems or not set(phrase_stems) <= set(typed):
            continue
        replaced = [s for s in typed if s not in phrase_stems] + stems(meaning)
        terms = _prefix_terms(list(dict.fromkeys(replaced))[:MAX_QUERY_TERMS])
        if terms and terms not in alternatives:
            alternatives.append(terms)
    return alternatives
