"""The catalogue's folded text columns go: services are found through the portal's search
index (portal.SearchEntry, filled by catalogue.search.sources)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0002_help_texts")]

    operations = [
        migrations.RemoveField(model_name="servicepage", name="search_document"),
        migrations.RemoveField(model_name="servicepage", name="search_title"),
    ]
