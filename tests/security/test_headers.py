"""Every response carries the security headers; production cookies are Secure and HttpOnly."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_URLS = [
    "/",  # a Wagtail page
    "/api/hsds/services",  # the open-data API (JSON)
    "/api/v2/pages/",  # Wagtail's API
    "/robots.txt",  # a plain-text view
    "/static/css/portal.css",  # a static file (WhiteNoise)
    "/tato-stranka-neexistuje/",  # 404
]


def directives(response):
    policy = response["Content-Security-Policy"]
    parts = (part.strip().split() for part in policy.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_responses_carry_the_security_headers(client, home_page, url):
    response = client.get(url)

    assert response.status_code in {200, 404}
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert "nonce-" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def test_not_found_page_gets_the_strict_policy(client, home_page):
    response = client.get("/tato-stranka-neexistuje/")

    assert response.status_code == 404
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_public_pages_have_no_inline_scripts(client, home_page):
    html = client.get("/").content.decode()

    assert "<script>" not in html
    assert " onload=" not in html and " onclick=" not in html


def test_only_the_admin_gets_the_relaxed_policy(client, home_page):
    response = client.get("/admin/login/")

    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def production_settings(*names):
    """Values of the named settings as the production settings module defines them."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "production-like-key-" + "q8#Lm2@vB4$nR8%tW6^" * 3,
        "ALLOWED_HOSTS": "testserver",
    }
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_hsts_and_secure_httponly_cookies(client, django_user_model, home_page):
    values = production_settings(
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_HTTPONLY",
        "X_FRAME_OPTIONS",
    )
    django_user_model.objects.create_superuser("spravce", "spravce@example.org", "Heslo-123456")

    with override_settings(**values):
        login_page = client.get("/admin/login/", secure=True)
        signed_in = client.post(
            "/admin/login/",
            {"username": "spravce", "password": "Heslo-123456"},
            secure=True,
        )

    assert login_page["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    csrf_cookie = login_page.cookies["csrftoken"]
    assert csrf_cookie["secure"] and csrf_cookie["httponly"]
    assert signed_in.status_code == 302
    session_cookie = signed_in.cookies["sessionid"]
    assert session_cookie["secure"] and session_cookie["httponly"]
    assert session_cookie["samesite"] == "Lax"


@override_settings(PAGE_CACHE_ENABLED=True)
def test_pages_served_from_the_page_cache_keep_the_headers(client, home_page):
    first = client.get("/")
    again = client.get("/")

    assert again["X-Page-Cache"] == "hit"
    for response in (first, again):
        assert directives(response)["script-src"] == ["'self'"]
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "camera=()" in response["Permissions-Policy"]
