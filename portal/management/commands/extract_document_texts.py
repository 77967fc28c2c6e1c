from django.core.management.base import BaseCommand

from portal.search import documents


class Command(BaseCommand):
    help = (
        "Vytáhne text ze souborů PDF a DOCX v knihovně dokumentů (jen nové a změněné soubory, "
        "s --all všechny) a obnoví jejich položky vyhledávání."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Vytáhnout text znovu i z nezměněných souborů."
        )

    def handle(self, *args, **options):
        count = documents.extract_all(refresh=options["all"])
        self.stdout.write(f"Zpracováno dokumentů: {count}")
