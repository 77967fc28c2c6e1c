"""Guessing admin passwords is cut short; a second factor protects accounts that have one."""

import time
from base64 import b32encode
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.rate_limit import client_address
from portal.security.totp import add_totp_device

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "Spravne-heslo-2024"
LOCKED_TEXT = "Přihlášení je dočasně zablokováno"


@pytest.fixture
def coordinator(django_user_model):
    return django_user_model.objects.create_superuser("koordinatorka", "k@example.org", PASSWORD)


def log_in(client, username, password, address="192.0.2.10", **extra):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def test_wrong_password_is_explained_in_czech(client, coordinator):
    response = log_in(client, "koordinatorka", "spatne")

    assert response.status_code == 200
    assert "uživatelské jméno a heslo není správné" in response.content.decode()


def test_account_is_locked_after_five_failures_from_any_addresses(client, coordinator):
    for number in range(5):
        log_in(client, "koordinatorka", f"spatne-{number}", address=f"192.0.2.{number + 1}")

    response = log_in(client, "koordinatorka", PASSWORD, address="198.51.100.9")

    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED_TEXT in html and "15 minut" in html
    assert "_auth_user_id" not in client.session


def test_address_is_locked_after_five_failures_with_any_usernames(client, coordinator):
    for number in range(5):
        log_in(client, f"neexistuje-{number}", "heslo", address="203.0.113.5")

    from_same_address = log_in(client, "koordinatorka", PASSWORD, address="203.0.113.5")
    from_elsewhere = log_in(client, "koordinatorka", PASSWORD, address="203.0.113.6")

    assert from_same_address.status_code == 429
    assert LOCKED_TEXT in from_same_address.content.decode()
    assert from_elsewhere.status_code == 302


def test_lockout_ends_after_the_cool_off_time(client, coordinator):
    for number in range(5):
        log_in(client, "koordinatorka", f"spatne-{number}")
    assert log_in(client, "koordinatorka", PASSWORD).status_code == 429

    for attempt in AccessAttempt.objects.all():  # a quarter of an hour passes
        attempt.attempt_time -= timedelta(minutes=16)
        attempt.save()

    assert log_in(client, "koordinatorka", PASSWORD).status_code == 302


@override_settings(NUM_PROXIES=1)
def test_behind_a_proxy_the_forwarded_address_is_locked_not_the_proxy(client, coordinator):
    proxy = "10.0.0.2"
    for number in range(5):
        log_in(
            client,
            f"neexistuje-{number}",
            "heslo",
            address=proxy,
            # what the client wrote itself is ignored; the proxy appended the real address
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 203.0.113.77",
        )

    attacker = log_in(
        client, "koordinatorka", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.77"
    )
    colleague = log_in(
        client, "koordinatorka", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.78"
    )

    assert attacker.status_code == 429
    assert colleague.status_code == 302


@pytest.mark.parametrize(
    ("num_proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.1", "10.0.0.2"),
        (1, "198.51.100.1, 203.0.113.1", "203.0.113.1"),
        (2, "198.51.100.1, 203.0.113.1, 10.0.0.1", "203.0.113.1"),
        (2, "203.0.113.1", "10.0.0.2"),  # fewer entries than proxies: misconfigured, use the peer
    ],
)
def test_client_address_trusts_only_the_configured_proxies(num_proxies, forwarded, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)

    with override_settings(NUM_PROXIES=num_proxies):
        assert client_address(request) == expected


def current_code(device, steps_later=0):
    """The code the authenticator app shows now (or ``steps_later`` periods of 30 s later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_later * device.step
    return f"{totp.token():0{device.digits}d}"


def test_coordinator_with_authenticator_must_enter_a_valid_code(client, coordinator):
    device = add_totp_device(coordinator)

    signed_in = log_in(client, "koordinatorka", PASSWORD)
    admin = client.get("/admin/")
    wrong = client.post("/admin/overeni/", {"otp_token": "000000", "next": "/admin/pages/"})
    still_blocked = client.get("/admin/pages/")
    device.refresh_from_db()  # django-otp throttles after a wrong code; a few seconds pass
    device.throttling_failure_timestamp -= timedelta(seconds=5)
    device.save()
    right = client.post(
        "/admin/overeni/", {"otp_token": current_code(device), "next": "/admin/pages/"}
    )

    assert signed_in.status_code == 302
    assert admin.status_code == 302
    assert admin["Location"] == "/admin/overeni/?next=%2Fadmin%2F"
    assert wrong.status_code == 400
    assert "Kód není platný" in wrong.content.decode()
    assert still_blocked["Location"].startswith("/admin/overeni/")
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_code_form_refuses_to_redirect_off_site(client, coordinator):
    device = add_totp_device(coordinator)
    log_in(client, "koordinatorka", PASSWORD)

    response = client.post(
        "/admin/overeni/", {"otp_token": current_code(device), "next": "https://zlo.example/"}
    )

    assert response["Location"] == "/admin/"


def test_account_without_authenticator_enters_directly(client, coordinator):
    log_in(client, "koordinatorka", PASSWORD)

    assert client.get("/admin/").status_code == 200


def test_coordinator_turns_the_second_factor_on_and_off_in_the_admin(client, coordinator):
    log_in(client, "koordinatorka", PASSWORD)
    account = client.get("/admin/account/").content.decode()
    assert "/admin/overeni/nastaveni/" in account and "Dvoufázové ověření" in account

    setup = client.get("/admin/overeni/nastaveni/")
    device = TOTPDevice.objects.get(user=coordinator)
    assert setup.context["secret"] == b32encode(device.bin_key).decode()
    assert not device.confirmed
    wrong = client.post("/admin/overeni/nastaveni/", {"otp_token": "123456"})
    assert wrong.status_code == 400
    device.refresh_from_db()
    device.throttling_failure_timestamp = None  # the throttle after a wrong code has passed
    device.save()
    turned_on = client.post("/admin/overeni/nastaveni/", {"otp_token": current_code(device)})
    assert turned_on["Location"] == "/admin/account/"
    device.refresh_from_db()
    assert device.confirmed

    client.post("/admin/logout/")
    log_in(client, "koordinatorka", PASSWORD)
    assert client.get("/admin/")["Location"].startswith("/admin/overeni/")

    device.refresh_from_db()
    # a code is accepted once; half a minute later the app shows the next one
    verified = client.post("/admin/overeni/", {"otp_token": current_code(device, steps_later=1)})
    assert verified["Location"] == "/admin/"
    turned_off = client.post("/admin/overeni/nastaveni/", {"vypnout": "1"})
    assert turned_off["Location"] == "/admin/account/"
    assert not TOTPDevice.objects.filter(user=coordinator).exists()


def test_command_turns_the_second_factor_on_and_off(coordinator, capsys):
    call_command("totp_device", "koordinatorka")
    assert "otpauth://totp/" in capsys.readouterr().out
    assert TOTPDevice.objects.filter(user=coordinator, confirmed=True).count() == 1

    call_command("totp_device", "koordinatorka", "--remove")
    assert not TOTPDevice.objects.filter(user=coordinator).exists()


def test_code_pages_send_anonymous_visitors_to_the_login(client):
    for url in ("/admin/overeni/", "/admin/overeni/nastaveni/"):
        response = client.get(url)

        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/?next=")
