"""Registration for an event (/akce/<event>/registrace/) and managing one's registration."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from campaigns.emails import send_registration_email
from campaigns.forms import RegistrationForm
from campaigns.models.events import RegistrationState
from campaigns.models.registration import Outcome, Registration, cancel, register_person
from portal.models import SiteSettings
from portal.rate_limit import RateLimit, client_address

# Registration attempts (valid or not) from one address within a quarter of an hour.
REGISTRATION_ATTEMPTS = RateLimit("event-registration", limit=10, window=15 * 60)

FORM_TEMPLATE = "campaigns/registration_form.html"
DETAIL_TEMPLATE = "campaigns/registration_detail.html"


def register(request, event):
    state = event.registration_state()
    if state == RegistrationState.NONE:
        raise Http404("Na tuto akci se neregistruje.")
    privacy_notice = SiteSettings.for_request(request).privacy_notice
    form = RegistrationForm(request.POST or None, privacy_notice=privacy_notice)
    context = {"page": event, "form": form, "state": state, "seats_left": event.seats_left()}
    if request.method != "POST" or state != RegistrationState.OPEN:
        return TemplateResponse(request, FORM_TEMPLATE, context)
    client = client_address(request)
    if REGISTRATION_ATTEMPTS.exceeded(client):
        context["rate_limited"] = True
        return TemplateResponse(request, FORM_TEMPLATE, context, status=429)
    REGISTRATION_ATTEMPTS.record(client)
    if form.is_bot():
        return TemplateResponse(request, FORM_TEMPLATE, context, status=400)
    if not form.is_valid():
        return TemplateResponse(request, FORM_TEMPLATE, context)
    data = form.cleaned_data
    result = register_person(
        event,
        name=data["name"],
        email=data["email"],
        organisation=data["organisation"],
        note=data["note"],
    )
    if result.outcome == Outcome.FULL:
        form.add_error(None, "Kapacita akce se mezitím naplnila, registrace už není možná.")
        return TemplateResponse(request, FORM_TEMPLATE, context)
    if result.outcome == Outcome.ALREADY:
        context["already_registered"] = True
        return TemplateResponse(request, FORM_TEMPLATE, context)
    send_registration_email.enqueue(result.registration.pk)
    return redirect(event.url + f"registrace/{result.registration.token}/?nova=1")


def registration_detail(request, event, token):
    registration = get_object_or_404(Registration, event=event, token=token)
    if request.method == "POST":
        promoted = cancel(registration)
        if promoted:
            send_registration_email.enqueue(promoted.pk)
        return redirect(event.url + f"registrace/{token}/?zruseno=1")
    context = {
        "page": event,
        "registration": registration,
        "is_new": request.GET.get("nova") == "1",
        "just_cancelled": request.GET.get("zruseno") == "1",
    }
    return TemplateResponse(request, DETAIL_TEMPLATE, context)
