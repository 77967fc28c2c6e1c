"""The provider editors' and coordinators' admin: panels, buttons, menu and page filtering."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from catalogue.editors import urls
from catalogue.editors.access import edited_providers, without_other_providers
from catalogue.editors.freshness import VERIFY_ACTION
from catalogue.editors.onboarding import ONBOARD_PERMISSION
from catalogue.editors.panels import OrganisationPanel, ReviewPanel
from catalogue.editors.roles import is_coordinator
from catalogue.editors.workflow import (
    latest_decision,
    put_workflow_action_first,
    review_confirmation,
)
from catalogue.models import ProviderPage, ServicePage

REVIEW_QUEUE_ORDER = 10
# Wagtail's help menu links to its English guide and release notes: ours replaces them.
WAGTAIL_HELP_ITEMS = {"editor-guide", "whats-new-in-wagtail"}


@hooks.register("register_admin_urls")
def register_editor_urls():
    return [path("editori-poskytovatelu/", include(urls))]


class OnboardingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(ONBOARD_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_onboarding_menu_item():
    return OnboardingMenuItem(
        "Editoři poskytovatelů",
        reverse("catalogue_editors:onboard"),
        name="editori-poskytovatelu",
        icon_name="group",
        order=260,
    )


@hooks.register("construct_homepage_panels")
def add_editor_panels(request, panels):
    providers = list(edited_providers(request.user))
    if providers:
        panels.insert(0, OrganisationPanel(providers))
    if is_coordinator(request.user):
        panels.insert(0, ReviewPanel())
    for panel in panels:
        if panel.name == "workflow_objects_to_moderate":
            panel.order = REVIEW_QUEUE_ORDER  # "Čeká na vaše schválení" comes first


@hooks.register("insert_global_admin_css")
def editors_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-editors.css"))


@hooks.register("construct_page_chooser_queryset")
def hide_other_providers_in_choosers(pages, request):
    return without_other_providers(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_other_providers_in_explorer(parent_page, pages, request):
    return without_other_providers(pages, request.user)


@hooks.register("register_page_header_buttons")
def editor_page_buttons(page, user, view_name, next_url=None):
    specific_class = page.specific_class
    if specific_class is ServicePage and page.live and page.permissions_for_user(user).can_edit():
        yield Button(
            "Údaje jsou aktuální",
            reverse("catalogue_editors:confirm_verified", args=[page.pk]),
            icon_name="tick",
            priority=30,
        )
    if specific_class is ProviderPage and user.has_perm(ONBOARD_PERMISSION):
        yield Button(
            "Přidat editora",
            reverse("catalogue_editors:onboard") + f"?provider={page.pk}",
            icon_name="user",
            priority=40,
        )


@hooks.register("register_log_actions")
def register_verification_log_action(actions):
    actions.register_action(VERIFY_ACTION, "Údaje ověřeny", "Údaje služby potvrzeny jako aktuální")


hooks.register("construct_page_action_menu", put_workflow_action_first)


@hooks.register("after_edit_page")
def confirm_review_decided_in_the_editor(request, page):
    """Approving or returning from the page editor confirms it like the dashboard does."""
    if "action-workflow-action" not in request.POST:
        return None
    task_state = latest_decision(page, request.user)
    message = review_confirmation(task_state) if task_state else None
    if message:
        messages.success(request, message)
    return None


@hooks.register("construct_help_menu")
def czech_editor_help(request, menu_items):
    menu_items[:] = [
        item
        for item in menu_items
        if not any(item.name.startswith(name) for name in WAGTAIL_HELP_ITEMS)
    ]
    menu_items.insert(
        0,
        MenuItem(
            "Nápověda pro editory",
            reverse("catalogue_editors:help"),
            name="napoveda-pro-editory",
            icon_name="help",
            order=100,
        ),
    )
