from django.core.management.base import BaseCommand, CommandError

from catalogue.synthetic import generate_catalogue


class Command(BaseCommand):
    help = "Vytvoří syntetický katalog (deterministicky podle --seed) pro zátěžové testy."

    def add_arguments(self, parser):
        parser.add_argument("--providers", type=int, default=2000)
        parser.add_argument("--services", type=int, default=6000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, providers, services, seed, **options):
        if providers < 1 or services < 0:
            raise CommandError("Počet poskytovatelů musí být kladný a počet služeb nezáporný.")
        created = generate_catalogue(providers, services, seed, log=self.stdout.write)
        self.stdout.write(
            f"Vytvořeno {created['providers']} poskytovatelů a {created['services']} služeb."
        )
