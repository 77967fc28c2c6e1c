"""The catalogue search as a value: parsed from the URL, validated, answered by the portal's
search engine (text, filters and facet counts come from its index)."""

from dataclasses import dataclass, field, replace
from functools import cached_property

from django.http import QueryDict

from catalogue.cards import cards_for_ids
from catalogue.models import (
    District,
    LifeSituation,
    PlanningArea,
    ServiceForm,
    ServicePage,
    ServiceType,
    TargetGroup,
)
from catalogue.search import distance
from catalogue.search.distance import Nearby
from catalogue.search.sources import SERVICE_KIND
from portal.search.analysis import analyse
from portal.search.cached import cached
from portal.search.engine import SearchRequest, object_ids, search
from portal.search.query import Answer, answer, lexicon, page_of, read_query_text

PAGE_SIZE = 20
MAX_VALUES_PER_FILTER = 40
SORTS = {"relevance": "podle relevance", "nazev": "podle názvu", distance.SORT: "podle vzdálenosti"}


@dataclass(frozen=True)
class FilterKind:
    """One kind of filter: its URL parameter (also the facet's name in the search index), its
    heading and its vocabulary."""

    param: str
    label: str
    model: type

    def terms(self):
        return cached(f"terms:{self.param}", lambda: list(self.model.objects.all()))


FILTER_KINDS = [
    FilterKind("situace", "Životní situace", LifeSituation),
    FilterKind("oblast", "Oblast plánování", PlanningArea),
    FilterKind("skupina", "Cílová skupina", TargetGroup),
    FilterKind("druh", "Druh služby", ServiceType),
    FilterKind("forma", "Forma poskytování", ServiceForm),
    FilterKind("obvod", "Městský obvod", District),
]


@dataclass
class CatalogueQuery:
    """What a citizen asked for; ``messages`` explains every part of the URL that was ignored."""

    text: str = ""
    sort: str = "relevance"
    page: int = 1
    page_given: str = ""
    selected: dict = field(default_factory=dict)  # param -> list of terms
    terms: dict = field(default_factory=dict)  # param -> every term of the kind
    messages: list = field(default_factory=list)
    exact: bool = False  # "presne=1": no typo correction
    near: Nearby = field(default_factory=Nearby)  # "kde" or "poloha": distances from there

    @classmethod
    def from_params(cls, params: QueryDict):
        query = cls(exact=params.get("presne") == "1")
        query._read_text(params.getlist("q"))
        query._read_page(params.getlist("strana"))
        for kind in FILTER_KINDS:
            query._read_filter(kind, params.getlist(kind.param))
        query.near = Nearby.from_params(params, query.messages)
        sort = params.get("razeni", "")
        valid = sort in SORTS and (sort != distance.SORT or query.near.origin)
        query.sort = sort if valid else query.default_sort
        return query

    @property
    def default_sort(self):
        """By distance from a given place, else by relevance when there is a text or a life
        situation to fit, else by name."""
        if self.near.origin:
            return distance.SORT
        return "relevance" if self.text_terms or self.selected.get("situace") else "nazev"

    def _read_text(self, values):
        text = read_query_text(values[0], self.messages) if values else ""
        self.text = text
        if text and not self.text_terms:
            self.messages.append(
                "V hledaném textu nejsou žádná slova, podle kterých by šlo hledat; "
                "zobrazujeme všechny služby."
            )

    def _read_page(self, values):
        self.page_given = values[0] if values else ""
        if not self.page_given:
            return
        if self.page_given.isdigit() and 0 < int(self.page_given) < 100_000:
            self.page = int(self.page_given)
        else:
            self.messages.append(
                f"Stránka „{self.page_given[:20]}“ neexistuje; zobrazujeme první stránku výsledků."
            )

    def _read_filter(self, kind, slugs):
        terms = kind.terms()
        self.terms[kind.param] = terms
        by_slug = {term.slug: term for term in terms}
        wanted = list(dict.fromkeys(slugs))[:MAX_VALUES_PER_FILTER]
        unknown = [slug for slug in wanted if slug not in by_slug]
        if unknown:
            shown = ", ".join(f"„{slug[:40]}“" for slug in unknown[:3])
            noun, left_out = ("hodnotu", "ji") if len(unknown) == 1 else ("hodnoty", "je")
            self.messages.append(
                f"Filtr „{kind.label}“ nezná {noun} {shown}; vynechali jsme {left_out}."
            )
        self.selected[kind.param] = [by_slug[slug] for slug in wanted if slug in by_slug]

    @cached_property
    def words(self):
        return lexicon()

    @cached_property
    def text_terms(self):
        return analyse(self.text, self.words).terms() if self.text else []

    @property
    def has_filters(self):
        return any(self.selected.values())

    def _filters(self):
        return {
            kind.param: [term.slug for term in self.selected[kind.param]] for kind in FILTER_KINDS
        }

    def _fit(self):
        """Without a text, a chosen life situation orders its services by how well they fit
        what the situation says (night shelters first for "Nemám kde přespat")."""
        chosen = self.selected.get("situace") or []
        if self.text_terms or not chosen or self.sort == "nazev":
            return None
        return analyse(" ".join(f"{s.name} {s.description}" for s in chosen), self.words)

    def request(self, analysis=None, offset=0, limit=PAGE_SIZE, facets=True):
        return SearchRequest(
            analysis=analysis,
            kinds=(SERVICE_KIND,),
            filters=self._filters(),
            facets=tuple(kind.param for kind in FILTER_KINDS) if facets else (),
            rank_by=self._fit(),
            order="title" if self.sort == "nazev" else "relevance",
            offset=offset,
            limit=limit,
        )

    def _answer(self, offset):
        if not self.text_terms:
            return Answer(None, search(self.request(offset=offset)))
        return answer(
            self.text,
            lambda analysis: self.request(analysis, offset),
            self.words,
            exact=self.exact,
        )

    @cached_property
    def outcome(self):
        """(Django page of entries, Answer) of the page asked for (the last one if beyond)."""
        page, found = page_of(self._answer, self.page, PAGE_SIZE)
        if page.number < self.page:
            self.messages.append(
                f"Stránka {self.page} neexistuje; zobrazujeme poslední stránku výsledků."
            )
        return page, found

    @property
    def answer(self):
        return self.outcome[1]

    def results(self):
        """The page of results: its ``object_list`` are the services' cards, best first."""
        page = self.outcome[0]
        ids = [entry.object_id for entry in page.object_list]
        if self.sort == distance.SORT:
            start = (page.number - 1) * PAGE_SIZE
            ids = self.near.nearest_first(self.every_id(self.answer))[start : start + PAGE_SIZE]
        page.object_list = cards_for_ids(ids, self.near)
        return page

    def every_id(self, found=None):
        """Ids of every service the search finds on all its pages, in its order (distance sort,
        the map). ``found`` is the list's answer when it is known; otherwise the text is answered
        again without facet counts (same correction and partial matching as the list)."""
        if not self.text_terms:
            return object_ids(self.request(facets=False))
        if found is None:
            found = answer(
                self.text,
                lambda analysis: self.request(analysis, limit=1, facets=False),
                self.words,
                exact=self.exact,
            )
        request = self.request(found.analysis, facets=False)
        return object_ids(replace(request, match_all=not found.partial))

    def corrected(self):
        """The typo correction applied, with the link that searches exactly what was typed."""
        return self.answer.correction(f"?{self.url_params(q=self.answer.typed, presne='1')}")

    def services(self):
        """Every service matching the search (the printed catalogue)."""
        analysis = analyse(self.text, self.words) if self.text_terms else None
        ids = object_ids(self.request(analysis, facets=False))
        return ServicePage.objects.filter(pk__in=ids)

    def facets(self):
        """Per kind, the terms that would give services (OR within a kind) or are chosen, each
        with the number of services: plain values, as the filter panel shows them."""
        counts = self.answer.result.facet_counts
        facets = []
        for kind in FILTER_KINDS:
            chosen = {term.pk for term in self.selected[kind.param]}
            found = counts.get(kind.param, {})
            options = [
                {
                    "id": f"filtr-{kind.param}-{term.slug}",
                    "value": term.slug,
                    "name": term.name,
                    "count": found.get(term.slug, 0),
                    "checked": term.pk in chosen,
                }
                for term in self.terms[kind.param]
                if term.slug in found or term.pk in chosen
            ]
            facets.append(
                {"label": kind.label, "param": kind.param, "options": options, "open": bool(chosen)}
            )
        return facets

    def url_params(self, **changes):
        """The query as URL parameters, with ``changes`` applied (e.g. page=2)."""
        params = QueryDict(mutable=True)
        if self.text:
            params["q"] = self.text
        for kind in FILTER_KINDS:
            params.setlist(kind.param, [term.slug for term in self.selected[kind.param]])
        if self.sort != self.default_sort:
            params["razeni"] = self.sort
        if self.exact:
            params["presne"] = "1"
        params.update(self.near.params())
        for key, value in changes.items():
            params[key] = value
        return params.urlencode()

    def without_term(self, param, term):
        """URL parameters with one selected term removed (for 'remove filter' links)."""
        params = QueryDict(self.url_params(), mutable=True)
        params.setlist(param, [slug for slug in params.getlist(param) if slug != term.slug])
        return params.urlencode()

    def active_filters(self):
        """The chosen terms, each with the URL that removes it."""
        return [
            {"kind": kind.label, "name": term.name, "url": self.without_term(kind.param, term)}
            for kind in FILTER_KINDS
            for term in self.selected[kind.param]
        ]
