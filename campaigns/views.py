"""Registration for an event (/akce/<event>/registrace/) and managing one's registration."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from campaigns.emails import send_already_registered_email, send_registration_email
from campaigns.forms import RegistrationForm
from campaigns.models.events import RegistrationState
from campaigns.models.registration import Outcome, Registration, cancel, register_person
from portal.models import SiteSettings
from portal.rate_limit import RateLimit, client_address

# Registration attempts (valid or not) from one address within a quarter of an hour.
REGISTRATION_ATTEMPTS = RateLimit("event-registration", limit=10, window=15 * 60)

FORM_TEMPLATE = "campaigns/registration_form.html"
DETAIL_TEMPLATE = "campaigns/registration_detail.html"
SENT_TEMPLATE = "campaigns/registration_sent.html"


def register(request, event):
    """The form, and what a valid submission gets: the same answer whether the address is new
    or already registered (only the e-mail the address receives differs)."""
    state = event.registration_state()
    if state == RegistrationState.NONE:
        raise Http404("Na tuto akci se neregistruje.")
    privacy_notice = SiteSettings.for_request(request).privacy_notice
    form = RegistrationForm(request.POST or None, privacy_notice=privacy_notice)
    context = {"page": event, "form": form, "state": state, "seats_left": event.seats_left()}
    if request.method != "POST" or state != RegistrationState.OPEN:
        return TemplateResponse(request, FORM_TEMPLATE, context)
    if not REGISTRATION_ATTEMPTS.reserve(client_address(request)):
        context["rate_limited"] = True
        return TemplateResponse(request, FORM_TEMPLATE, context, status=429)
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
    if result.outcome == Outcome.ALREADY:
        send_already_registered_email.enqueue(result.registration.pk)
    elif result.registration is not None:
        send_registration_email.enqueue(result.registration.pk)
    if result.full:
        form.add_error(None, "Kapacita akce se mezitím naplnila, registrace už není možná.")
        return TemplateResponse(request, FORM_TEMPLATE, context)
    return redirect(event.url + event.reverse_subpage("registration_sent"))


def registration_sent(request, event):
    if event.registration_state() == RegistrationState.NONE:
        raise Http404("Na tuto akci se neregistruje.")
    return TemplateResponse(request, SENT_TEMPLATE, {"page": event})


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
        "just_cancelled": request.GET.get("zruseno") == "1",
    }
    return TemplateResponse(request, DETAIL_TEMPLATE, context)
