from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from catalogue.editors.demo import describe_accounts


class Command(BaseCommand):
    help = "Vypíše ukázkové účty a jejich hesla (jen při vývoji, DEBUG=True)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Ukázkové účty se vypisují jen při vývoji (DEBUG=True).")
        self.stdout.write("Ukázkové účty pro přihlášení do administrace (/admin/):")
        for line in describe_accounts():
            self.stdout.write(f"  {line}")
