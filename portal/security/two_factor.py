"""Optional second login factor (TOTP, django-otp) for admin accounts.

A user turns it on in the admin (Účet → Dvoufázové ověření, ``setup``) or an administrator does
with ``manage.py totp_device <username>``. A user with a confirmed TOTP device signs in with the
password as usual; until the session is verified, every admin URL redirects to the code form and
every other URL treats the session as anonymous. Users without a device are not affected.
"""

from base64 import b32encode
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import match_token, user_has_device

from portal.security.headers import is_admin_path
from portal.security.totp import confirmed_device, pending_device, remove_totp_devices

VERIFY_URL_NAME = "security_verify_otp"


class TokenForm(forms.Form):
    otp_token = forms.CharField(
        label="Kód z ověřovací aplikace",
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        error_messages={
            "required": "Zadejte šestimístný kód z ověřovací aplikace.",
            "min_length": "Kód má šest číslic.",
            "max_length": "Kód má šest číslic.",
        },
    )

    def __init__(self, user, *args, device=None, **kwargs):
        """Check the code against ``device``, or else against any confirmed device of ``user``."""
        super().__init__(*args, **kwargs)
        self.user = user
        self.expected_device = device
        self.device = None

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].strip().replace(" ", "")
        if self.expected_device is None:
            self.device = match_token(self.user, token)
        elif self.expected_device.verify_token(token):
            self.device = self.expected_device
        if self.device is None:
            raise forms.ValidationError(
                "Kód není platný nebo už vypršel. Zadejte aktuální kód z aplikace; po několika "
                "chybných pokusech musíte chvíli počkat."
            )
        return token


def needs_second_factor(user):
    """A signed-in user with a confirmed device whose session has not been verified yet."""
    return (
        user.is_authenticated and not user.is_verified() and user_has_device(user, confirmed=True)
    )


def _as_anonymous(request):
    """Treat the request as an anonymous visitor's, whatever its session says."""
    anonymous = AnonymousUser()
    anonymous.otp_device = None
    anonymous.is_verified = lambda: False

    async def auser():
        return anonymous

    request.user = anonymous
    request.auser = auser


class RequireSecondFactorMiddleware:
    """Until a user with a TOTP device enters the code, their session is not signed in.

    Admin requests go to the code form; everywhere else (documents, login-only pages, the API)
    the request is treated as anonymous. Only the code form and logout see the user. Placed
    after django-otp's ``OTPMiddleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if not self._is_exempt(path) and needs_second_factor(request.user):
            if is_admin_path(path):
                verify_url = reverse(VERIFY_URL_NAME)
                return redirect(f"{verify_url}?{urlencode({'next': request.get_full_path()})}")
            _as_anonymous(request)
        return self.get_response(request)

    def _is_exempt(self, path):
        exempt = [reverse(VERIFY_URL_NAME), reverse("wagtailadmin_logout")]
        return path in exempt or path.startswith(settings.STATIC_URL)


@never_cache
def verify(request):
    """Ask a signed-in user for the current code of their authenticator app."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("wagtailadmin_home")
    if not needs_second_factor(request.user):
        return redirect(next_url)
    form = TokenForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        return redirect(next_url)
    status = 400 if form.is_bound else 200
    return TemplateResponse(
        request, "security/verify_otp.html", {"form": form, "next": next_url}, status=status
    )


@never_cache
def setup(request):
    """Turn the second factor on (scan the key, confirm with a code) or off, for oneself."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if not user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    if confirmed_device(user):
        if request.method == "POST" and "vypnout" in request.POST:
            remove_totp_devices(user)
            messages.success(request, "Dvoufázové ověření je vypnuté.")
            return redirect("wagtailadmin_account")
        return TemplateResponse(request, "security/two_factor_setup.html", {"enabled": True})
    device = pending_device(user)
    form = TokenForm(user, request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, "Dvoufázové ověření je zapnuté. Při přihlášení zadáte i kód.")
        return redirect("wagtailadmin_account")
    context = {
        "enabled": False,
        "form": form,
        "secret": b32encode(device.bin_key).decode(),
        "config_url": device.config_url,
    }
    return TemplateResponse(
        request, "security/two_factor_setup.html", context, status=400 if form.errors else 200
    )
