from django.core.management.base import BaseCommand, CommandError

from catalogue.importers.registry import OSTRAVA, import_registry


class Command(BaseCommand):
    help = (
        "Načte poskytovatele a služby z otevřených dat registru poskytovatelů sociálních "
        "služeb (rpss.json); nové vytvoří jako koncepty ke schválení."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Cesta k souboru rpss.json.")
        parser.add_argument(
            "--city",
            help=f"Kód obce (výchozí {OSTRAVA} = Ostrava, pokud není zadán kraj).",
        )
        parser.add_argument("--region", help="Kód kraje, např. Kraj/132 nebo 132.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Jen zkusit: nic neuložit, vypsat souhrn."
        )

    def handle(self, *args, path, city, region, dry_run, **options):
        if city is None and region is None:
            city = OSTRAVA
        report = import_registry(
            path, city=city, region=region, dry_run=dry_run, progress=self.stderr.write
        )
        self.stdout.write(str(report))
        if not report.ok:
            raise CommandError("Import z registru skončil chybou (viz výše).")
