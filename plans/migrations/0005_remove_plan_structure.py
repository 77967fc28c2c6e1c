"""The plan's StreamField and its search mirror (``PlanItem``) give way to the records."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0004_structure_to_records"),
    ]

    operations = [
        migrations.RemoveField(
            model_name='plancomment',
            name='item',
        ),
        migrations.RemoveField(
            model_name='communityplanpage',
            name='structure',
        ),
        migrations.DeleteModel(
            name='PlanItem',
        ),
    ]
