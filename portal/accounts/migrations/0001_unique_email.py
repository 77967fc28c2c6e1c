"""A unique index on the lower-cased e-mail of accounts that have one (SQLite and PostgreSQL).

Existing accounts that share an address stop the migration with a list of them: which account
keeps the address is for an administrator to decide, not for a migration.
"""

from django.conf import settings
from django.db import migrations
from django.db.models import Count
from django.db.models.functions import Lower

INDEX = "accounts_user_email_unique_ci"


def create_index(apps, schema_editor):
    User = apps.get_model(settings.AUTH_USER_MODEL)
    shared = list(
        User.objects.exclude(email="")
        .annotate(address=Lower("email"))
        .values("address")
        .annotate(accounts=Count("pk"))
        .filter(accounts__gt=1)
        .values_list("address", flat=True)
    )
    if shared:
        raise RuntimeError(
            "Tyto e-mailové adresy používá více účtů: "
            + ", ".join(sorted(shared))
            + ". Ponechte každou jen jednomu účtu (Nastavení → Uživatelé) a spusťte migrate znovu."
        )
    table = schema_editor.quote_name(User._meta.db_table)
    email = schema_editor.quote_name("email")
    schema_editor.execute(
        f"CREATE UNIQUE INDEX {INDEX} ON {table} (LOWER({email})) WHERE {email} <> ''"
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    # After the last migration of auth.User: on SQLite, altering a table rebuilds it without
    # indexes its model does not declare.
    dependencies = [("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_index, drop_index)]
