"""Demo accounts: one person in each shared role, and the editors of two demo providers.

The passwords are public on purpose (they are printed by ``manage.py demo_accounts``), so the
accounts are never created under the production settings.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from catalogue.editors.onboarding import ensure_team
from catalogue.editors.roles import CAMPAIGN_STAFF, COORDINATORS, PLAN_COORDINATORS, setup_roles
from catalogue.models import ProviderPage


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    first_name: str
    last_name: str
    role: str
    group: str | None = None  # a shared role's group,
    provider_index: int | None = None  # or the editors of the n-th demo provider

    @property
    def email(self):
        return f"{self.username}@example.org"


DEMO_ACCOUNTS = [
    DemoAccount(
        "koordinator",
        "ukazka-koordinator",
        "Klára",
        "Koordinátorová",
        "koordinátor katalogu",
        group=COORDINATORS,
    ),
    DemoAccount(
        "planovani",
        "ukazka-planovani",
        "Petr",
        "Plánovač",
        "koordinátor komunitního plánování",
        group=PLAN_COORDINATORS,
    ),
    DemoAccount(
        "kampane",
        "ukazka-kampane",
        "Kamila",
        "Kampaňová",
        "redakce kampaní a akcí",
        group=CAMPAIGN_STAFF,
    ),
    DemoAccount(
        "editor-a", "ukazka-editor-a", "Adam", "Editor", "editor poskytovatele", provider_index=0
    ),
    DemoAccount(
        "editor-b", "ukazka-editor-b", "Bára", "Editorová", "editor poskytovatele", provider_index=1
    ),
]


def demo_providers():
    """The two providers the demo editors look after: the first two of the catalogue."""
    return list(ProviderPage.objects.order_by("path")[:2])


def load(home, log):
    setup_roles()
    if not settings.DEMO_ACCOUNTS_ENABLED:
        log("Ukázkové účty se v produkčním nastavení nevytvářejí.")
        return
    providers = demo_providers()
    for account in DEMO_ACCOUNTS:
        user = ensure_account(account, log)
        if account.group:
            user.groups.add(Group.objects.get(name=account.group))
        elif account.provider_index < len(providers):
            user.groups.add(ensure_team(providers[account.provider_index]).group)


def ensure_account(account, log):
    User = get_user_model()
    user = User.objects.filter(username=account.username).first()
    if user is not None:
        return user
    user = User.objects.create_user(
        account.username,
        email=account.email,
        password=account.password,
        first_name=account.first_name,
        last_name=account.last_name,
    )
    log(f"Vytvořen ukázkový účet {account.username} ({account.role})")
    return user


def describe_accounts():
    """One line per demo account, for ``manage.py demo_accounts``."""
    providers = demo_providers()
    lines = []
    for account in DEMO_ACCOUNTS:
        role = account.role
        if account.provider_index is not None and account.provider_index < len(providers):
            role = f"{role}: {providers[account.provider_index].title}"
        lines.append(f"{account.username} / {account.password}  ({role})")
    return lines
