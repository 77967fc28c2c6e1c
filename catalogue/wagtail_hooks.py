"""The catalogue's vocabularies in the admin, grouped under one menu item."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from catalogue import place_lookup
from catalogue.models import (
    AgeGroup,
    District,
    LifeSituation,
    PlanningArea,
    ServiceForm,
    ServiceType,
    TargetGroup,
)


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class ServiceTypeViewSet(TermViewSet):
    model = ServiceType
    icon = "list-ul"
    list_display = ["name", "paragraph_label", "category", "slug"]
    list_filter = ["category", "registered"]


class ServiceFormViewSet(TermViewSet):
    model = ServiceForm
    icon = "list-ul"


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "mpsv_code", "slug"]


class AgeGroupViewSet(TermViewSet):
    model = AgeGroup
    icon = "group"


class PlanningAreaViewSet(TermViewSet):
    model = PlanningArea
    icon = "folder-open-inverse"


class DistrictViewSet(TermViewSet):
    model = District
    icon = "site"


class LifeSituationViewSet(TermViewSet):
    model = LifeSituation
    icon = "help"


class CatalogueTaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Číselníky katalogu"
    menu_icon = "tag"
    menu_order = 250
    items = (
        LifeSituationViewSet,
        ServiceTypeViewSet,
        ServiceFormViewSet,
        TargetGroupViewSet,
        AgeGroupViewSet,
        PlanningAreaViewSet,
        DistrictViewSet,
    )


register_snippet(CatalogueTaxonomyGroup)


@hooks.register("register_admin_urls")
def register_place_lookup():
    """The map picker's place search (``catalogue.place_lookup``), for every admin user."""
    return place_lookup.admin_urlpatterns
