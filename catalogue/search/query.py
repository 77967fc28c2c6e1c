"""The catalogue search as a value: parsed from the URL, validated, turned into a queryset."""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, Q
from django.http import QueryDict

from catalogue.models import (
    District,
    LifeSituation,
    PlanningArea,
    ServiceForm,
    ServicePage,
    ServicePlace,
    ServiceType,
    TargetGroup,
)
from catalogue.search.normalise import MAX_QUERY_LENGTH, query_alternatives, query_terms
from portal.search.query import synonym_pairs

PAGE_SIZE = 20
MAX_VALUES_PER_FILTER = 40
SORTS = {"relevance": "podle relevance", "nazev": "podle názvu"}


def text_condition(alternatives):
    """Services matching any alternative: each of its terms starts a word of the service's
    indexed text (``ServicePage.search_document``, see ``ServicePage.objects.matching``)."""
    condition = Q()
    for terms in alternatives:
        every = Q()
        for variants in terms:
            any_variant = Q()
            for variant in variants:
                any_variant |= Q(search_document__contains=f" {variant}")
            every &= any_variant
        condition |= every
    return condition


@dataclass(frozen=True)
class FilterKind:
    """One kind of filter: its URL parameter, its heading and how services link to its terms."""

    param: str
    label: str
    model: type
    relation: str | None  # path from a service to the term; None for life situations

    def terms(self):
        terms = self.model.objects.all()
        if self.model is LifeSituation:
            terms = terms.prefetch_related("service_types", "target_groups", "planning_areas")
        return list(terms)


FILTER_KINDS = [
    FilterKind("situace", "Životní situace", LifeSituation, None),
    FilterKind("oblast", "Oblast plánování", PlanningArea, "planning_areas"),
    FilterKind("skupina", "Cílová skupina", TargetGroup, "target_groups"),
    FilterKind("druh", "Druh služby", ServiceType, "service_type"),
    FilterKind("forma", "Forma poskytování", ServiceForm, "forms"),
    FilterKind("obvod", "Městský obvod", District, "places__district"),
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

    @classmethod
    def from_params(cls, params: QueryDict):
        query = cls()
        query._read_text(params.getlist("q"))
        query._read_page(params.getlist("strana"))
        sort = params.get("razeni", "")
        query.sort = sort if sort in SORTS else ("relevance" if query.text_terms else "nazev")
        for kind in FILTER_KINDS:
            query._read_filter(kind, params.getlist(kind.param))
        return query

    def _read_text(self, values):
        text = values[0].strip() if values else ""
        if len(text) > MAX_QUERY_LENGTH:
            self.messages.append(
                f"Hledaný text je příliš dlouhý; hledáme podle prvních {MAX_QUERY_LENGTH} znaků."
            )
            text = text[:MAX_QUERY_LENGTH]
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
    def text_terms(self):
        return query_terms(self.text)

    @cached_property
    def text_alternatives(self):
        """The text and its synonyms (coordinators' snippet), any of which may match."""
        if not self.text_terms:
            return []
        return query_alternatives(self.text, synonym_pairs())

    def _relevance_terms(self):
        """Every term of every alternative, once: what the relevance is scored by."""
        return list({tuple(v): v for terms in self.text_alternatives for v in terms}.values())

    @property
    def has_filters(self):
        return any(self.selected.values())

    def services(self, without=None):
        """Live services matching the text and every filter kind except ``without``."""
        services = ServicePage.objects.live()
        if self.text_alternatives:
            services = services.filter(text_condition(self.text_alternatives))
        for kind in FILTER_KINDS:
            chosen = self.selected.get(kind.param)
            if not chosen or kind.param == without:
                continue
            if kind.relation is None:
                services = services.for_situations(chosen)
            else:
                services = services.with_terms(kind.relation, chosen)
        return services

    def ordered_services(self):
        services = self.services()
        if self.sort == "relevance" and self.text_terms:
            return services.with_relevance(self._relevance_terms()).order_by(
                "-relevance", "title", "pk"
            )
        return services.order_by("title", "pk")

    def facets(self):
        """Per kind, every term with the number of services it would give (OR within a kind)."""
        facets = []
        for kind in FILTER_KINDS:
            counts = self._facet_counts(kind)
            chosen = {term.pk for term in self.selected[kind.param]}
            options = [
                {"term": term, "count": counts.get(term.pk, 0), "checked": term.pk in chosen}
                for term in self.terms[kind.param]
            ]
            facets.append({"kind": kind, "options": options, "open": bool(chosen)})
        return facets

    def _facet_counts(self, kind):
        """{term pk: number of services} among the services matching all other kinds."""
        services = self.services(without=kind.param)
        if kind.relation is None:
            return self._situation_counts(services)
        matching = services.values("pk")
        if kind.relation == "service_type":
            rows = services.order_by().values_list("service_type").annotate(hits=Count("pk"))
        elif kind.relation == "places__district":
            rows = (
                ServicePlace.objects.filter(service__in=matching)
                .values_list("district")
                .annotate(hits=Count("service", distinct=True))
            )
        else:
            field = ServicePage._meta.get_field(kind.relation)
            column = field.m2m_reverse_name()
            rows = (
                field.remote_field.through.objects.filter(servicepage__in=matching)
                .values_list(column)
                .annotate(hits=Count("servicepage"))
            )
        return dict(rows)

    def _situation_counts(self, services):
        situations = self.terms["situace"]
        if not situations:
            return {}
        totals = services.aggregate(
            **{f"s{term.pk}": Count("pk", filter=term.service_condition()) for term in situations}
        )
        return {term.pk: totals[f"s{term.pk}"] for term in situations}

    def url_params(self, **changes):
        """The query as URL parameters, with ``changes`` applied (e.g. page=2)."""
        params = QueryDict(mutable=True)
        if self.text:
            params["q"] = self.text
        for kind in FILTER_KINDS:
            params.setlist(kind.param, [term.slug for term in self.selected[kind.param]])
        if self.sort != ("relevance" if self.text_terms else "nazev"):
            params["razeni"] = self.sort
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
