from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from catalogue.editors.onboarding import AccountNeedsConfirmation, find_provider, onboard_provider
from catalogue.models import ProviderPage


class Command(BaseCommand):
    help = "Zřídí editorovi přístup k úpravám stránek jednoho poskytovatele (a pošle pozvánku)."

    def add_arguments(self, parser):
        parser.add_argument("provider", help="ID nebo slug stránky poskytovatele")
        parser.add_argument("--email", required=True, help="E-mail editora")
        parser.add_argument("--name", default="", help="Jméno a příjmení editora")
        parser.add_argument(
            "--existing-account",
            default="",
            metavar="USERNAME",
            help="Potvrzuje, že přístup dostane tento existující účet, kterému e-mail patří",
        )

    def handle(self, *args, provider, email, name, existing_account, **options):
        try:
            page = find_provider(provider)
        except ProviderPage.DoesNotExist as error:
            raise CommandError(f"Poskytovatel „{provider}“ neexistuje.") from error
        confirmed = get_user_model().objects.filter(username=existing_account).first()
        try:
            result = onboard_provider(
                page, email, name, confirmed_account=confirmed.pk if confirmed else None
            )
        except AccountNeedsConfirmation as needed:
            raise CommandError(
                f"{needed} Pokud mu chcete přidat přístup k {page.title}, spusťte příkaz znovu "
                f"s --existing-account {needed.account.username}."
            ) from needed
        self.stdout.write(f"Skupina: {result.team.group.name}")
        if result.user_created:
            self.stdout.write(f"Vytvořen účet {result.user.get_username()}.")
        if result.invited:
            self.stdout.write(f"Pozvánka odeslána na {result.user.email}.")
        elif result.added_to_group:
            self.stdout.write(
                f"Účet {result.user.get_username()} nyní může upravovat {page.title}."
            )
        else:
            self.stdout.write("Editor už přístup měl, nic se nezměnilo.")
