"""A coordinator gives a provider's staff member access; running it twice changes nothing."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from catalogue.editors.models import ProviderTeam
from catalogue.editors.onboarding import AccountNeedsConfirmation, onboard_provider
from tests.catalogue import factories as f


@pytest.fixture
def provider(catalogue):
    return f.provider(catalogue, "Slezská diakonie Ukázka", "slezska-diakonie-ukazka")


def granted(team):
    pages = {
        (p.page_id, p.permission.codename)
        for p in GroupPagePermission.objects.filter(group=team.group)
    }
    media = {
        (p.collection_id, p.permission.codename)
        for p in GroupCollectionPermission.objects.filter(group=team.group)
    }
    return pages, media, {p.codename for p in team.group.permissions.all()}


def test_onboarding_creates_the_group_with_exactly_the_editors_permissions(provider):
    onboard_provider(provider, "jana@example.org", "Jana Nováková")

    team = ProviderTeam.objects.get(provider=provider)
    pages, media, global_permissions = granted(team)
    assert team.group.name == "Editoři: Slezská diakonie Ukázka"
    assert pages == {(provider.pk, "add_page"), (provider.pk, "change_page")}
    assert media == {
        (team.collection.pk, codename)
        for codename in [
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
        ]
    }
    assert global_permissions == {"access_admin"}
    assert team.collection.name == provider.title
    assert team.collection.get_parent().name == "Poskytovatelé"


def test_new_editor_gets_an_invitation_to_set_a_password(provider, client):
    result = onboard_provider(provider, "Jana@Example.org", "Jana Nováková")

    user = result.user
    assert result.user_created and result.invited
    assert user.first_name == "Jana" and user.last_name == "Nováková"
    assert not user.has_usable_password()
    assert mail.outbox[0].to == ["Jana@Example.org"]
    assert "Slezská diakonie Ukázka" in mail.outbox[0].subject
    link = next(
        line for line in mail.outbox[0].body.splitlines() if "/admin/password_reset/" in line
    )
    response = client.get(urlsplit(link.strip()).path, follow=True)
    assert response.status_code == 200
    assert "new_password1" in response.content.decode()


def test_onboarding_twice_changes_nothing(provider):
    onboard_provider(provider, "jana@example.org")
    team = ProviderTeam.objects.get(provider=provider)
    before = granted(team)

    again = onboard_provider(provider, "jana@example.org")

    assert not again.user_created and not again.added_to_group and not again.invited
    assert granted(team) == before
    assert ProviderTeam.objects.count() == 1
    assert get_user_model().objects.filter(email__iexact="jana@example.org").count() == 1
    assert len(mail.outbox) == 1


def test_onboarding_repairs_permissions_changed_by_hand(provider, catalogue):
    onboard_provider(provider, "jana@example.org")
    team = ProviderTeam.objects.get(provider=provider)
    GroupPagePermission.objects.create(
        group=team.group, page=catalogue, permission=GroupPagePermission.objects.first().permission
    )

    onboard_provider(provider, "petr@example.org")

    assert {p.page_id for p in GroupPagePermission.objects.filter(group=team.group)} == {
        provider.pk
    }


def test_existing_account_is_extended_only_once_the_coordinator_confirms_it(provider):
    user = get_user_model().objects.create_user(
        "petr", "petr@example.org", "heslo-12345", first_name="Petr", last_name="Starý"
    )

    with pytest.raises(AccountNeedsConfirmation) as asked:
        onboard_provider(provider, "Petr@example.org")
    assert asked.value.account.pk == user.pk
    assert asked.value.account.full_name == "Petr Starý"
    assert not user.groups.exists() and not mail.outbox
    assert not ProviderTeam.objects.exists()

    result = onboard_provider(provider, "petr@example.org", confirmed_account=user.pk)

    assert result.added_to_group and not result.invited
    assert user.groups.filter(pk=result.team.group.pk).exists()
    assert mail.outbox[0].subject == "Přístup k úpravám stránek organizace Slezská diakonie Ukázka"


def test_confirming_another_account_does_not_extend_this_one(provider):
    user = get_user_model().objects.create_user("petr", "petr@example.org", "heslo-12345")
    other = get_user_model().objects.create_user("jiny", "jiny@example.org", "heslo-12345")

    with pytest.raises(AccountNeedsConfirmation):
        onboard_provider(provider, "petr@example.org", confirmed_account=other.pk)

    assert not user.groups.exists()


def test_command_onboards_by_slug(provider, capsys):
    call_command("onboard_provider", "slezska-diakonie-ukazka", email="jana@example.org")

    assert "Pozvánka odeslána na jana@example.org." in capsys.readouterr().out
    assert ProviderTeam.objects.filter(provider=provider).exists()


def test_command_asks_before_extending_an_existing_account(provider):
    user = get_user_model().objects.create_user("petr", "petr@example.org", "heslo-12345")

    with pytest.raises(CommandError, match="--existing-account petr"):
        call_command("onboard_provider", provider.slug, email="petr@example.org")
    assert not user.groups.exists()

    call_command(
        "onboard_provider", provider.slug, email="petr@example.org", existing_account="petr"
    )
    assert user.groups.filter(provider_team__provider=provider).exists()


def test_command_rejects_an_unknown_provider(catalogue):
    with pytest.raises(CommandError, match="neexistuje"):
        call_command("onboard_provider", "neexistuje", email="jana@example.org")


def test_coordinator_onboards_an_editor_in_the_admin(world, as_coordinator):
    response = as_coordinator.post(
        "/admin/editori-poskytovatelu/pridat/",
        {"provider": world["provider_b"].pk, "email": "nova@example.org", "name": "Nová Editorka"},
        follow=True,
    )

    assert "Pozvánka pro nova@example.org" in response.content.decode()
    assert world["team_b"].group.user_set.filter(email="nova@example.org").exists()


def test_coordinator_gets_a_czech_message_for_a_bad_email(world, as_coordinator):
    response = as_coordinator.post(
        "/admin/editori-poskytovatelu/pridat/",
        {"provider": world["provider_b"].pk, "email": "není e-mail"},
    )

    assert response.status_code == 200
    assert "platnou e-mailovou adresu" in response.content.decode()


def test_provider_page_header_offers_coordinators_to_add_an_editor(world, as_coordinator):
    html = as_coordinator.get(f"/admin/pages/{world['provider_a'].pk}/").content.decode()

    assert f"/admin/editori-poskytovatelu/pridat/?provider={world['provider_a'].pk}" in html


def test_coordinator_sees_whose_account_an_address_is_before_extending_it(world, as_coordinator):
    """Issue 14: onboarding an address that has an account never silently extends it."""
    editor_a = world["editor_a"]
    editor_a.first_name, editor_a.last_name = "Adam", "Editor"
    editor_a.save()
    url = "/admin/editori-poskytovatelu/pridat/"
    form = {"provider": world["provider_b"].pk, "email": "EDITOR-A@example.org", "name": ""}

    asked = as_coordinator.post(url, form)

    html = asked.content.decode()
    assert asked.status_code == 200
    assert "už patří existujícímu účtu" in html
    assert "Adam Editor" in html and "editor-a" in html and "Organizace A, z. s." in html
    assert f'name="confirmed_account" value="{editor_a.pk}"' in html
    assert not world["team_b"].group.user_set.filter(pk=editor_a.pk).exists()
    assert not mail.outbox

    as_coordinator.post(url, {**form, "confirmed_account": editor_a.pk})

    assert world["team_b"].group.user_set.filter(pk=editor_a.pk).exists()
    assert mail.outbox[0].to == [editor_a.email]
