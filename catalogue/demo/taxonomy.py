"""Seed the catalogue's vocabularies from the code lists shipped in ``catalogue/data/``."""

from catalogue.code_lists import read_code_list
from catalogue.demo.situations import LIFE_SITUATIONS, SITUATION_PICTOGRAMS
from catalogue.models import (
    AgeGroup,
    District,
    LifeSituation,
    PlanningArea,
    ServiceForm,
    ServiceType,
    TargetGroup,
)
from catalogue.models.taxonomy import make_slug

RELATED_ACTIVITIES = "související aktivity"
CATEGORIES = {label: value for value, label in ServiceType.Category.choices}


def ensure_term(model, name, order, log, **fields):
    """Create the term named ``name`` (by its slug) unless it exists; existing terms stay, except
    that a registry code confirmed since is filled in where the term has none yet."""
    term, created = model.objects.get_or_create(
        slug=make_slug(name), defaults={"name": name, "sort_order": order, **fields}
    )
    if created and log:
        log(f"Vytvořen číselník {model._meta.verbose_name}: {name}")
    code = fields.get("mpsv_code")
    if not created and code and not term.mpsv_code:
        term.mpsv_code = code
        term.save(update_fields=["mpsv_code"])
        if log:
            log(f"Doplněn kód registru {code}: {name}")
    return term


def load(home, log):
    types = read_code_list("service-types.json")["items"]
    for order, item in enumerate(types):
        ensure_term(
            ServiceType,
            item["name"],
            order,
            log,
            paragraph=item["paragraph"],
            category=CATEGORIES[item["category"]],
            registered=item.get("registered", True),
            mpsv_code=item.get("mpsv_code") or "",
        )
    ensure_term(
        ServiceType,
        RELATED_ACTIVITIES,
        len(types),
        log,
        category=ServiceType.Category.RELATED,
        registered=False,
    )
    for order, item in enumerate(read_code_list("service-forms.json")["items"]):
        ensure_term(
            ServiceForm,
            item["name"],
            order,
            log,
            mpsv_code=item["mpsv_code"],
            definition=item["definition"],
        )
    groups = read_code_list("target-groups.json")
    for order, item in enumerate(groups["items"]):
        ensure_term(TargetGroup, item["name"], order, log, mpsv_code=item.get("mpsv_code", ""))
    for order, item in enumerate(groups["age_groups"]):
        ensure_term(AgeGroup, item["name"], order, log, mpsv_code=item.get("mpsv_code", ""))
    for order, name in enumerate(groups["planning_groups"]["ostrava"]):
        ensure_term(PlanningArea, name, order, log)
    for order, name in enumerate(read_code_list("ostrava.json")["districts"]):
        ensure_term(District, name, order, log)
    for order, situation in enumerate(LIFE_SITUATIONS):
        _ensure_situation(order, situation, log)


def _ensure_situation(order, situation, log):
    """Create the situation unless it exists; an existing one only gets its pictogram if it has
    none yet."""
    pictogram = SITUATION_PICTOGRAMS.get(situation["name"], "")
    existing = LifeSituation.objects.filter(slug=make_slug(situation["name"]))
    if existing.exists():
        existing.filter(pictogram="").update(pictogram=pictogram)
        return
    term = LifeSituation(
        name=situation["name"],
        sort_order=order,
        description=situation["description"],
        pictogram=pictogram,
    )
    term.service_types = ServiceType.objects.filter(
        slug__in=[make_slug(name) for name in situation["types"]]
    )
    term.target_groups = TargetGroup.objects.filter(
        slug__in=[make_slug(name) for name in situation.get("groups", [])]
    )
    term.planning_areas = PlanningArea.objects.filter(
        slug__in=[make_slug(name) for name in situation.get("areas", [])]
    )
    term.save()
    log(f"Vytvořena životní situace: {term.name}")
