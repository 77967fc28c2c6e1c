"""One account per e-mail address, and a new address counts only once it has confirmed it.

Issue 14: an editor set their e-mail to the address a coordinator was about to onboard for
another provider, and so joined that provider's group.
"""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import IntegrityError, transaction
from wagtail.test.utils.form_data import querydict_from_html

from tests.editors.conftest import client_for

pytestmark = pytest.mark.django_db

ACCOUNT_URL = "/admin/account/"
ONBOARD_URL = "/admin/editori-poskytovatelu/pridat/"
TAKEN = "Tento e-mail už používá jiný účet."


def account_form(client, new_email):
    """The Account settings form as ``client`` sees it, asking for ``new_email``.

    Wagtail's own e-mail field is filled in too: it must not exist any more.
    """
    html = client.get(ACCOUNT_URL).content.decode()
    for index in range(html.count("<form")):
        data = querydict_from_html(html, form_index=index)
        if "name_email-first_name" in data:
            data["name_email-first_name"] = data["name_email-first_name"] or "Adam"
            data["name_email-last_name"] = data["name_email-last_name"] or "Editor"
            data["email-new_email"] = new_email
            data["name_email-email"] = new_email
            return data
    raise AssertionError("no account settings form")


def confirmation_link(message):
    return urlsplit(re.search(r"https?://\S+/admin/ucet/email/\S+/", message.body)[0]).path


@pytest.fixture
def editor(world):
    return world["editor_a"]


def test_changing_the_email_waits_for_a_link_sent_to_the_new_address(editor):
    client = client_for(editor)

    client.post(ACCOUNT_URL, account_form(client, "adam.novy@example.org"))

    editor.refresh_from_db()
    assert editor.email == "editor-a@example.org"
    [message] = mail.outbox
    assert message.to == ["adam.novy@example.org"]
    assert message.subject == "Potvrďte novou e-mailovou adresu"
    link = confirmation_link(message)

    page = client.get(link)
    assert page.status_code == 200
    assert "adam.novy@example.org" in page.content.decode()
    client.post(link)

    editor.refresh_from_db()
    assert editor.email == "adam.novy@example.org"
    assert mail.outbox[-1].to == ["editor-a@example.org"]
    assert "byl změněn" in mail.outbox[-1].subject
    assert client.post(link).status_code == 400  # used once: the old address is gone


def test_nobody_can_claim_an_address_before_its_onboarding(world, editor, as_coordinator):
    """The attack of issue 14, step by step, now ending with a separate account."""
    client = client_for(editor)
    client.post(ACCOUNT_URL, account_form(client, "nova.editorka@example.org"))

    as_coordinator.post(
        ONBOARD_URL, {"provider": world["provider_b"].pk, "email": "nova.editorka@example.org"}
    )

    editor.refresh_from_db()
    assert editor.email == "editor-a@example.org"
    team_b = world["team_b"].group
    assert not team_b.user_set.filter(pk=editor.pk).exists()
    assert team_b.user_set.get(email="nova.editorka@example.org").pk != editor.pk


def test_an_address_another_account_uses_is_refused(world, editor):
    client = client_for(editor)

    response = client.post(ACCOUNT_URL, account_form(client, "Editor-B@example.org"))

    assert TAKEN in response.content.decode()
    editor.refresh_from_db()
    assert editor.email == "editor-a@example.org"
    assert not mail.outbox


def test_a_link_works_only_for_the_account_it_was_sent_for(world, editor):
    client = client_for(editor)
    client.post(ACCOUNT_URL, account_form(client, "adam.novy@example.org"))
    link = confirmation_link(mail.outbox[0])

    someone_else = client_for(world["editor_b"])

    for response in (someone_else.get(link), someone_else.post(link)):
        assert response.status_code == 403
        assert "Tento odkaz patří k jinému účtu" in response.content.decode()
    for user in (editor, world["editor_b"]):
        user.refresh_from_db()
    assert editor.email == "editor-a@example.org"
    assert world["editor_b"].email == "editor-b@example.org"


def test_an_expired_or_altered_link_changes_nothing(editor, monkeypatch):
    client = client_for(editor)
    two_days_ago = time.time() - 2 * 24 * 3600 - 60
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: two_days_ago)
        client.post(ACCOUNT_URL, account_form(client, "adam.novy@example.org"))
    expired = confirmation_link(mail.outbox[0])
    token = expired.rstrip("/").rsplit("/", 1)[-1]
    altered = expired.replace(token, token[:-5] + "xxxxx")

    for link, message in [(expired, "vypršela"), (altered, "není platný")]:
        response = client.post(link)
        assert response.status_code == 400
        assert message in response.content.decode()
    editor.refresh_from_db()
    assert editor.email == "editor-a@example.org"


def test_the_database_refuses_a_second_account_with_the_same_address(world):
    with pytest.raises(IntegrityError), transaction.atomic():
        get_user_model().objects.create_user("dvojnik", email="EDITOR-A@example.org")

    get_user_model().objects.create_user("bez-adresy-1", email="")
    get_user_model().objects.create_user("bez-adresy-2", email="")
    assert get_user_model().objects.filter(email="").count() == 2


def test_user_admin_refuses_an_address_another_account_uses(world, as_superuser):
    editor_b = world["editor_b"]
    data = {
        "username": "novy-editor",
        "email": "editor-a@EXAMPLE.org",
        "first_name": "Nový",
        "last_name": "Editor",
        "password1": "dlouhe-heslo-2024-x",
        "password2": "dlouhe-heslo-2024-x",
    }

    created = as_superuser.post("/admin/users/new/", data)
    edited = as_superuser.post(
        f"/admin/users/edit/{editor_b.pk}/",
        {
            **data,
            "username": editor_b.username,
            "is_active": "on",
            "password1": "",
            "password2": "",
        },
    )

    assert TAKEN in created.content.decode()
    assert TAKEN in edited.content.decode()
    assert not get_user_model().objects.filter(username="novy-editor").exists()
    editor_b.refresh_from_db()
    assert editor_b.email == "editor-b@example.org"
