"""Wagtail's user create and edit forms, refusing an e-mail address another account uses."""

from wagtail.users import forms as wagtail_forms
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from portal.accounts.unique_email import validate_unique_email


class UniqueEmailMixin:
    def clean_email(self):
        email = self.cleaned_data["email"]
        validate_unique_email(email, user=self.instance)
        return email


class UserCreationForm(UniqueEmailMixin, wagtail_forms.UserCreationForm):
    pass


class UserEditForm(UniqueEmailMixin, wagtail_forms.UserEditForm):
    pass


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm
