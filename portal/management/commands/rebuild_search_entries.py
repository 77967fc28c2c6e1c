from django.core.management.base import BaseCommand

from portal.search import indexing


class Command(BaseCommand):
    help = (
        "Znovu vytvoří položky vyhledávání na webu ze všech živých stránek, opatření a dokumentů."
    )

    def handle(self, *args, **options):
        indexing.rebuild()
        self.stdout.write("Položky vyhledávání jsou obnovené.")
