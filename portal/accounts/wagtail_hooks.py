from django.urls import path
from wagtail import hooks

from portal.accounts.email_change import ConfirmEmailView, EmailSettingsPanel


@hooks.register("register_account_settings_panel")
def register_email_settings_panel(request, user, profile):
    return EmailSettingsPanel(request, user, profile)


@hooks.register("register_admin_urls")
def register_email_confirmation_url():
    return [
        path("ucet/email/<str:token>/", ConfirmEmailView.as_view(), name="accounts_confirm_email")
    ]
