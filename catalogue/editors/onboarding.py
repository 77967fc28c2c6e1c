"""Giving a provider's staff access to their own pages, and nothing else.

``onboard_provider`` is what both ``manage.py onboard_provider`` and the coordinators' admin
form call. Running it again changes nothing that is already right, and it repairs a group
whose permissions were changed by hand. An address that already has an account is never
extended silently: the coordinator first sees whose account it is (name, the providers it
edits) and confirms that very account.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from wagtail.permission_policies import ModelPermissionPolicy

from catalogue.editors.models import ProviderTeam
from catalogue.editors.roles import (
    EDITOR_PAGE_ACTIONS,
    PROVIDERS_COLLECTION,
    admin_access,
    ensure_collection,
    set_collection_permissions,
    set_page_permissions,
)
from catalogue.models import ProviderPage
from portal.resilience.audit import log_onboarding

GROUP_PREFIX = "Editoři: "
ONBOARD_PERMISSION = "catalogue_editors.onboard_provider"


class OnboardingPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's policy for provider teams, with the action "onboard": the custom permission
    ``catalogue_editors.onboard_provider`` held by the catalogue coordinators."""

    def user_has_permission(self, user, action):
        if action == "onboard":
            return user.is_active and user.has_perm(ONBOARD_PERMISSION)
        return super().user_has_permission(user, action)


onboarding_permission_policy = OnboardingPermissionPolicy(ProviderTeam)


@dataclass
class Onboarding:
    """What ``onboard_provider`` did, for the command's and the form's messages."""

    team: ProviderTeam
    user: object
    user_created: bool
    added_to_group: bool
    invited: bool


@dataclass(frozen=True)
class ExistingAccount:
    """Whose an existing account is, as the coordinator confirms it."""

    pk: int
    username: str
    full_name: str
    email: str
    is_active: bool
    providers: list
    other_groups: list

    @classmethod
    def of(cls, user):
        teams = ProviderTeam.objects.filter(group__user=user).select_related("provider")
        team_groups = {team.group_id for team in teams}
        return cls(
            pk=user.pk,
            username=user.get_username(),
            full_name=user.get_full_name(),
            email=user.email,
            is_active=user.is_active,
            providers=sorted(team.provider.title for team in teams),
            other_groups=sorted(
                group.name for group in user.groups.all() if group.pk not in team_groups
            ),
        )

    def __str__(self):
        name = f"{self.full_name} ({self.username})" if self.full_name else self.username
        edits = ", ".join(self.providers) or "žádného poskytovatele"
        return f"{name}, upravuje: {edits}"


class AccountNeedsConfirmation(Exception):
    """The address belongs to an account that is not in the provider's team yet."""

    def __init__(self, account):
        self.account = account
        super().__init__(f"Adresa {account.email} už patří účtu {account}.")


def find_provider(reference):
    """The provider page by its id or slug; ``ProviderPage.DoesNotExist`` if there is none."""
    reference = str(reference).strip()
    if reference.isdigit():
        return ProviderPage.objects.get(pk=int(reference))
    return ProviderPage.objects.get(slug=reference)


def group_name(provider):
    """'Editoři: <name>', shortened to fit, with the page id when two providers share a name."""
    name = f"{GROUP_PREFIX}{provider.title}"[:140]
    taken = Group.objects.filter(name=name).exclude(provider_team__provider=provider).exists()
    return f"{name} ({provider.pk})" if taken else name


def ensure_team(provider):
    """The provider's group and collection, with exactly the editors' permissions."""
    team = ProviderTeam.objects.filter(provider=provider).select_related("group").first()
    if team is None:
        group, _ = Group.objects.get_or_create(name=group_name(provider))
        collection = ensure_collection(provider.title, ensure_collection(PROVIDERS_COLLECTION))
        team = ProviderTeam.objects.create(provider=provider, group=group, collection=collection)
    team.group.permissions.set([admin_access()])
    set_page_permissions(team.group, [provider], EDITOR_PAGE_ACTIONS)
    set_collection_permissions(team.group, team.collection)
    return team


def account_for_email(email):
    """The account with this e-mail (addresses are unique regardless of case), or None."""
    return get_user_model().objects.filter(email__iexact=email.strip()).first()


def create_account(email, name=""):
    """A new account without a password; its owner sets one through the invitation."""
    first_name, _, last_name = name.strip().partition(" ")
    user = get_user_model()(
        username=email.lower(), email=email, first_name=first_name, last_name=last_name
    )
    user.set_unusable_password()
    user.save()
    return user


@transaction.atomic
def onboard_provider(provider, email, name="", confirmed_account=None):
    """Give the person with ``email`` editing rights to ``provider``; invite them if new.

    If the address already has an account outside the provider's team, ``confirmed_account``
    must be that very account (its pk), which the coordinator has seen and confirmed;
    otherwise ``AccountNeedsConfirmation`` is raised and nothing changes.
    """
    team = ensure_team(provider)
    user = account_for_email(email)
    user_created = user is None
    if user_created:
        user = create_account(email, name)
    added = not user.groups.filter(pk=team.group.pk).exists()
    if added and not user_created and confirmed_account != user.pk:
        raise AccountNeedsConfirmation(ExistingAccount.of(user))
    if added:
        user.groups.add(team.group)
        log_onboarding(provider, user, team.group)
    invited = False
    if added or user_created:
        if user.has_usable_password():
            send_access_notice(user, provider)
        else:
            send_invitation(user, provider)
            invited = True
    return Onboarding(team, user, user_created, added, invited)


class InvitationForm(PasswordResetForm):
    """Django's password reset, also for accounts that have never had a password."""

    def get_users(self, email):
        return get_user_model().objects.filter(email__iexact=email, is_active=True)


def send_invitation(user, provider):
    """A password-reset e-mail worded as an invitation: the link lets the editor set a password."""
    form = InvitationForm(data={"email": user.email})
    form.is_valid()
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    form.save(
        domain_override=base_url.netloc,
        use_https=base_url.scheme == "https",
        subject_template_name="catalogue_editors/emails/invitation_subject.txt",
        email_template_name="catalogue_editors/emails/invitation.txt",
        extra_email_context={"provider": provider},
    )


def send_access_notice(user, provider):
    """An existing account just got access to another provider: tell its owner."""
    context = {"user": user, "provider": provider, "base_url": settings.WAGTAILADMIN_BASE_URL}
    send_mail(
        subject=render_to_string("catalogue_editors/emails/access_subject.txt", context).strip(),
        message=render_to_string("catalogue_editors/emails/access.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
