"""A query as the engine sees it: the stems of the words typed and what the lexicon adds.

The lexicon is the coordinators' list of (what people type, what the portal calls it) pairs
(``SearchSynonym``). An entry applies when every word of its phrase occurs in the query, in any
order and form ("bere drogy", "syn bere drogy", "drogy bere"), one of them a word that is not a
stop word; its meaning is then searched for too. Words that only say who needs help ("máma",
"syn") are marked so and need not match. How the engine uses the groups of terms: see
``portal.search.query.answer``.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from portal.search.normalise import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_TERMS,
    query_stems,
    stems,
    vowel_alternation,
)

MAX_EXPANSIONS = 24
# Words of the lexicon's meanings too common in the catalogue to answer a query on their own.
GENERIC_MEANING_WORDS = frozenset(
    stems("osoby osob bez služby služba sociální centra centrum péče pomoc denní", True)
)
PREFIX_FROM = 5  # a typed stem this long also matches longer words it begins ('pecovatel')


@dataclass(frozen=True)
class Term:
    """One stem to look for; ``prefix``: also words beginning with it."""

    stem: str
    prefix: bool = False


@lru_cache(maxsize=8192)
def phrase_stems(phrase):
    """The stems of a lexicon phrase (stop words kept: 'nemám kde spát')."""
    return frozenset(stems(phrase, keep_stop_words=True))


@lru_cache(maxsize=8192)
def _meaning_stems(meaning):
    return tuple(s for s in dict.fromkeys(stems(meaning)) if s not in GENERIC_MEANING_WORDS)


@dataclass
class Analysis:
    """What was typed (``typed``: distinct stems, bounded) and what the lexicon adds.

    ``groups`` has, per typed stem, the terms that answer it: the stem itself (and its vowel
    variant) and the meanings of the lexicon phrases it is part of. An entry matches the whole
    query when it matches a term of every group.
    """

    text: str = ""
    typed: list = field(default_factory=list)
    expansions: list = field(default_factory=list)
    matched: list = field(default_factory=list)  # the lexicon's (phrase, meaning) pairs
    meanings: dict = field(default_factory=dict)  # typed stem -> stems its phrases add
    optional: set = field(default_factory=set)  # typed stems that only say who needs help
    prefix_from: int = PREFIX_FROM  # typed stems this long also match words they begin

    @property
    def empty(self):
        return not self.typed and not self.expansions

    def typed_terms(self):
        """The terms of the words typed, without what the lexicon adds."""
        return [term for word_stem in self.typed for term in self._typed_terms(word_stem)]

    def _typed_terms(self, word_stem):
        terms = [Term(word_stem, prefix=len(word_stem) >= self.prefix_from)]
        alternated = vowel_alternation(word_stem)
        if alternated:
            terms.append(Term(alternated))
        return terms

    @property
    def groups(self):
        return [
            list(
                {
                    term.stem: term
                    for term in self._typed_terms(word_stem)
                    + [Term(meaning) for meaning in self.meanings.get(word_stem, ())]
                }.values()
            )
            for word_stem in self.typed
            if word_stem not in self.optional
        ]

    def terms(self):
        """Every term to search for: the typed stems (and variants), then the expansions."""
        found = {}
        for word_stem in self.typed:
            for term in self._typed_terms(word_stem):
                found.setdefault(term.stem, term)
        for word_stem in self.expansions:
            found.setdefault(word_stem, Term(word_stem))
        return list(found.values())


@dataclass(frozen=True)
class LexiconEntry:
    phrase: str
    meaning: str
    refines_only: bool
    words: frozenset  # the phrase's stems, stop words kept
    meaning_stems: tuple  # what it adds, generic words left out


class Lexicon:
    """The lexicon ready for matching: each entry's stems worked out once, and the entries
    listed by each stem of their phrase, so that a query looks only at the entries that share
    a word with it. Iterating gives the (phrase, meaning, refines only) rows it was made of."""

    def __init__(self, rows=()):
        self.entries = [
            LexiconEntry(
                phrase,
                meaning,
                bool(refines_only),
                phrase_stems(phrase),
                _meaning_stems(meaning),
            )
            for phrase, meaning, refines_only in rows
        ]
        self._by_stem = {}
        self._derived = {}
        for position, entry in enumerate(self.entries):
            for word_stem in entry.words:
                self._by_stem.setdefault(word_stem, []).append(position)

    def __iter__(self):
        return ((e.phrase, e.meaning, e.refines_only) for e in self.entries)

    def __len__(self):
        return len(self.entries)

    def derived(self, name, make):
        """``make(self)``, worked out once per lexicon (e.g. its words for typo correction)."""
        if name not in self._derived:
            self._derived[name] = make(self)
        return self._derived[name]

    def sharing(self, word_stems):
        """The entries whose phrase has one of ``word_stems``, in the lexicon's order."""
        positions = {p for word_stem in word_stems for p in self._by_stem.get(word_stem, ())}
        return [self.entries[position] for position in sorted(positions)]


def _close(words, sequence):
    """True when ``words`` occur together in ``sequence``, at most one other word among them
    ("bere drogy", "drogy bere", "bere tvrdé drogy"; not "bydlení pro ženy bez přístřeší")."""
    if len(words) == 1:
        return True
    span = len(words) + 1
    return any(words <= set(sequence[start : start + span]) for start in range(len(sequence)))


def analyse(text, lexicon=()):
    """The ``Analysis`` of ``text`` with the ``lexicon`` (a ``Lexicon`` or its rows: phrase,
    meaning, refines only)."""
    if not isinstance(lexicon, Lexicon):
        lexicon = Lexicon(lexicon)
    text = " ".join((text or "")[:MAX_QUERY_LENGTH].split())
    typed = query_stems(text)
    analysis = Analysis(text=text, typed=typed)
    sequence = stems(text, keep_stop_words=True)[: MAX_QUERY_TERMS * 4]
    present = set(sequence)
    typed_set = set(typed)
    for entry in lexicon.sharing(typed_set):
        words = entry.words
        if not words <= present or not _close(words, sequence):
            continue
        analysis.matched.append((entry.phrase, entry.meaning))
        if entry.refines_only:
            analysis.optional.update(words & typed_set)
        added = [s for s in entry.meaning_stems if s not in typed]
        for word_stem in added:
            if word_stem not in analysis.expansions and len(analysis.expansions) < MAX_EXPANSIONS:
                analysis.expansions.append(word_stem)
        for word_stem in words & typed_set:
            known = analysis.meanings.setdefault(word_stem, [])
            known.extend(s for s in added if s not in known and s in analysis.expansions)
    return analysis
