"""The life situations as entry tiles, for the home page (which belongs to ``portal``, and so
cannot ask the catalogue itself)."""

from django import template

from catalogue.models import CatalogueIndexPage, LifeSituation

register = template.Library()


@register.inclusion_tag("components/catalogue/situation_tiles.html")
def life_situation_tiles(title="V jaké situaci jste?"):
    """Every life situation in the editors' order, each linking to the catalogue filtered by it
    (two queries). Nothing when the catalogue is not published."""
    catalogue = CatalogueIndexPage.objects.live().first()
    if catalogue is None:
        return {"situations": []}
    situations = LifeSituation.objects.only("name", "slug", "description", "pictogram")
    return {
        "title": title,
        "catalogue": catalogue,
        "situations": [
            {"situation": situation, "url": f"{catalogue.url}?situace={situation.slug}"}
            for situation in situations
        ],
    }
