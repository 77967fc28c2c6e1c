"""The site search as a value: what was asked, what was found, what to show around it."""

from dataclasses import dataclass, field
from functools import cached_property

from django.core.paginator import EmptyPage, Paginator
from django.db.models import F
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from portal.models import SearchEntry, SearchQueryLog, SearchSynonym
from portal.search import sqlite_ranking
from portal.search.normalise import (
    MAX_QUERY_LENGTH,
    expand,
    fold,
    normalised_query,
    query_stems,
    stem,
)
from portal.search.spelling import correction

PAGE_SIZE = 10
SNIPPET_WORDS = 30
SUGGESTION_LIMIT = 8
SUGGESTED_KINDS = [SearchEntry.Kind.SERVICE, SearchEntry.Kind.PROVIDER]


def synonym_pairs():
    return list(SearchSynonym.objects.values_list("phrase", "meaning"))


def search_entries(text, kind=None):
    """Entries matching ``text`` (stems and synonyms), best first, as Wagtail search results."""
    terms = expand(query_stems(text), synonym_pairs())
    if not terms:
        return SearchEntry.objects.none()
    if sqlite_ranking.available():
        return sqlite_ranking.RankedEntries(terms, kind)
    entries = SearchEntry.objects.all()
    if kind:
        entries = entries.filter(kind=kind)
    return entries.search(" ".join(terms), operator="or")


def highlight(text, terms, size=SNIPPET_WORDS):
    """An escaped window of ``text`` around the first matching word, matches in <mark>."""
    words = text.split()
    if not words:
        return ""

    def matches(word):
        folded = fold(word)
        return bool(folded) and any(stem(part).startswith(terms) for part in folded)

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


@dataclass
class SiteSearch:
    """What a citizen asked for at /hledat/; ``messages`` explains what was ignored."""

    text: str = ""
    kind: str = ""
    page_number: int = 1
    messages: list = field(default_factory=list)

    @classmethod
    def from_params(cls, params):
        search = cls(text=" ".join(params.get("q", "").split()))
        if len(search.text) > MAX_QUERY_LENGTH:
            search.messages.append(
                f"Hledaný text je příliš dlouhý; hledáme podle prvních {MAX_QUERY_LENGTH} znaků."
            )
            search.text = search.text[:MAX_QUERY_LENGTH]
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
    def terms(self):
        return query_stems(self.text)

    @cached_property
    def page(self):
        """The current page of results (a Django paginator page)."""
        paginator = Paginator(search_entries(self.text, self.kind), PAGE_SIZE)
        try:
            return paginator.page(self.page_number)
        except EmptyPage:
            return paginator.page(paginator.num_pages or 1)

    def results(self):
        highlight_terms = tuple(expand(self.terms, synonym_pairs())) or ("\0",)
        return [
            {
                "entry": entry,
                "label": entry.get_kind_display(),
                "snippet": highlight(entry.text, highlight_terms),
            }
            for entry in self.page.object_list
        ]

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

    def did_you_mean(self):
        """For a query that found nothing: the query with misspelled words corrected, with
        the link to its results, if the corrected query finds something."""
        corrected = correction(self.text, synonym_pairs())
        if not corrected or normalised_query(corrected) == self.normalised:
            return None
        if not search_entries(corrected, self.kind).count():
            return None
        return {"text": corrected, "url": f"?{self.url_params(q=corrected)}"}

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
    """Up to eight services, providers and life situations whose names begin like ``text``."""
    words = fold((text or "")[:MAX_QUERY_LENGTH])[:4]
    if len("".join(words)) < 2:
        return []
    entries = SearchEntry.objects.filter(kind__in=SUGGESTED_KINDS)
    for word in words:
        entries = entries.filter(folded_title__contains=f" {word}")
    found = [
        {"label": entry.title, "url": entry.url, "type": entry.get_kind_display()}
        for entry in entries.order_by("title")[:SUGGESTION_LIMIT]
    ]
    return _life_situations(words) + found[: SUGGESTION_LIMIT - 2]


def _life_situations(words):
    from catalogue.models import CatalogueIndexPage, LifeSituation

    catalogue = CatalogueIndexPage.objects.live().first()
    if catalogue is None:
        return []
    matching = []
    for situation in LifeSituation.objects.only("name", "slug")[:200]:
        folded = " " + " ".join(fold(situation.name))
        if all(f" {word}" in folded for word in words):
            matching.append(
                {
                    "label": situation.name,
                    "url": f"{catalogue.url}?situace={situation.slug}",
                    "type": "Životní situace",
                }
            )
    return matching[:2]


def life_situation_links():
    """Every life situation with its catalogue link, for the 'nothing found' page."""
    from catalogue.models import CatalogueIndexPage, LifeSituation

    catalogue = CatalogueIndexPage.objects.live().first()
    if catalogue is None:
        return []
    return [
        {"label": situation.name, "url": f"{catalogue.url}?situace={situation.slug}"}
        for situation in LifeSituation.objects.only("name", "slug")[:30]
    ]
