from django.db import migrations, models

import portal.security.safe_urls


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0002_eventpage_working_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventpage",
            name="organiser_url",
            field=models.URLField(
                blank=True,
                help_text=(
                    "Celá adresa webu pořadatele, který není v katalogu, "
                    "např. https://www.ostrava.cz/."
                ),
                validators=[portal.security.safe_urls.validate_safe_url],
                verbose_name="Web pořadatele",
            ),
        ),
        migrations.AlterField(
            model_name="eventpage",
            name="venue_address",
            field=models.CharField(
                blank=True,
                help_text=(
                    "Ulice a číslo, PSČ a obec oddělené čárkou: "
                    "Prokešovo náměstí 8, 702 00 Ostrava."
                ),
                max_length=255,
                verbose_name="Adresa",
            ),
        ),
    ]
