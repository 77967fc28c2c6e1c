"""Service areas (the whole city or chosen districts) and the RÚIAN address code of a place.

Existing services get no area (``area_whole_city`` false, no districts): they are found by the
districts of their places, exactly as before, until an editor sets where they help.
"""

import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0004_safe_url_schemes"),
    ]

    operations = [
        migrations.AddField(
            model_name="servicepage",
            name="area_whole_city",
            field=models.BooleanField(
                default=False,
                help_text="U terénních a telefonických služeb: služba přijde za klientem (nebo "
                "ho vyslechne) kdekoli v Ostravě. Lidé ji pak najdou při hledání v každém obvodu.",
                verbose_name="Působí v celém městě",
            ),
        ),
        migrations.AddField(
            model_name="servicepage",
            name="area_districts",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="Když služba nepůsobí v celém městě: obvody, kde pracuje v terénu nebo "
                "odkud přijímá hovory (při zaškrtnutém celém městě se nepoužijí). Služba bez "
                "působnosti se hledá jen podle obvodů svých míst poskytování.",
                related_name="served_by",
                to="catalogue.district",
                verbose_name="Působí v obvodech",
            ),
        ),
        migrations.AddField(
            model_name="serviceplace",
            name="ruian_code",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="Vyplňuje import z registru poskytovatelů. Podle tohoto kódu doplní "
                "příkaz import_ruian souřadnice z RÚIAN; místo bez kódu je samo nedostane, "
                "zadejte je ručně.",
                max_length=12,
                verbose_name="Kód adresního místa (RÚIAN)",
            ),
        ),
        migrations.AlterField(
            model_name="serviceplace",
            name="latitude",
            field=models.DecimalField(
                blank=True,
                decimal_places=6,
                help_text="Ve stupních, např. 49.822802 (z mapy: pravým tlačítkem na místo). U "
                "místa s kódem RÚIAN se doplní samy; bez kódu je zadejte ručně, jinak se místo "
                "neukáže na mapě.",
                max_digits=9,
                null=True,
                verbose_name="Zeměpisná šířka",
            ),
        ),
    ]
