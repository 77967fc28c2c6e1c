"""Admin views for campaign staff: writing to everyone registered for an event."""

from functools import cached_property

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from campaigns.emails import send_message_to_registrants
from campaigns.models import EventPage, Registration
from portal.admin_views import AdminPageMixin

RECIPIENTS = {
    "confirmed": ("Potvrzeným účastníkům", [Registration.Status.CONFIRMED]),
    "waiting": ("Náhradníkům", [Registration.Status.WAITING]),
    "all": ("Všem", [Registration.Status.CONFIRMED, Registration.Status.WAITING]),
}

# Who may see and change registrations (campaign staff, superusers) may also write to them.
registration_permission_policy = ModelPermissionPolicy(Registration)


class RegistrantMessageForm(forms.Form):
    recipients = forms.ChoiceField(
        label="Komu",
        choices=[(key, label) for key, (label, _) in RECIPIENTS.items()],
        initial="confirmed",
    )
    subject = forms.CharField(label="Předmět", max_length=200)
    body = forms.CharField(label="Text zprávy", widget=forms.Textarea(attrs={"rows": 12}))


class EmailRegistrantsView(PermissionCheckedMixin, AdminPageMixin, FormView):
    """Staff write one e-mail to the registrants of an event; needs ``change_registration``."""

    permission_policy = registration_permission_policy
    permission_required = "change"
    template_name = "campaigns/admin/email_registrants.html"
    form_class = RegistrantMessageForm
    header_icon = "mail"

    @cached_property
    def event(self):
        return get_object_or_404(EventPage, pk=self.kwargs["event_id"])

    def get_page_title(self):
        return f"Napsat přihlášeným: {self.event.title}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = "Odeslat e-maily"
        context["submit_button_active_label"] = "Odesílám…"
        context["event"] = self.event
        return context

    def form_valid(self, form):
        statuses = RECIPIENTS[form.cleaned_data["recipients"]][1]
        count = Registration.objects.filter(event=self.event, status__in=statuses).count()
        send_message_to_registrants.enqueue(
            self.event.pk, form.cleaned_data["subject"], form.cleaned_data["body"], statuses
        )
        messages.success(self.request, f"Zpráva se odesílá {count} příjemcům.")
        index_url = reverse("campaigns_registration:index")
        return redirect(f"{index_url}?event={self.event.pk}")
