"""'Did you mean': the query with each unknown word replaced by a close indexed word.

The vocabulary is the words of the search entries' titles and of the coordinators' synonyms
(``SearchTerm``: folded word, its most common written form, in how many titles it occurs). It is
rebuilt with the entries and grows as pages are published. A word of the query that is not in it
is replaced by the vocabulary word within Damerau-Levenshtein distance 2 (1 for short words) that
begins with the same letter, the closest and then the most frequent one. One SQL query reads at
most ``MAX_CANDIDATES`` candidate words, so time and memory are bounded whatever the index size.
"""

import re
from collections import Counter, defaultdict

from rapidfuzz.distance import OSA

from portal.models.search import SearchEntry, SearchTerm
from portal.search.normalise import MAX_QUERY_LENGTH, MAX_QUERY_TERMS, STOP_WORDS, fold

MAX_CANDIDATES = 3000
MIN_WORD = 3
MAX_WORD = 60
_WRITTEN_WORD = re.compile(r"[^\W\d_]+")


def written_words(text):
    """(folded, as written in lower case) for each word of ``text`` worth suggesting."""
    for written in _WRITTEN_WORD.findall((text or "").lower()):
        folded = "".join(fold(written))
        if MIN_WORD <= len(folded) <= MAX_WORD and folded not in STOP_WORDS:
            yield folded, written[:MAX_WORD]


def rebuild_vocabulary(synonyms=()):
    """Recount the words of every entry title (and of ``synonyms`` pairs) from scratch."""
    frequency = Counter()
    forms = defaultdict(Counter)
    texts = list(SearchEntry.objects.values_list("title", flat=True))
    texts += [f"{phrase} {meaning}" for phrase, meaning in synonyms]
    for text in texts:
        for folded, written in set(written_words(text)):
            frequency[folded] += 1
            forms[folded][written] += 1
    SearchTerm.objects.all().delete()
    SearchTerm.objects.bulk_create(
        [
            SearchTerm(
                word=word,
                display=forms[word].most_common(1)[0][0],
                length=len(word),
                frequency=count,
            )
            for word, count in frequency.items()
        ],
        batch_size=1000,
    )


def add_words(text):
    """Add the words of ``text`` the vocabulary does not know yet (counted once)."""
    words = dict(written_words(text))
    if not words:
        return
    known = set(SearchTerm.objects.filter(word__in=words).values_list("word", flat=True))
    SearchTerm.objects.bulk_create(
        [
            SearchTerm(word=word, display=written, length=len(word))
            for word, written in words.items()
            if word not in known
        ],
        ignore_conflicts=True,
    )


def _max_distance(word):
    return 1 if len(word) <= 4 else 2


def _candidates(words):
    """{folded word: (written form, frequency)} of vocabulary words that could replace ``words``."""
    from django.db.models import Q

    condition = Q()
    for word in words:
        distance = _max_distance(word)
        condition |= Q(
            word__startswith=word[0], length__range=(len(word) - distance, len(word) + distance)
        )
    rows = (
        SearchTerm.objects.filter(condition)
        .order_by("-frequency", "word")
        .values_list("word", "display", "frequency")[:MAX_CANDIDATES]
    )
    return {word: (display, frequency) for word, display, frequency in rows}


def synonym_vocabulary(synonyms):
    """{folded word: (written form, 1)} of the words of the lexicon's (phrase, meaning) pairs."""
    vocabulary = {}
    for phrase, meaning in synonyms:
        for folded, written in written_words(f"{phrase} {meaning}"):
            vocabulary.setdefault(folded, (written, 1))
    return vocabulary


def correction(text, synonyms=()):
    """The query with its misspelled words corrected, or None when nothing needs correcting.

    ``synonyms``: the lexicon's (phrase, meaning) pairs, or their ``synonym_vocabulary``."""
    typed = [(folded, written) for folded, written in written_words(text[:MAX_QUERY_LENGTH])]
    typed = typed[:MAX_QUERY_TERMS]
    if not typed:
        return None
    vocabulary = _candidates({folded for folded, _ in typed})
    known = synonyms if isinstance(synonyms, dict) else synonym_vocabulary(synonyms)
    for folded, found in known.items():
        vocabulary.setdefault(folded, found)
    corrected, changed = [], False
    for folded, written in typed:
        if folded in vocabulary:
            corrected.append(written)
            continue
        limit = _max_distance(folded)
        best = None
        for word, (display, frequency) in vocabulary.items():
            if word[0] != folded[0] or abs(len(word) - len(folded)) > limit:
                continue
            distance = OSA.distance(folded, word, score_cutoff=limit)
            if distance <= limit and (best is None or (distance, -frequency) < best[:2]):
                best = (distance, -frequency, display)
        if best is None:
            corrected.append(written)
        else:
            corrected.append(best[2])
            changed = True
    return " ".join(corrected) if changed else None
