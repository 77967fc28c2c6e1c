"""Admin for campaign staff: registrations (list, filter, CSV export, e-mail) per event."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from campaigns.admin_panels import CampaignStaffPanel
from campaigns.admin_views import EmailRegistrantsView, registration_permission_policy
from campaigns.models import EventPage, Registration
from portal.resilience.audit import log_registration_export
from portal.spreadsheets import FormulaSafeExportMixin


class RegistrationIndexView(FormulaSafeExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Exporting personal data is recorded in the audit log of each event (GDPR).
        log_registration_export(queryset, spreadsheet_format, user=self.request.user)
        return super().as_spreadsheet(queryset, spreadsheet_format)


class RegistrationViewSet(ModelViewSet):
    model = Registration
    index_view_class = RegistrationIndexView
    icon = "form"
    menu_label = "Registrace na akce"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "email", "organisation", "event", "status", "created_at"]
    list_filter = ["event", "status"]
    list_export = [
        "event",
        "name",
        "email",
        "organisation",
        "note",
        "status",
        "created_at",
        "consent_given_at",
        "cancelled_at",
    ]
    export_filename = "registrace"
    search_fields = ["name", "email", "organisation"]
    form_fields = ["event", "name", "email", "organisation", "note", "status"]
    inspect_view_enabled = True


registration_viewset = RegistrationViewSet("campaigns_registration", url_prefix="registrace")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


@hooks.register("register_admin_urls")
def register_email_registrants_url():
    return [
        path(
            "registrace/akce/<int:event_id>/napsat/",
            EmailRegistrantsView.as_view(),
            name="campaigns_email_registrants",
        )
    ]


@hooks.register("register_page_listing_more_buttons")
def event_registration_buttons(page, user, next_url=None):
    """'Registrace' and 'Napsat přihlášeným' in the menu of each event in the page explorer,
    for those who may manage registrations."""
    if not isinstance(page.specific_deferred, EventPage):
        return
    if not registration_permission_policy.user_has_permission(user, "change"):
        return
    index_url = reverse("campaigns_registration:index")
    yield ListingButton("Registrace", f"{index_url}?event={page.pk}", priority=60)
    yield ListingButton(
        "Napsat přihlášeným",
        reverse("campaigns_email_registrants", args=[page.pk]),
        priority=61,
    )


@hooks.register("construct_homepage_panels")
def add_campaign_staff_panel(request, panels):
    panel = CampaignStaffPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)
