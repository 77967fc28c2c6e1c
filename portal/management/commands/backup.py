"""manage.py backup: the database and the media into backups/<timestamp>/ (make backup)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal.resilience.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Zazálohuje databázi a nahrané soubory (media) do backups/<datum-čas>/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--root",
            default=str(Path(settings.BASE_DIR) / "backups"),
            help="Adresář, ve kterém se vytvoří podadresář zálohy (výchozí backups/).",
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args, root, database, **options):
        directory = Path(root) / timezone.localtime().strftime("%Y%m%d-%H%M%S")
        try:
            manifest = create_backup(directory, alias=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Záloha uložena do {directory}")
        for label, count in manifest["counts"].items():
            self.stdout.write(f"  {label}: {count}")
        self.stdout.write(f"  soubory v media: {manifest['media_files']}")
