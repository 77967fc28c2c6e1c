"""Changing one's e-mail address: it takes effect only once the new address confirms it.

In Account settings (panel "E-mail") a user asks for a new address; a signed link valid for
``LINK_VALID_FOR`` goes to that address, and only opening it while signed in to the same account
changes the e-mail. The old address is then told. Nobody can claim an address they cannot read,
so nobody can stand in for its owner (in onboarding, invitations, notices or password resets).
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View
from wagtail.admin.views.account import BaseSettingsPanel

from portal.accounts.unique_email import email_in_use, validate_unique_email

LINK_VALID_FOR = timedelta(days=2)
SALT = "portal.accounts.email-change"


def make_token(user, new_email):
    """A signed link token: this account, this new address, while the old address is current."""
    return signing.dumps({"user": user.pk, "new": new_email, "old": user.email.lower()}, salt=SALT)


class InvalidLink(Exception):
    """Why a link cannot change the e-mail (in Czech), with the HTTP status to answer."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.status = status


def read_token(token, user):
    """The new address from ``token`` if it is valid for ``user`` now; else ``InvalidLink``."""
    try:
        data = signing.loads(token, salt=SALT, max_age=LINK_VALID_FOR)
    except signing.SignatureExpired as error:
        raise InvalidLink("Platnost odkazu vypršela. Požádejte o změnu e-mailu znovu.") from error
    except signing.BadSignature as error:
        raise InvalidLink("Odkaz není platný. Zkopírujte prosím celý odkaz z e-mailu.") from error
    if data.get("user") != user.pk:
        raise InvalidLink(
            "Tento odkaz patří k jinému účtu. Otevřete ho přihlášeni účtem, jehož e-mail měníte.",
            status=403,
        )
    if data.get("old") != user.email.lower():
        raise InvalidLink("E-mail účtu se mezitím změnil; tento odkaz už neplatí.")
    return data["new"]


def send_confirmation_link(user, new_email):
    path = reverse("accounts_confirm_email", args=[make_token(user, new_email)])
    context = {
        "user": user,
        "new_email": new_email,
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
        "valid_hours": int(LINK_VALID_FOR.total_seconds() // 3600),
    }
    send_mail(
        subject="Potvrďte novou e-mailovou adresu",
        message=render_to_string("accounts/emails/confirm_email.txt", context),
        from_email=None,
        recipient_list=[new_email],
    )


def send_change_notice(user, old_email):
    context = {"user": user, "old_email": old_email}
    send_mail(
        subject="E-mail vašeho účtu byl změněn",
        message=render_to_string("accounts/emails/email_changed.txt", context),
        from_email=None,
        recipient_list=[old_email],
    )


class EmailChangeForm(forms.Form):
    new_email = forms.EmailField(
        label="Nový e-mail",
        required=False,
        max_length=254,
        error_messages={"invalid": "Zadejte e-mail ve tvaru jmeno@example.cz."},
    )

    def __init__(self, *args, user, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request
        self.fields["new_email"].help_text = (
            f"Současná adresa: {user.email or 'žádná'}. Novou adresu začneme používat, až ji "
            "potvrdíte odkazem, který na ni pošleme."
        )

    def clean_new_email(self):
        email = self.cleaned_data["new_email"].strip()
        if not email or email.lower() == self.user.email.lower():
            return ""
        validate_unique_email(email, user=self.user)
        return email

    def save(self):
        email = self.cleaned_data["new_email"]
        if email:
            send_confirmation_link(self.user, email)
            messages.info(
                self.request,
                f"Na adresu {email} jsme poslali odkaz. E-mail účtu se změní, až ho otevřete.",
            )


class EmailSettingsPanel(BaseSettingsPanel):
    """Account settings → E-mail (replaces Wagtail's e-mail field, which changes it at once)."""

    name = "email"
    title = "E-mail"
    order = 150
    form_class = EmailChangeForm

    def get_form(self):
        kwargs = {"user": self.user, "request": self.request, "prefix": self.name}
        if self.request.method == "POST":
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)


class ConfirmEmailView(View):
    """The link from the e-mail: shows the new address (GET) and changes it (POST).

    Only the account the link was made for, signed in, can use it.
    """

    template_name = "accounts/confirm_email.html"

    def get(self, request, token):
        try:
            new_email = read_token(token, request.user)
        except InvalidLink as error:
            return self.render(str(error), status=error.status)
        return self.render(new_email=new_email)

    def post(self, request, token):
        user = request.user
        try:
            new_email = read_token(token, user)
        except InvalidLink as error:
            return self.render(str(error), status=error.status)
        old_email = user.email
        try:
            with transaction.atomic():
                if email_in_use(new_email, except_user=user):
                    raise IntegrityError
                user.email = new_email
                user.save(update_fields=["email"])
        except IntegrityError:
            return self.render("Tento e-mail mezitím začal používat jiný účet.", status=400)
        if old_email:
            send_change_notice(user, old_email)
        messages.success(request, f"E-mail účtu je nyní {new_email}.")
        return redirect("wagtailadmin_account")

    def render(self, error="", new_email="", status=200):
        context = {"error": error, "new_email": new_email}
        return TemplateResponse(self.request, self.template_name, context, status=status)
