import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("plans", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventpage",
            name="working_group",
            field=models.ForeignKey(
                blank=True,
                help_text="U setkání pracovní skupiny: termín a místo se ukážou na stránce skupiny.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="meetings",
                to="plans.workinggrouppage",
                verbose_name="Pracovní skupina",
            ),
        ),
    ]
