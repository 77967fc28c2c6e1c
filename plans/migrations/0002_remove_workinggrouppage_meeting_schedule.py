from django.db import migrations


class Migration(migrations.Migration):
    """How often a group meets now comes from its repeating meeting in the events calendar."""

    dependencies = [
        ("plans", "0001_initial"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="workinggrouppage",
            name="meeting_schedule",
        ),
    ]
