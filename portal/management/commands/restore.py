"""manage.py restore [<backup directory>]: restore a backup into an empty installation."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.resilience.backup import BackupError, latest_backup, media_files, restore_backup


class Command(BaseCommand):
    help = (
        "Obnoví databázi a nahrané soubory ze zálohy (výchozí: nejnovější v backups/) "
        "a ověří, že počty objektů souhlasí."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "directory", nargs="?", help="Adresář zálohy, např. backups/20260101-120000"
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Přepsat i instalaci, která už obsahuje data.",
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args, directory, force, database, **options):
        try:
            directory = (
                Path(directory) if directory else latest_backup(Path(settings.BASE_DIR) / "backups")
            )
            manifest, counts = restore_backup(directory, alias=database, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Obnoveno ze zálohy {directory}")
        differences = []
        for label, expected in manifest["counts"].items():
            self.stdout.write(f"  {label}: {counts.get(label)} (v záloze {expected})")
            if counts.get(label) != expected:
                differences.append(label)
        files = len(media_files())
        self.stdout.write(f"  soubory v media: {files} (v záloze {manifest['media_files']})")
        if files < manifest["media_files"]:
            differences.append("soubory v media")
        if differences:
            raise CommandError("Obnovená data nesouhlasí se zálohou: " + ", ".join(differences))
        self.stdout.write(self.style.SUCCESS("Vše souhlasí."))
