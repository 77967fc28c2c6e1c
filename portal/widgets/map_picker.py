"""A map picker for a pair of coordinate fields in the admin (``CoordinatesPanel``).

The latitude and longitude stay plain number fields side by side; below them a small Leaflet
map shows the position: a click in the map or dragging the marker writes both fields, typing
in them moves the marker, and a search box asks ``lookup_url_name`` (a JSON view answering
``?q=`` with ``{"results": [{"name", "latitude", "longitude"}]}``) for places by name or
address. The map box is hidden until its script runs, so without JavaScript (or when it fails)
the editor still types the numbers.
"""

from django import forms
from django.conf import settings
from django.urls import reverse
from wagtail.admin.panels import FieldPanel, FieldRowPanel

PICKER_JS = ["vendor/leaflet/leaflet.js", "js/admin-map-picker.js"]
PICKER_CSS = ["vendor/leaflet/leaflet.css", "css/admin-map-picker.css"]


class CoordinateInput(forms.NumberInput):
    """The number field of a latitude or longitude; it brings the picker's scripts along (the
    form's media reach the page also from inside an inline panel, a panel's own do not)."""

    class Media:
        js = PICKER_JS
        css = {"all": PICKER_CSS}


class CoordinatesPanel(FieldRowPanel):
    """The ``latitude`` and ``longitude`` fields in a row, with a map to pick them."""

    def __init__(
        self,
        children=(),
        *args,
        latitude="latitude",
        longitude="longitude",
        lookup_url_name="",
        **kwargs,
    ):
        children = children or [
            FieldPanel(latitude, widget=CoordinateInput),
            FieldPanel(longitude, widget=CoordinateInput),
        ]
        super().__init__(children, *args, **kwargs)
        self.latitude = latitude
        self.longitude = longitude
        self.lookup_url_name = lookup_url_name

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(
            latitude=self.latitude,
            longitude=self.longitude,
            lookup_url_name=self.lookup_url_name,
        )
        return kwargs

    class BoundPanel(FieldRowPanel.BoundPanel):
        template_name = "portal/widgets/coordinates_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            latitude = self.form[self.panel.latitude]
            longitude = self.form[self.panel.longitude]
            lookup = self.panel.lookup_url_name
            context["picker"] = {
                "id": f"{latitude.auto_id}-mapa",
                "latitude_id": latitude.auto_id,
                "longitude_id": longitude.auto_id,
                "lookup_url": reverse(lookup) if lookup else "",
                "tile_url": settings.MAP_TILE_URL,
                "attribution": settings.MAP_TILE_ATTRIBUTION,
            }
            return context
