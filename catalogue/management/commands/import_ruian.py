from django.core.management.base import BaseCommand, CommandError

from catalogue.importers.ruian import import_ruian


class Command(BaseCommand):
    help = (
        "Doplní souřadnice míst poskytování podle kódu adresního místa z CSV adresních míst "
        "obce z RÚIAN (ČÚZK, Windows-1250, oddělovač středník, souřadnice S-JTSK)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="Cesta k CSV adresních míst obce, např. 20261031_OB_554821_ADR.csv."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Jen zkusit: nic neuložit, vypsat souhrn."
        )

    def handle(self, *args, path, dry_run, **options):
        report = import_ruian(path, dry_run=dry_run)
        self.stdout.write(str(report))
        if not report.ok:
            raise CommandError("Import souřadnic z RÚIAN skončil chybou (viz výše).")
