from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "portal.accounts"
    label = "accounts"
    verbose_name = "Účty"


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user management, with forms that refuse an e-mail another account uses.

    Listed in ``INSTALLED_APPS`` instead of ``wagtail.users`` (Wagtail's way to customise it).
    """

    default = False
    user_viewset = "portal.accounts.users.UserViewSet"
