"""Backups of the database and the uploaded media, and restoring them into a new installation.

A backup is a directory ``backups/<timestamp>/`` with

- ``db.sqlite3`` (SQLite, copied with SQLite's online backup API) or ``db.dump``
  (PostgreSQL, ``pg_dump --format=custom``),
- ``media.tar.gz`` (everything under ``MEDIA_ROOT``: images, renditions, documents),
- ``manifest.json`` (when, which database engine, and how many objects of each kind it holds,
  so a restore can prove nothing was lost).
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections
from django.utils import timezone

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
SQLITE_FILE = "db.sqlite3"
POSTGRES_FILE = "db.dump"

# What a restore must bring back, counted before and after.
COUNTED_MODELS = {
    "stránky": "wagtailcore.Page",
    "revize": "wagtailcore.Revision",
    "obrázky": "wagtailimages.Image",
    "dokumenty": "wagtaildocs.Document",
    "registrace": "campaigns.Registration",
    "připomínky": "plans.PlanComment",
    "uživatelé": "auth.User",
    "záznamy auditu": "wagtailcore.PageLogEntry",
}


class BackupError(Exception):
    """A backup or restore that cannot be done; the message is Czech, for the operator."""


def engine(alias="default"):
    vendor = connections[alias].vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"Databázi typu {vendor} neumím zálohovat.")
    return vendor


def object_counts(alias="default"):
    return {
        label: apps.get_model(model).objects.using(alias).count()
        for label, model in COUNTED_MODELS.items()
    }


def media_files(root=None):
    root = Path(root or settings.MEDIA_ROOT)
    if not root.exists():
        return []
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def _postgres_args(settings_dict):
    args = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            args += [option, str(settings_dict[key])]
    return args + ["--dbname", settings_dict["NAME"]]


def _postgres_env(settings_dict):
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    return env


def _run(command, settings_dict):
    result = subprocess.run(
        command, env=_postgres_env(settings_dict), capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BackupError(f"Příkaz {command[0]} selhal: {result.stderr.strip()}")


def create_backup(directory, alias="default"):
    """Write the database, the media and the manifest into ``directory`` (created)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=False)
    vendor = engine(alias)
    connection = connections[alias]
    if vendor == "sqlite":
        if connection.in_atomic_block:  # SQLite's backup would wait for it forever
            raise BackupError("Zálohu SQLite nelze vytvořit uvnitř otevřené transakce.")
        connection.ensure_connection()
        target = sqlite3.connect(directory / SQLITE_FILE)
        try:
            connection.connection.backup(target)  # consistent even while the site runs
        finally:
            target.close()
    else:
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(directory / POSTGRES_FILE)]
            + _postgres_args(connection.settings_dict),
            connection.settings_dict,
        )
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(directory / MEDIA_ARCHIVE, "w:gz") as archive:
        if media_root.exists():
            archive.add(media_root, arcname=".")
    manifest = {
        "created_at": timezone.now().isoformat(),
        "engine": vendor,
        "counts": object_counts(alias),
        "media_files": len(media_files()),
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
    return manifest


def read_manifest(directory):
    path = Path(directory) / MANIFEST
    if not path.is_file():
        raise BackupError(f"V adresáři {directory} není záloha (chybí {MANIFEST}).")
    return json.loads(path.read_text())


def latest_backup(root):
    candidates = sorted(path for path in Path(root).glob("*") if (path / MANIFEST).is_file())
    if not candidates:
        raise BackupError(f"V adresáři {root} není žádná záloha.")
    return candidates[-1]


def _has_content(alias):
    """Anything beyond what ``migrate`` creates: pages under the root's first page, or users."""
    from django.db.utils import DatabaseError

    try:
        counts = object_counts(alias)
    except DatabaseError:  # no tables yet: a brand-new database
        return False
    finally:
        connections[alias].close()
    return counts["uživatelé"] > 0 or counts["stránky"] > 2


def restore_backup(directory, alias="default", force=False):
    """Replace the database and the media by the backup's; return (manifest, counts now)."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    vendor = engine(alias)
    if manifest["engine"] != vendor:
        raise BackupError(
            f"Záloha je z databáze {manifest['engine']}, tato instalace používá {vendor}."
        )
    if not force and _has_content(alias):
        raise BackupError(
            "Databáze už obsahuje data; obnovuje se do prázdné instalace "
            "(přepsat ji lze volbou --force)."
        )
    connection = connections[alias]
    connection.close()
    if vendor == "sqlite":
        source = sqlite3.connect(directory / SQLITE_FILE)
        target = sqlite3.connect(connection.settings_dict["NAME"])
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
    else:
        _run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"]
            + _postgres_args(connection.settings_dict)
            + [str(directory / POSTGRES_FILE)],
            connection.settings_dict,
        )
    media_root = Path(settings.MEDIA_ROOT)
    if force and media_root.exists():
        shutil.rmtree(media_root)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(directory / MEDIA_ARCHIVE, "r:gz") as archive:
        archive.extractall(media_root, filter="data")
    return manifest, object_counts(alias)
