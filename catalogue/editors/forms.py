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
    # The existing account the coordinator was shown and confirmed (see ``asking_to_confirm``).
    confirmed_account = forms.IntegerField(required=False, widget=forms.HiddenInput)

    account_to_confirm = None

    def asking_to_confirm(self, account):
        """This form again, now asking to confirm ``account`` (an ``ExistingAccount``)."""
        data = self.data.copy()
        data["confirmed_account"] = account.pk
        form = OnboardingForm(data)
        form.is_valid()
        form.account_to_confirm = account
        return form
