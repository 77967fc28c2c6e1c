"""Adding and removing a user's TOTP device (the second login factor)."""

from django_otp.plugins.otp_totp.models import TOTPDevice


def add_totp_device(user, name="Ověřovací aplikace"):
    """A new confirmed TOTP device; from now on the user needs its codes to enter the admin."""
    return TOTPDevice.objects.create(user=user, name=name, confirmed=True)


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user, name="Ověřovací aplikace"):
    """The user's device waiting for its first code (made now if there is none)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=name, confirmed=False)


def remove_totp_devices(user):
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    return deleted
