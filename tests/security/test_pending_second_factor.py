"""Password entered, code not yet: the session is signed out everywhere but the code form."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django_otp.oath import TOTP
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission, PageViewRestriction

from portal.demo.pages import ensure_child
from portal.models import StandardPage
from portal.security.totp import add_totp_device

pytestmark = pytest.mark.django_db

PASSWORD = "Spravne-heslo-2024"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def editor(home_page):
    """An editor of the collection "Interní" who has turned on the second factor."""
    collection = Collection.get_first_root_node().add_child(name="Interní")
    group = Group.objects.create(name="Redakce")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupCollectionPermission.objects.create(
        group=group,
        collection=collection,
        permission=Permission.objects.get(codename="add_document"),
    )
    user = get_user_model().objects.create_user("redaktorka", "r@example.org", PASSWORD)
    user.groups.add(group)
    return {
        "user": user,
        "device": add_totp_device(user),
        "document": get_document_model().objects.create(
            title="Interní pokyny",
            file=ContentFile(b"Pokyny", name="pokyny.txt"),
            collection=collection,
        ),
        "members_page": members_only_page(home_page),
    }


def members_only_page(home_page):
    page = ensure_child(home_page, StandardPage, "pro-cleny", title="Pro členy")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def sign_in_with_password(client):
    response = client.post("/admin/login/", {"username": "redaktorka", "password": PASSWORD})
    assert response.status_code == 302


def test_pending_code_opens_no_document_page_or_admin_api(client, editor):
    sign_in_with_password(client)

    document = client.get(editor["document"].url)
    members_page = client.get(editor["members_page"].url)
    admin_api = client.get("/admin/api/main/documents/")
    code_form = client.get("/admin/overeni/")

    assert document.status_code == 302 and "/login/" in document["Location"]
    assert members_page.status_code == 302 and "/login/" in members_page["Location"]
    assert admin_api["Location"].startswith("/admin/overeni/")
    assert code_form.status_code == 200


def test_after_the_code_the_same_session_reads_them(client, editor):
    sign_in_with_password(client)

    verified = client.post("/admin/overeni/", {"otp_token": current_code(editor["device"])})

    assert verified.status_code == 302
    assert client.get(editor["document"].url).status_code == 200
    assert client.get(editor["members_page"].url).status_code == 200


def test_pending_session_can_sign_out(client, editor):
    sign_in_with_password(client)

    client.post("/admin/logout/")

    assert client.get("/admin/overeni/")["Location"].startswith("/admin/login/")
