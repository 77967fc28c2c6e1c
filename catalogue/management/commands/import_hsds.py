"""manage.py import_hsds <package directory or .zip>: import an HSDS 3.0 tabular package."""

from django.core.management.base import BaseCommand, CommandError

from catalogue.hsds.tabular_import import PackageError, import_package


class Command(BaseCommand):
    help = "Naimportuje tabulkový balíček HSDS 3.0 (složku nebo ZIP) do katalogu."

    def add_arguments(self, parser):
        parser.add_argument("source", help="Složka s CSV a datapackage.json, nebo soubor ZIP.")

    def handle(self, source, **options):
        try:
            report = import_package(source, log=self.stderr.write)
        except PackageError as problem:
            raise CommandError(str(problem)) from problem
        self.stdout.write(f"Hotovo: {report.summary()}.")
        for what, reason in report.skipped:
            self.stdout.write(f"  přeskočeno: {what}: {reason}")
