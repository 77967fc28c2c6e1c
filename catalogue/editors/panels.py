"""Dashboard panels: "Vaše organizace" for provider editors, the review panel for coordinators."""

from wagtail.admin.ui.components import Component

from catalogue.editors.freshness import is_stale, providers_with_pending_changes, stale_services
from catalogue.editors.submissions import submission_of
from catalogue.models import ServicePage

STALE_LISTED = 20


class OrganisationPanel(Component):
    """The editor's own provider page and services, with their review state and freshness."""

    name = "vase_organizace"
    order = 50
    template_name = "catalogue_editors/panels/organisation.html"

    def __init__(self, providers):
        self.providers = providers

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        # Components render with a plain dict: the "Údaje jsou aktuální" forms need the token.
        context["csrf_token"] = parent_context["csrf_token"]
        context["organisations"] = [
            {
                "provider": provider,
                "submission": submission_of(provider),
                "services": [
                    service_row(service)
                    for service in ServicePage.objects.child_of(provider).order_by("title")
                ],
            }
            for provider in self.providers
        ]
        return context


def service_row(service):
    return {"page": service, "submission": submission_of(service), "stale": is_stale(service)}


class ReviewPanel(Component):
    """What coordinators should look at: pending changes and services nobody verified for a year."""

    name = "kontrola_katalogu"
    order = 60
    template_name = "catalogue_editors/panels/review.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        stale = stale_services().select_related("provider")
        context["pending_providers"] = providers_with_pending_changes()
        context["stale_count"] = stale.count()
        context["stale_services"] = stale[:STALE_LISTED]
        return context
