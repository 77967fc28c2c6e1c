"""make backup / make restore: a round trip into an empty installation loses nothing."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import wagtail_factories
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from plans.models import PlanComment
from portal.models import StandardPage
from portal.resilience.backup import object_counts
from tests.campaigns.factories import EventPageFactory, RegistrationFactory

pytestmark = [
    # Committed data, as on a running site (SQLite's backup waits for open write transactions).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the round trip test runs on SQLite"),
]

TABLES = {
    "stránky": "wagtailcore_page",
    "revize": "wagtailcore_revision",
    "obrázky": "wagtailimages_image",
    "dokumenty": "wagtaildocs_document",
    "registrace": "campaigns_registration",
    "připomínky": "plans_plancomment",
    "uživatelé": "auth_user",
    "záznamy auditu": "wagtailcore_pagelogentry",
}


@pytest.fixture
def content(home_page, event_index, make_plan, settings, tmp_path, django_user_model):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    page = home_page.add_child(instance=StandardPage(title="Pomoc v nouzi", slug="pomoc"))
    page.save_revision().publish()
    page.title = "Pomoc v nouzi – aktualizováno"
    page.save_revision().publish()
    event = EventPageFactory(parent=event_index, title="Seminář", registration_enabled=True)
    RegistrationFactory.create_batch(3, event=event)
    plan = make_plan()
    PlanComment.objects.create(
        plan=plan, target_label="Plán", name="Jana", email="jana@example.org", comment="Text"
    )
    wagtail_factories.ImageFactory.create_batch(2)
    wagtail_factories.DocumentFactory()
    django_user_model.objects.create_user("koordinator", "k@example.org", "heslo-123456")


def sqlite_counts(path):
    with sqlite3.connect(path) as db:
        return {
            label: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for label, table in TABLES.items()
        }


def page_titles(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT id, title, url_path FROM wagtailcore_page ORDER BY id").fetchall()


def test_backup_restores_into_an_empty_installation(content, tmp_path, capsys):
    before = object_counts()
    call_command("backup", root=str(tmp_path / "backups"))
    (backup,) = (tmp_path / "backups").iterdir()
    assert {path.name for path in backup.iterdir()} == {
        "db.sqlite3",
        "media.tar.gz",
        "manifest.json",
    }

    restored_db = tmp_path / "new" / "db.sqlite3"
    restored_media = tmp_path / "new" / "media"
    restored_db.parent.mkdir()
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(backup)],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": f"sqlite:///{restored_db}",
            "MEDIA_ROOT": str(restored_media),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Vše souhlasí." in result.stdout

    after = sqlite_counts(restored_db)
    with capsys.disabled():
        print("\nBackup round trip (before -> after):")
        for label, count in before.items():
            print(f"  {label}: {count} -> {after[label]}")
    assert after == before
    assert before["revize"] >= 2 and before["obrázky"] == 2 and before["registrace"] == 3
    assert page_titles(restored_db) == page_titles(backup / "db.sqlite3")
    original_files = {
        path.relative_to(settings.MEDIA_ROOT): path.read_bytes()
        for path in Path(settings.MEDIA_ROOT).rglob("*")
        if path.is_file()
    }
    assert len(original_files) >= 3
    for relative, data in original_files.items():
        assert (restored_media / relative).read_bytes() == data


def test_restore_refuses_to_overwrite_an_installation_with_data(content, tmp_path):
    from django.core.management.base import CommandError

    call_command("backup", root=str(tmp_path / "backups"))
    (backup,) = (tmp_path / "backups").iterdir()
    with pytest.raises(CommandError, match="Databáze už obsahuje data"):
        call_command("restore", str(backup))


def test_restore_of_a_directory_without_backup_is_a_clear_error(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="není záloha"):
        call_command("restore", str(tmp_path))
