"""Turn on (or off) the second login factor of an admin account."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.security.totp import add_totp_device, remove_totp_devices


class Command(BaseCommand):
    help = (
        "Zapne dvoufázové ověření (TOTP) účtu a vypíše adresu otpauth:// pro ověřovací aplikaci; "
        "s --remove je vypne."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--remove", action="store_true", help="Odebrat zařízení účtu.")

    def handle(self, username, remove=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Účet {username} neexistuje.")
        if remove:
            count = remove_totp_devices(user)
            self.stdout.write(f"Odebráno zařízení: {count}.")
            return
        device = add_totp_device(user)
        self.stdout.write(
            "Naskenujte nebo vložte do ověřovací aplikace (např. FreeOTP, Aegis, Google "
            f"Authenticator) tuto adresu:\n{device.config_url}"
        )
