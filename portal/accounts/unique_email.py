"""One account per e-mail address, regardless of case.

The address is where invitations, password resets and a provider's notices go, and onboarding
finds an account by it: two accounts sharing one would let either stand in for the other.
Forms explain it in Czech (``validate_unique_email``); a unique index on ``LOWER(email)``
(migration ``accounts.0001``) guards every other path.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

TAKEN = "Tento e-mail už používá jiný účet. Každý účet musí mít vlastní adresu."


def email_in_use(email, except_user=None):
    """Whether an account other than ``except_user`` has ``email`` (case-insensitive)."""
    email = email.strip()
    if not email:
        return False
    accounts = get_user_model().objects.filter(email__iexact=email)
    if except_user is not None and except_user.pk:
        accounts = accounts.exclude(pk=except_user.pk)
    return accounts.exists()


def validate_unique_email(email, user=None):
    if email_in_use(email, except_user=user):
        raise ValidationError(TAKEN, code="email_taken")
