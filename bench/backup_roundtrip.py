"""Backup round trip of the whole demo installation: make backup, restore into an empty one.

    .venv/bin/python bench/backup_roundtrip.py

Builds the demo (migrate + load_demo) in ``/tmp/bench-backup/source.sqlite3`` with its media
in ``/tmp/bench-backup/source-media`` on the first run, then runs ``manage.py backup`` and
``manage.py restore`` into a brand-new SQLite file and media directory (separate processes, as
on a new server) and prints the object counts before and after and the time each step took.
Not part of the test suite.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path("/tmp/bench-backup")
# The demo has no uploaded images and no registrations: add some, so they are counted too.
EXTRA_CONTENT = """
import io
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as Picture
from wagtail.images.models import Image
from campaigns.models import EventPage, Registration

for number in range(3):
    data = io.BytesIO()
    Picture.new("RGB", (640, 400), (40 * number, 120, 200)).save(data, "PNG")
    Image.objects.create(
        title=f"Obrázek {number}", file=ImageFile(data, name=f"obrazek-{number}.png")
    )
for event in EventPage.objects.all()[:5]:
    for number in range(4):
        Registration.objects.create(
            event=event,
            name=f"Účastník {number}",
            email=f"ucastnik{number}.{event.pk}@example.org",
            consent_given_at=timezone.now(),
        )
"""


def manage(*args, database, media):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(media),
    }
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout, time.perf_counter() - started


def main():
    source, source_media = WORK / "source.sqlite3", WORK / "source-media"
    WORK.mkdir(exist_ok=True)
    if not source.exists():
        print("Building the demo installation (first run only)…")
        manage("migrate", "--no-input", database=source, media=source_media)
        manage("load_demo", database=source, media=source_media)
        manage("shell", "-c", EXTRA_CONTENT, database=source, media=source_media)
    backups = WORK / "backups"
    shutil.rmtree(backups, ignore_errors=True)
    _, backup_seconds = manage(
        "backup", "--root", str(backups), database=source, media=source_media
    )
    (backup,) = backups.iterdir()
    target, target_media = WORK / "restored.sqlite3", WORK / "restored-media"
    target.unlink(missing_ok=True)
    shutil.rmtree(target_media, ignore_errors=True)
    output, restore_seconds = manage("restore", str(backup), database=target, media=target_media)

    manifest = json.loads((backup / "manifest.json").read_text())
    size = sum(path.stat().st_size for path in backup.iterdir()) / 1e6
    print(f"backup {backup_seconds:.1f} s ({size:.1f} MB), restore {restore_seconds:.1f} s")
    print(output.strip())
    print(f"before: {manifest['counts']} + {manifest['media_files']} media files")


if __name__ == "__main__":
    main()
