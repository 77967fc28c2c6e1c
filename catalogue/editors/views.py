"""Admin views: the one-click confirmation of a service's data, and onboarding by coordinators.

Each declares the permission it needs the way Wagtail's own views do (``PermissionCheckedMixin``
with a permission policy); ``tests/security/test_admin_permissions.py`` reads it.
"""

from functools import cached_property

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from catalogue.editors.forms import OnboardingForm
from catalogue.editors.freshness import mark_verified
from catalogue.editors.models import ProviderTeam
from catalogue.editors.onboarding import (
    AccountNeedsConfirmation,
    onboard_provider,
    onboarding_permission_policy,
)
from catalogue.models import ServicePage


class ConfirmVerifiedView(PermissionCheckedMixin, View):
    """GET asks, POST records that the service's published data are still correct.

    Needs the right to edit that very service.
    """

    permission_policy = PagePermissionPolicy(ServicePage)
    permission_required = "change"

    @cached_property
    def service(self):
        service = get_object_or_404(ServicePage.objects.live(), pk=self.kwargs["page_id"])
        if not service.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return service

    def get(self, request, page_id):
        return TemplateResponse(
            request, "catalogue_editors/confirm_verified.html", {"service": self.service}
        )

    def post(self, request, page_id):
        service = self.service
        day = mark_verified(service, user=request.user)
        messages.success(
            request,
            f"Děkujeme, údaje služby „{service.title}“ jsou ověřeny k {day.day}. {day.month}. "
            f"{day.year}.",
        )
        return redirect(safe_next_url(request) or "wagtailadmin_home")


def safe_next_url(request):
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        return next_url
    return None


class OnboardView(PermissionCheckedMixin, FormView):
    """Coordinators' form for ``onboard_provider``, with the list of existing teams."""

    permission_policy = onboarding_permission_policy
    permission_required = "onboard"
    template_name = "catalogue_editors/onboard.html"
    form_class = OnboardingForm

    def get_initial(self):
        return {"provider": self.request.GET.get("provider")}

    def form_valid(self, form):
        data = form.cleaned_data
        provider = data["provider"]
        try:
            result = onboard_provider(
                provider, data["email"], data["name"], confirmed_account=data["confirmed_account"]
            )
        except AccountNeedsConfirmation as needed:
            form = form.asking_to_confirm(needed.account)
            return self.render_to_response(self.get_context_data(form=form))
        user = result.user
        if result.invited:
            messages.success(
                self.request, f"Pozvánka pro {user.email} ({provider.title}) byla odeslána."
            )
        elif result.added_to_group:
            messages.success(self.request, f"{user.email} nyní může upravovat {provider.title}.")
        else:
            messages.info(self.request, f"{user.email} už přístup k {provider.title} má.")
        return redirect("catalogue_editors:onboard")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["teams"] = (
            ProviderTeam.objects.select_related("provider", "group")
            .prefetch_related("group__user_set")
            .order_by("provider__title")
        )
        return context
