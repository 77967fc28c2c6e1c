"""The catalogue's vocabularies as HSDS taxonomies, and how services link to their terms."""

from dataclasses import dataclass

from django.utils.functional import cached_property

from catalogue.hsds import ids
from catalogue.models import (
    AgeGroup,
    District,
    LifeSituation,
    PlanningArea,
    ServiceForm,
    ServicePage,
    ServiceType,
    TargetGroup,
)


@dataclass(frozen=True)
class Kind:
    """One vocabulary: its key in ids, its Czech name and the catalogue filter it mirrors."""

    key: str
    name: str
    description: str
    model: type
    param: str  # the catalogue's URL parameter (term_uri points there)

    @property
    def id(self):
        return ids.taxonomy_id(self.key)

    def as_hsds(self, base_url=""):
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "uri": f"{base_url}/api/hsds/taxonomy_terms?taxonomy_id={self.id}",
            "version": "1",
        }


KINDS = [
    Kind(
        "druh-sluzby",
        "Druhy sociálních služeb",
        "Druhy služeb podle zákona č. 108/2006 Sb. a související aktivity.",
        ServiceType,
        "druh",
    ),
    Kind(
        "cilova-skupina",
        "Cílové skupiny",
        "Cílové skupiny podle registru poskytovatelů sociálních služeb.",
        TargetGroup,
        "skupina",
    ),
    Kind(
        "vekova-skupina",
        "Věkové skupiny",
        "Věkové skupiny klientů podle registru poskytovatelů.",
        AgeGroup,
        "vek",
    ),
    Kind(
        "forma",
        "Formy poskytování",
        "Pobytová, ambulantní a terénní forma (§ 33 zákona).",
        ServiceForm,
        "forma",
    ),
    Kind(
        "oblast-planovani",
        "Oblasti komunitního plánování",
        "Oblasti komunitního plánu sociálních služeb s vlastní pracovní skupinou.",
        PlanningArea,
        "oblast",
    ),
    Kind(
        "mestsky-obvod",
        "Městské obvody",
        "Obvody Ostravy, ve kterých se služby poskytují.",
        District,
        "obvod",
    ),
    Kind(
        "zivotni-situace",
        "Životní situace",
        "Situace, ve kterých lidé hledají pomoc, a služby, které v nich pomáhají.",
        LifeSituation,
        "situace",
    ),
]
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}
KINDS_BY_ID = {kind.id: kind for kind in KINDS}


def term_description(term):
    return getattr(term, "description", "") or getattr(term, "definition", "") or ""


class Vocabulary:
    """Every term of every taxonomy, loaded once per request (a fixed number of queries)."""

    def __init__(self, base_url=""):
        self.base_url = base_url

    @cached_property
    def terms(self):
        """{kind key: [term, ...]} in the catalogue's order."""
        loaded = {}
        for kind in KINDS:
            queryset = kind.model.objects.all()
            if kind.model is LifeSituation:
                queryset = queryset.prefetch_related(
                    "service_types", "target_groups", "planning_areas"
                )
            loaded[kind.key] = list(queryset)
        return loaded

    @cached_property
    def by_id(self):
        """{term uuid: (kind, term)}."""
        return {
            ids.term_id(kind.key, term.slug): (kind, term)
            for kind in KINDS
            for term in self.terms[kind.key]
        }

    @cached_property
    def situation_rules(self):
        """Per life situation: (term, type ids, target group ids, planning area ids)."""
        return [
            (
                situation,
                {t.pk for t in situation.service_types.all()},
                {t.pk for t in situation.target_groups.all()},
                {t.pk for t in situation.planning_areas.all()},
            )
            for situation in self.terms["zivotni-situace"]
        ]

    def term_as_hsds(self, kind, term):
        data = {
            "id": ids.term_id(kind.key, term.slug),
            "name": term.name,
            "description": term_description(term),
            "taxonomy": kind.name,
            "taxonomy_id": kind.id,
            "language": "cs",
            "term_uri": f"{self.base_url}/katalog/?{kind.param}={term.slug}",
        }
        if getattr(term, "mpsv_code", ""):
            data["code"] = term.mpsv_code
        return data

    def terms_of(self, service):
        """(kind, term) pairs of a service, using its prefetched relations."""
        pairs = [(KINDS_BY_KEY["druh-sluzby"], service.service_type)]
        for key, relation in [
            ("cilova-skupina", "target_groups"),
            ("vekova-skupina", "age_groups"),
            ("forma", "forms"),
            ("oblast-planovani", "planning_areas"),
        ]:
            pairs += [(KINDS_BY_KEY[key], term) for term in getattr(service, relation).all()]
        # The districts of its places and of its area. A service of the whole city is linked
        # to no district here (its service_area says so) but is found by each district's term.
        districts = service.served_districts(every_district=[])
        pairs += [(KINDS_BY_KEY["mestsky-obvod"], district) for district in districts]
        groups = {t.pk for t in service.target_groups.all()}
        areas = {t.pk for t in service.planning_areas.all()}
        situations = KINDS_BY_KEY["zivotni-situace"]
        for situation, type_ids, group_ids, area_ids in self.situation_rules:
            if type_ids and service.service_type_id not in type_ids:
                continue
            if (group_ids and not group_ids & groups) or (area_ids and not area_ids & areas):
                continue
            pairs.append((situations, situation))
        return pairs


def services_with_term(services, kind, term):
    """Narrow a ServicePage queryset to the services linked to ``term``."""
    if kind.model is ServiceType:
        return services.filter(service_type=term)
    if kind.model is District:
        return services.serving([term])
    if kind.model is LifeSituation:
        return services.for_situations([term])
    relation = {
        TargetGroup: "target_groups",
        AgeGroup: "age_groups",
        ServiceForm: "forms",
        PlanningArea: "planning_areas",
    }[kind.model]
    return services.filter(pk__in=ServicePage.linked_to(relation, [term.pk]))


def services_in_taxonomy(services, kind, vocabulary):
    """Services linked to at least one term of the taxonomy."""
    if kind.model is ServiceType:
        return services
    if kind.model is LifeSituation:
        return services.for_situations(vocabulary.terms[kind.key])
    if kind.model is District:
        return services.serving()
    relation = {
        TargetGroup: "target_groups",
        AgeGroup: "age_groups",
        ServiceForm: "forms",
        PlanningArea: "planning_areas",
    }[kind.model]
    return services.filter(**{f"{relation}__isnull": False}).distinct()
