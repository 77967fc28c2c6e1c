from django.core.management.base import BaseCommand

from portal.demo import load_demo


class Command(BaseCommand):
    help = "Vytvoří ukázkový obsah portálu (opakované spuštění nic nezmění)."

    def handle(self, *args, **options):
        load_demo(log=lambda message: self.stdout.write(message))
        self.stdout.write(self.style.SUCCESS("Ukázkový obsah je připraven."))
