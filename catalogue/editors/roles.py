"""The portal's editorial roles as Wagtail groups, with exactly the permissions each needs.

Page permissions are granted per section (a page and everything below it) and never include
``publish`` for provider editors: their changes go through the catalogue's review workflow.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowState,
)

COORDINATORS = "Koordinátoři katalogu"
CAMPAIGN_STAFF = "Redakce kampaní a akcí"
PLAN_COORDINATORS = "Koordinátoři komunitního plánování"

PROVIDERS_COLLECTION = "Poskytovatelé"

# What Wagtail's own migrations create for a new site: groups with rights over the whole page
# tree, and a workflow on the root page that would send every section's pages to "Moderators".
WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

EDITOR_PAGE_ACTIONS = ["add_page", "change_page"]
SECTION_PAGE_ACTIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
TAXONOMY_MODELS = [
    "servicetype",
    "serviceform",
    "targetgroup",
    "agegroup",
    "planningarea",
    "district",
    "lifesituation",
]

# Each section: (its collection, the index pages it edits, the models it manages in the admin),
# models named "app_label.ModelName".
SECTIONS = {
    CAMPAIGN_STAFF: (
        "Kampaně a akce",
        ["campaigns.CampaignIndexPage", "campaigns.EventIndexPage", "campaigns.NewsIndexPage"],
        ["campaigns.Registration"],
    ),
    PLAN_COORDINATORS: (
        "Komunitní plánování",
        ["plans.PlanningIndexPage"],
        [
            "plans.PlanComment",
            "plans.PlanChapter",
            "plans.PlanGoal",
            "plans.PlanMeasure",
            "plans.MeasureEvaluation",
        ],
    ),
}
# Models a section also adds in the admin (a plan's records are created there).
ADDED_IN_ADMIN = {
    "plans.planchapter",
    "plans.plangoal",
    "plans.planmeasure",
    "plans.measureevaluation",
}


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def admin_access():
    return permission("wagtailadmin", "access_admin")


def page_permissions(codenames):
    return [permission("wagtailcore", codename) for codename in codenames]


def ensure_collection(name, parent=None):
    """The child collection ``name`` of ``parent`` (the root collection by default)."""
    parent = parent or Collection.get_first_root_node()
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(name=name)


def set_page_permissions(group, pages, codenames):
    """Give ``group`` exactly ``codenames`` on each of ``pages`` and nothing on any other page."""
    wanted = {(page.pk, perm.pk) for page in pages for perm in page_permissions(codenames)}
    for granted in GroupPagePermission.objects.filter(group=group):
        if (granted.page_id, granted.permission_id) not in wanted:
            granted.delete()
    for page_id, permission_id in wanted:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=page_id, permission_id=permission_id
        )


def set_collection_permissions(group, collection):
    """Give ``group`` exactly the media permissions of ``MEDIA_PERMISSIONS`` on ``collection``."""
    wanted = [permission(app_label, codename) for app_label, codename in MEDIA_PERMISSIONS]
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=collection, permission__in=wanted
    ).delete()
    for perm in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=perm
        )


def catalogue_index():
    from catalogue.models import CatalogueIndexPage

    return CatalogueIndexPage.objects.first()


def section_pages(model_names):
    """The existing pages of the given types; sections not built yet are simply skipped."""
    pages = []
    for model_name in model_names:
        try:
            model = apps.get_model(model_name)
        except LookupError:
            continue
        pages.extend(Page.objects.type(model))
    return pages


def taxonomy_permissions():
    content_types = ContentType.objects.filter(app_label="catalogue", model__in=TAXONOMY_MODELS)
    return Permission.objects.filter(
        content_type__in=content_types, codename__regex=r"^(add|change|delete|view)_"
    )


def search_permissions():
    """The search lexicon and crisis lines (snippets) and the report of unanswered queries."""
    content_types = ContentType.objects.filter(
        app_label="portal", model__in=["searchsynonym", "helpline"]
    )
    return [
        *Permission.objects.filter(
            content_type__in=content_types, codename__regex=r"^(add|change|delete|view)_"
        ),
        permission("portal", "view_searchquerylog"),
    ]


def setup_coordinators():
    """Coordinators publish the catalogue, keep its vocabularies and the search lexicon, see
    what people search for, and onboard provider editors."""
    group, _ = Group.objects.get_or_create(name=COORDINATORS)
    group.permissions.set(
        [
            admin_access(),
            permission("catalogue_editors", "onboard_provider"),
            *taxonomy_permissions(),
            *search_permissions(),
        ]
    )
    index = catalogue_index()
    set_page_permissions(group, [index] if index else [], SECTION_PAGE_ACTIONS)
    providers = ensure_collection(PROVIDERS_COLLECTION)
    set_collection_permissions(group, providers)
    return group


def model_permissions(model_names):
    """View, change and delete permissions on the given models (adding only those of
    ``ADDED_IN_ADMIN``)."""
    permissions = []
    for model_name in model_names:
        app_label, model = model_name.lower().split(".")
        actions = (
            "add|change|delete|view"
            if model_name.lower() in ADDED_IN_ADMIN
            else "change|delete|view"
        )
        permissions += Permission.objects.filter(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__regex=rf"^({actions})_",
        )
    return permissions


def setup_section(name):
    """Campaign staff and plan coordinators edit and publish their own section only."""
    collection_name, model_names, managed_models = SECTIONS[name]
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.set([admin_access(), *model_permissions(managed_models)])
    set_page_permissions(group, section_pages(model_names), SECTION_PAGE_ACTIONS)
    set_collection_permissions(group, ensure_collection(collection_name))
    return group


def setup_roles():
    """Create or repair every shared role and the catalogue's review workflow; idempotent."""
    from catalogue.editors.workflow import ensure_review_workflow

    groups = [setup_coordinators(), *(setup_section(name) for name in SECTIONS)]
    ensure_review_workflow()
    retire_wagtail_defaults()
    return groups


def retire_wagtail_defaults():
    """Remove Wagtail's starter groups and workflow while nobody uses them.

    They grant or route rights over the whole page tree, which no role of the portal has. A
    group somebody was put in, or the workflow while a page is in it, is kept.
    """
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()
    workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True).first()
    in_use = WorkflowState.objects.filter(
        workflow=workflow, status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    if workflow is not None and not in_use:
        workflow.deactivate()


def is_coordinator(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=COORDINATORS).exists())
