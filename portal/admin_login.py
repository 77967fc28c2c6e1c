"""The Wagtail admin's login form, entirely in Czech.

Wagtail 8.0.1 declares the password field without a label, so Django falls back to the field's
name, "Password", which no translation catalogue covers. Giving it Django's own translatable
label makes it "Heslo".
"""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")
