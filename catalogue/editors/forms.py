from django import forms

from catalogue.models import ProviderPage


class OnboardingForm(forms.Form):
    """A coordinator gives a provider's staff member access to the provider's pages."""

    provider = forms.ModelChoiceField(
        label="Poskytovatel",
        queryset=ProviderPage.objects.order_by("title"),
        help_text="Organizace, jejíž stránky bude editor upravovat.",
    )
    email = forms.EmailField(
        label="E-mail editora",
        help_text="Na tuto adresu přijde pozvánka s odkazem pro nastavení hesla.",
    )
    name = forms.CharField(
        label="Jméno a příjmení",
        required=False,
        max_length=150,
        help_text="Nepovinné; zobrazí se v administraci u změn, které editor udělá.",
    )
