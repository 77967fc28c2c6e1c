import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_search_index"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.AddField(
            model_name="sitesettings",
            name="share_image",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "Zobrazí se u odkazu sdíleného na sociálních sítích, pokud stránka nemá "
                    "vlastní obrázek. Ideálně 1200 × 630 px. Prázdné = výchozí obrázek portálu."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="Obrázek pro sdílení",
            ),
        ),
    ]
