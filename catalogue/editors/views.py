"""Admin views: the one-click confirmation of a service's data, and onboarding by coordinators."""

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.admin import messages

from catalogue.editors.forms import OnboardingForm
from catalogue.editors.freshness import mark_verified
from catalogue.editors.models import ProviderTeam
from catalogue.editors.onboarding import onboard_provider
from catalogue.models import ServicePage


def confirm_verified(request, page_id):
    """GET asks, POST records that the service's published data are still correct."""
    service = get_object_or_404(ServicePage.objects.live(), pk=page_id)
    if not service.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        day = mark_verified(service, user=request.user)
        messages.success(
            request,
            f"Děkujeme, údaje služby „{service.title}“ jsou ověřeny k {day.day}. {day.month}. "
            f"{day.year}.",
        )
        return redirect(safe_next_url(request) or "wagtailadmin_home")
    return TemplateResponse(
        request, "catalogue_editors/confirm_verified.html", {"service": service}
    )


def safe_next_url(request):
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        return next_url
    return None


@permission_required("catalogue_editors.onboard_provider", raise_exception=True)
def onboard(request):
    """Coordinators' form for ``onboard_provider``, with the list of existing teams."""
    form = OnboardingForm(request.POST or None, initial={"provider": request.GET.get("provider")})
    if form.is_valid():
        result = onboard_provider(**form.cleaned_data)
        provider = form.cleaned_data["provider"]
        if result.invited:
            messages.success(
                request, f"Pozvánka pro {result.user.email} ({provider.title}) byla odeslána."
            )
        elif result.added_to_group:
            messages.success(request, f"{result.user.email} nyní může upravovat {provider.title}.")
        else:
            messages.info(request, f"{result.user.email} už přístup k {provider.title} měl(a).")
        return redirect("catalogue_editors:onboard")
    teams = (
        ProviderTeam.objects.select_related("provider", "group")
        .prefetch_related("group__user_set")
        .order_by("provider__title")
    )
    return TemplateResponse(
        request, "catalogue_editors/onboard.html", {"form": form, "teams": teams}
    )
