"""Production serving: gunicorn from the environment, cache headers, shared media storage."""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from portal.demo.pages import ensure_child
from portal.models import StandardPage
from tests.portal.test_settings import PRODUCTION_ENV

ROOT = Path(__file__).resolve().parents[2]
SHOW_SETTINGS = (
    "import json; from django.conf import settings; print(json.dumps({"
    "'media': settings.STORAGES['default'], 'frontend': settings.WAGTAILFRONTENDCACHE, "
    "'apps': settings.INSTALLED_APPS, 'page_cache': settings.PAGE_CACHE_ENABLED}))"
)


def production_settings(**variables):
    names = {"AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_PURGE_URL", "REDIS_URL"}
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and k not in names}
    env.update({k: v for k, v in PRODUCTION_ENV.items() if k not in names}, **variables)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SHOW_SETTINGS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_gunicorn_takes_workers_threads_and_timeout_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "5")
    monkeypatch.setenv("GUNICORN_THREADS", "4")
    monkeypatch.setenv("GUNICORN_TIMEOUT", "45")
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8163")

    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))

    assert (config["workers"], config["threads"], config["timeout"]) == (5, 4, 45)
    assert config["bind"] == "127.0.0.1:8163"
    assert config["preload_app"] is True


def test_media_stay_on_disk_and_no_cdn_is_purged_by_default():
    configured = production_settings()

    assert configured["media"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert configured["frontend"] == {}
    assert "wagtail.contrib.frontend_cache" not in configured["apps"]
    assert configured["page_cache"] is False


def test_scale_out_uses_s3_media_redis_page_cache_and_purges_the_proxy():
    configured = production_settings(
        AWS_STORAGE_BUCKET_NAME="portal-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        FRONTEND_CACHE_PURGE_URL="http://varnish:6081",
        REDIS_URL="redis://cache:6379/1",
    )

    assert configured["media"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert configured["media"]["OPTIONS"]["bucket_name"] == "portal-media"
    assert configured["media"]["OPTIONS"]["endpoint_url"] == "https://s3.example.org"
    assert configured["frontend"]["proxy"]["LOCATION"] == "http://varnish:6081"
    assert "wagtail.contrib.frontend_cache" in configured["apps"]
    assert configured["page_cache"] is True


@pytest.mark.django_db
def test_public_page_may_be_cached_briefly_by_browsers_and_proxies(client, home_page):
    page = ensure_child(home_page, StandardPage, "kontakty", title="Kontakty")

    response = client.get(page.url)

    assert response["Cache-Control"] == "public, max-age=60"


@pytest.mark.django_db
def test_admin_and_signed_in_pages_are_never_stored(client, home_page, admin_user):
    client.force_login(admin_user)

    for url in ("/admin/", home_page.url):
        cache_control = client.get(url)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, url


@pytest.mark.django_db
def test_html_is_compressed_for_browsers_that_accept_gzip(client, home_page):
    response = client.get(home_page.url, headers={"accept-encoding": "gzip, br"})

    assert response["Content-Encoding"] == "gzip"
