"""manage.py export_hsds <directory or file.zip>: the catalogue as an HSDS 3.0 tabular package."""

from django.core.management.base import BaseCommand, CommandError

from catalogue.hsds.export import export_package


class Command(BaseCommand):
    help = (
        "Vyexportuje zveřejněný katalog jako tabulkový balíček HSDS 3.0 (CSV + datapackage.json)."
    )

    def add_arguments(self, parser):
        parser.add_argument("target", help="Cílová složka, nebo soubor končící na .zip.")

    def handle(self, target, **options):
        try:
            counts = export_package(target)
        except OSError as problem:
            raise CommandError(f"Balíček nelze zapsat: {problem}") from problem
        written = ", ".join(f"{name} {count}" for name, count in counts.items() if count)
        self.stdout.write(f"Hotovo: {target} ({written}).")
