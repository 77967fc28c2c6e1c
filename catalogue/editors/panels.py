"""Dashboard panels: "Vaše organizace" for provider editors, "Kontrola katalogu" for coordinators.

A coordinator's dashboard reads: the review queue (Wagtail's panel, with our buttons), then the
services nobody verified for a year, then the providers that have no editor yet.
"""

from wagtail.admin.ui.components import Component

from catalogue.editors.freshness import is_stale, providers_with_pending_changes, stale_services
from catalogue.editors.models import ProviderTeam
from catalogue.editors.submissions import submission_of
from catalogue.models import ProviderPage, ServicePage

STALE_LISTED = 20
WITHOUT_EDITORS_LISTED = 10


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
        context["organisations"] = [self.organisation(provider) for provider in self.providers]
        return context

    @staticmethod
    def organisation(provider):
        services = [
            service_row(service)
            for service in ServicePage.objects.child_of(provider).order_by("title")
        ]
        submission = submission_of(provider)
        waiting = [row["page"] for row in services if row["submission"].waiting]
        return {
            "provider": provider,
            "submission": submission,
            "services": services,
            "waiting": ([provider] if submission.waiting else []) + waiting,
        }


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
        without_editors = providers_without_editors()
        context["without_editors_count"] = without_editors.count()
        context["without_editors"] = without_editors[:WITHOUT_EDITORS_LISTED]
        return context


def providers_without_editors():
    """Live providers with nobody (active) who could keep their pages current."""
    with_editors = ProviderTeam.objects.filter(group__user__is_active=True).values("provider_id")
    return ProviderPage.objects.live().exclude(pk__in=with_editors).order_by("title")
