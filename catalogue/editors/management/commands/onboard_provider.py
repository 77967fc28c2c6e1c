from django.core.management.base import BaseCommand, CommandError

from catalogue.editors.onboarding import find_provider, onboard_provider
from catalogue.models import ProviderPage


class Command(BaseCommand):
    help = "Zřídí editorovi přístup k úpravám stránek jednoho poskytovatele (a pošle pozvánku)."

    def add_arguments(self, parser):
        parser.add_argument("provider", help="ID nebo slug stránky poskytovatele")
        parser.add_argument("--email", required=True, help="E-mail editora")
        parser.add_argument("--name", default="", help="Jméno a příjmení editora")

    def handle(self, *args, provider, email, name, **options):
        try:
            page = find_provider(provider)
        except ProviderPage.DoesNotExist as error:
            raise CommandError(f"Poskytovatel „{provider}“ neexistuje.") from error
        result = onboard_provider(page, email, name)
        self.stdout.write(f"Skupina: {result.team.group.name}")
        if result.user_created:
            self.stdout.write(f"Vytvořen účet {result.user.get_username()}.")
        if result.invited:
            self.stdout.write(f"Pozvánka odeslána na {result.user.email}.")
        elif not result.added_to_group:
            self.stdout.write("Editor už přístup měl, nic se nezměnilo.")
