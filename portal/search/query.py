"""What every search box shares: the lexicon, typo correction, matching life situations,
crisis lines and the coordinating office's contact, and the site search at /hledat/."""

from dataclasses import dataclass, field, replace
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import F
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from portal.models import HelpLine, SearchEntry, SearchQueryLog, SearchSynonym
from portal.search.analysis import Lexicon, analyse, phrase_stems
from portal.search.cached import cached
from portal.search.engine import SearchRequest, SearchResult, search
from portal.search.normalise import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_TERMS,
    fold,
    normalised_query,
    stem,
    stems,
)
from portal.search.spelling import correction, synonym_vocabulary

PAGE_SIZE = 10
SNIPPET_WORDS = 30
SUGGESTION_LIMIT = 8
SITUATION_LIMIT = 2
SUGGESTED_KINDS = (SearchEntry.Kind.SERVICE, SearchEntry.Kind.PROVIDER)
SITUATION_KIND = SearchEntry.Kind.SITUATION
RESULT_KINDS = tuple(kind for kind in SearchEntry.Kind.values if kind != SITUATION_KIND)


def lexicon():
    """The coordinators' lexicon (a ``Lexicon``: rows of phrase, meaning, refines only)."""
    return cached(
        "lexicon",
        lambda: Lexicon(SearchSynonym.objects.values_list("phrase", "meaning", "refines_only")),
    )


@dataclass
class Answer:
    """A text search: the analysis searched for, its result, and how it relates to the text
    typed (``typed``: the text as typed when it was corrected; ``partial``: the results match
    some of the query's words, none matches all of them)."""

    analysis: object
    result: SearchResult
    typed: str = ""
    partial: bool = False

    def correction(self, exact_url):
        """The correction applied, with ``exact_url`` searching exactly what was typed."""
        if not self.typed:
            return None
        return {"text": self.analysis.text, "typed": self.typed, "exact_url": exact_url}


def _spelling_words(words):
    """The lexicon's words for typo correction, worked out once per (cached) lexicon."""
    if not isinstance(words, Lexicon):
        words = Lexicon(words)
    return words.derived(
        "spelling", lambda lex: synonym_vocabulary((e.phrase, e.meaning) for e in lex.entries)
    )


def answer(text, make_request, words=None, exact=False):
    """Search ``text`` with ``make_request(analysis)`` (a ``SearchRequest``).

    First for entries matching every word of the query (or what the lexicon says it means);
    if there are none, for the query with its misspelled words corrected (unless ``exact``);
    if still none, for entries matching any of its words (a partial answer).
    """
    words = lexicon() if words is None else words
    analysis = analyse(text, words)

    def run(searched, match_all):
        return search(replace(make_request(searched), match_all=match_all))

    found = run(analysis, True)
    if found.total or analysis.empty:
        return Answer(analysis, found)
    corrected = None if exact else correction(analysis.text, _spelling_words(words))
    fixed = None
    if corrected and normalised_query(corrected) != normalised_query(analysis.text):
        fixed = analyse(corrected, words)
        found = run(fixed, True)
        if found.total:
            return Answer(fixed, found, typed=analysis.text)
    found = run(analysis, False)
    if not found.total and fixed is not None:
        found = run(fixed, False)
        if found.total:
            return Answer(fixed, found, typed=analysis.text, partial=True)
    return Answer(analysis, found, partial=bool(found.total))


def matching_situations(analysis, limit=SITUATION_LIMIT):
    """The life situations that best fit the query, as {label, url}, best first."""
    if analysis is None or analysis.empty:
        return []
    found = search(SearchRequest(analysis=analysis, kinds=(SITUATION_KIND,), limit=limit))
    return [{"label": e.title, "url": e.url, "text": e.text} for e in found.entries]


def all_situations(limit=30):
    found = search(SearchRequest(kinds=(SITUATION_KIND,), order="title", limit=limit))
    return [{"label": entry.title, "url": entry.url} for entry in found.entries]


def help_lines(analysis=None, texts=()):
    """The crisis lines whose phrases the query (with what the lexicon adds) or one of the
    ``texts`` (e.g. the chosen life situations) contain, in their order."""
    present = []
    if analysis is not None:
        present.append(set(stems(analysis.text, keep_stop_words=True)) | set(analysis.expansions))
    present += [set(stems(text, keep_stop_words=True)) for text in texts]
    present = [words for words in present if words]
    if not present:
        return []
    return [
        line
        for line in cached("help-lines", lambda: list(HelpLine.objects.all()))
        if any(
            phrase_stems(phrase) and phrase_stems(phrase) <= words
            for phrase in line.phrase_list()
            for words in present
        )
    ]


def office_contact(request):
    """The coordinating office's name, e-mail and phone from the site settings."""
    from portal.models import SiteSettings

    settings = SiteSettings.for_request(request)
    return {
        "name": settings.organisation_name,
        "email": settings.email,
        "phone": settings.phone,
        "tel": "".join(c for c in settings.phone if c.isdigit() or c == "+"),
    }


def highlight(text, terms, size=SNIPPET_WORDS):
    """An escaped window of ``text`` around the first matching word, matches in <mark>."""
    words = text.split()
    if not words:
        return ""
    starts = tuple(terms) or ("\0",)

    def matches(word):
        folded = fold(word)
        return bool(folded) and any(stem(part).startswith(starts) for part in folded)

    first = next((i for i, word in enumerate(words) if matches(word)), 0)
    start = max(0, first - size // 3)
    window = words[start : start + size]
    shown = [
        f"<mark>{conditional_escape(word)}</mark>" if matches(word) else conditional_escape(word)
        for word in window
    ]
    prefix = "… " if start else ""
    suffix = " …" if start + size < len(words) else ""
    return mark_safe(prefix + " ".join(str(part) for part in shown) + suffix)


class ResultWindow:
    """One page of an engine result as a sequence of ``total`` items, for Django's Paginator."""

    def __init__(self, result):
        self.result = result

    def __len__(self):
        return self.result.total

    def count(self):
        return self.result.total

    def __getitem__(self, key):
        return self.result.entries if isinstance(key, slice) else self.result.entries[key]


def page_of(make_answer, page_number, page_size):
    """(Django page, Answer) of ``make_answer(offset)``; a page past the end shows the last."""
    found = make_answer((page_number - 1) * page_size)
    last = max(1, -(-found.result.total // page_size))
    if page_number > last:
        page_number = last
        found = make_answer((page_number - 1) * page_size)
    paginator = Paginator(ResultWindow(found.result), page_size)
    return paginator.page(page_number), found


def read_query_text(raw, messages):
    """The typed text with NULs and runs of spaces collapsed, cut to ``MAX_QUERY_LENGTH``
    (explained in ``messages`` when cut)."""
    text = " ".join(raw.replace("\x00", " ").split())
    if len(text) > MAX_QUERY_LENGTH:
        messages.append(
            f"Hledaný text je příliš dlouhý; hledáme podle prvních {MAX_QUERY_LENGTH} znaků."
        )
        text = text[:MAX_QUERY_LENGTH]
    return text


@dataclass
class SiteSearch:
    """What a citizen asked for at /hledat/; ``messages`` explains what was ignored."""

    text: str = ""
    kind: str = ""
    page_number: int = 1
    exact: bool = False
    messages: list = field(default_factory=list)

    @classmethod
    def from_params(cls, params):
        search = cls(exact=params.get("presne") == "1")
        search.text = read_query_text(params.get("q", ""), search.messages)
        kind = params.get("typ", "")
        if kind in SearchEntry.Kind.values:
            search.kind = kind
        elif kind:
            search.messages.append(f"Druh „{kind[:30]}“ neznáme; hledáme ve všem.")
        page = params.get("strana", "")
        if page.isdigit() and 0 < int(page) < 10_000:
            search.page_number = int(page)
        elif page:
            search.messages.append("Taková stránka výsledků není; ukazujeme první.")
        if search.text and not search.terms:
            search.messages.append("V dotazu nejsou slova, podle kterých by šlo hledat.")
        return search

    @cached_property
    def normalised(self):
        return normalised_query(self.text)

    @cached_property
    def words(self):
        return lexicon()

    @cached_property
    def terms(self):
        return analyse(self.text, self.words).terms()

    def _request(self, offset):
        # Life situations are shown above the results (matching_situations), not among them.
        kinds = (self.kind,) if self.kind else RESULT_KINDS
        return lambda analysis: SearchRequest(
            analysis=analysis, kinds=kinds, offset=offset, limit=PAGE_SIZE
        )

    @cached_property
    def outcome(self):
        """(Django page, Answer) of the current page."""
        return page_of(
            lambda offset: answer(self.text, self._request(offset), self.words, self.exact),
            self.page_number,
            PAGE_SIZE,
        )

    @property
    def page(self):
        return self.outcome[0]

    @property
    def answer(self):
        return self.outcome[1]

    def results(self):
        analysis = self.answer.analysis
        highlight_terms = tuple(term.stem for term in analysis.terms())
        return [
            {
                "entry": entry,
                "label": entry.get_kind_display(),
                "snippet": highlight(entry.text, highlight_terms),
            }
            for entry in self.page.object_list
        ]

    def corrected(self):
        return self.answer.correction(f"?{self.url_params(presne='1')}")

    def promotions(self):
        """Editors' picks whose query, folded like the citizen's, is the same."""
        if not self.normalised:
            return []
        from wagtail.contrib.search_promotions.models import SearchPromotion

        picks = SearchPromotion.objects.select_related("query", "page").order_by("sort_order")
        first_word = self.normalised.split()[0]
        candidates = picks.filter(query__query_string__icontains=first_word[:3])
        return [
            pick
            for pick in candidates[:50]
            if normalised_query(pick.query.query_string) == self.normalised
        ]

    def kinds(self):
        return SearchEntry.Kind.choices

    def url_params(self, **changes):
        params = {"q": self.text, "typ": self.kind, **changes}
        return urlencode({key: value for key, value in params.items() if value})

    def log(self, count):
        """Count the normalised query for the coordinators' report (no personal data)."""
        if not self.normalised or self.page_number != 1 or self.kind:
            return
        query = self.normalised[:200]
        updated = SearchQueryLog.objects.filter(query=query, day=timezone.localdate()).update(
            hits=F("hits") + 1, results=count
        )
        if not updated:
            SearchQueryLog.objects.create(query=query, day=timezone.localdate(), results=count)


def suggestions(text):
    """Up to eight life situations, services and providers whose names begin like ``text``."""
    text = (text or "")[:MAX_QUERY_LENGTH]
    analysis = analyse(text, lexicon())
    if not analysis.typed:  # "do" is a stop word, but also how "domov" begins
        analysis.typed = fold(text)[:MAX_QUERY_TERMS]
    if len("".join(analysis.typed)) < 2:
        return []
    analysis.prefix_from = 2
    situations = [
        {**situation, "type": "Životní situace"} for situation in matching_situations(analysis)
    ]
    found = search(
        SearchRequest(
            analysis=analysis,
            kinds=SUGGESTED_KINDS,
            limit=SUGGESTION_LIMIT - len(situations),
        )
    )
    return situations + [
        {"label": entry.title, "url": entry.url, "type": entry.get_kind_display()}
        for entry in found.entries
    ]


def search_entries(text, kind=None):
    """The entries best matching ``text`` (first 50), e.g. for measuring relevance."""
    request = SearchRequest(analysis=analyse(text, lexicon()), kinds=(kind,) if kind else ())
    request.limit = 50
    return search(request).entries
