"""The portal's one search index: keywords and facets of entries, the database's full-text
index over them (portal.search.index_schema), and the crisis lines shown with searches.

Run ``manage.py rebuild_search_entries`` after migrating: entries made before have no keywords
and no facets.
"""

import django.db.models.deletion
from django.db import migrations, models


def create_index(apps, schema_editor):
    from portal.search import index_schema

    index_schema.create(schema_editor)


def drop_index(apps, schema_editor):
    from portal.search import index_schema

    index_schema.drop(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("portal", "0004_document_text_and_search_terms")]

    operations = [
        migrations.CreateModel(
            name="HelpLine",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Např. „Linka bezpečí“.", max_length=120, verbose_name="Název"
                    ),
                ),
                (
                    "number",
                    models.CharField(
                        help_text="Jak se vytáčí, např. „116 111“.",
                        max_length=20,
                        verbose_name="Telefonní číslo",
                    ),
                ),
                (
                    "description",
                    models.CharField(
                        blank=True,
                        help_text="Např. „Pro děti a mladé do 26 let, nonstop a zdarma“.",
                        max_length=255,
                        verbose_name="Pro koho a kdy",
                    ),
                ),
                (
                    "phrases",
                    models.TextField(
                        help_text="Slova nebo spojení, každé na nový řádek. Linka se ukáže, "
                        "když hledaný text nebo název zvolené životní situace obsahuje všechna "
                        "slova některého řádku.",
                        verbose_name="Kdy linku ukázat",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Nižší číslo se zobrazí dříve.",
                        verbose_name="Pořadí",
                    ),
                ),
            ],
            options={
                "verbose_name": "Linka pomoci",
                "verbose_name_plural": "Linky pomoci",
                "ordering": ["sort_order", "name"],
            },
        ),
        migrations.AddField(
            model_name="searchentry",
            name="keywords",
            field=models.TextField(blank=True, verbose_name="Kmeny klíčových slov"),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="object_id",
            field=models.PositiveBigIntegerField(blank=True, null=True, verbose_name="Id objektu"),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("sluzba", "Služba"),
                    ("poskytovatel", "Poskytovatel"),
                    ("kampan", "Kampaň"),
                    ("akce", "Akce"),
                    ("aktualita", "Aktualita"),
                    ("plan", "Komunitní plán"),
                    ("opatreni", "Cíl nebo opatření plánu"),
                    ("zapis", "Zápis z jednání"),
                    ("dokument", "Dokument"),
                    ("stranka", "Stránka"),
                    ("situace", "Životní situace"),
                ],
                max_length=20,
                verbose_name="Druh",
            ),
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["kind", "folded_title"], name="search_entry_kind_title"),
        ),
        migrations.AlterField(
            model_name="searchsynonym",
            name="meaning",
            field=models.CharField(
                help_text="Slova, která se používají na portálu: druh služby, cílová skupina "
                "nebo životní situace, např. „noclehárna, osoby bez přístřeší“.",
                max_length=255,
                verbose_name="Co tím myslí",
            ),
        ),
        migrations.AlterField(
            model_name="searchsynonym",
            name="phrase",
            field=models.CharField(
                help_text="Hovorové slovo nebo slovní spojení, např. „bezdomovec“, „bere "
                "drogy“. Platí, když dotaz obsahuje všechna jeho slova (v jakémkoli tvaru a "
                "pořadí).",
                max_length=120,
                verbose_name="Co lidé hledají",
            ),
        ),
        migrations.CreateModel(
            name="SearchFacet",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=20, verbose_name="Filtr")),
                ("value", models.CharField(max_length=100, verbose_name="Hodnota")),
                (
                    "entry",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="facets",
                        to="portal.searchentry",
                    ),
                ),
            ],
            options={
                "verbose_name": "Hodnota filtru vyhledávání",
                "verbose_name_plural": "Hodnoty filtrů vyhledávání",
                "indexes": [models.Index(fields=["name", "value"], name="search_facet_name_value")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("entry", "name", "value"), name="unique_search_facet"
                    )
                ],
            },
        ),
        migrations.RunPython(create_index, drop_index),
    ]
