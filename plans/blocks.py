"""A bearer, partner or member organisation: a provider page from the catalogue, or a name.

(A plan's chapters, goals and measures used to be blocks here; they are records now, see
``plans.models.records``.)
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError


class PartnerBlock(blocks.StructBlock):
    """A bearer or partner: a provider page from the catalogue, or just a name."""

    page = blocks.PageChooserBlock(
        label="Poskytovatel v katalogu",
        page_type="catalogue.ProviderPage",
        required=False,
        help_text="Vyberte, pokud je organizace v katalogu.",
    )
    name = blocks.CharBlock(
        label="Název",
        required=False,
        max_length=200,
        help_text="Vyplňte, pokud organizace není v katalogu (nebo pro jiný název).",
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("name"):
            raise StructBlockValidationError(
                {"name": ValidationError("Vyberte poskytovatele nebo vyplňte název.")}
            )
        return value

    class Meta:
        icon = "group"
        label = "Organizace"
