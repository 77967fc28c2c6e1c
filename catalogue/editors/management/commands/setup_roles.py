from django.core.management.base import BaseCommand

from catalogue.editors.roles import setup_roles


class Command(BaseCommand):
    help = "Vytvoří nebo opraví skupiny koordinátorů a redakcí a schvalovací proces katalogu."

    def handle(self, *args, **options):
        for group in setup_roles():
            self.stdout.write(f"Skupina „{group.name}“ je nastavena.")
