"""The registration form visitors fill in for an event."""

from django import forms


class DescribedErrorsMixin:
    """Point each invalid field's aria-describedby at its help text and error message.

    The template renders a field's errors in an element with the id ``<field id>-chyba``.
    """

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            widget = self.fields[name].widget
            ids = [widget.attrs.get("aria-describedby", ""), f"{bound.auto_id}-chyba"]
            if self.fields[name].help_text:
                ids.insert(0, f"{bound.auto_id}_helptext")
            widget.attrs["aria-describedby"] = " ".join(filter(None, ids))


class RegistrationForm(DescribedErrorsMixin, forms.Form):
    name = forms.CharField(
        label="Jméno a příjmení",
        max_length=150,
        error_messages={
            "required": "Vyplňte jméno a příjmení.",
            "max_length": "Jméno může mít nejvýše %(limit_value)d znaků (má %(show_value)d).",
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="E-mail",
        max_length=254,
        help_text="Pošleme na něj potvrzení a odkaz na zrušení registrace.",
        error_messages={
            "required": "Vyplňte e-mail.",
            "invalid": "Zadejte e-mail ve tvaru jmeno@example.cz.",
            "max_length": "E-mail může mít nejvýše %(limit_value)d znaků.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label="Organizace (nepovinné)",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"max_length": "Název organizace může mít nejvýše %(limit_value)d znaků."},
    )
    note = forms.CharField(
        label="Poznámka (nepovinné)",
        max_length=1000,
        required=False,
        help_text="Např. bezbariérový přístup, tlumočení do znakového jazyka, strava.",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Poznámka může mít nejvýše %(limit_value)d znaků."},
    )
    consent = forms.BooleanField(
        label="Souhlasím se zpracováním osobních údajů",
        error_messages={"required": "Bez souhlasu se zpracováním údajů vás nemůžeme přihlásit."},
    )
    # Honeypot: hidden from people (CSS) and from assistive technology (aria-hidden, no tab stop);
    # bots that fill every field reveal themselves.
    website = forms.CharField(label="Web (nevyplňujte)", required=False, max_length=200)

    def __init__(self, *args, privacy_notice="", **kwargs):
        super().__init__(*args, **kwargs)
        self.privacy_notice = privacy_notice
        if privacy_notice:
            self.fields["consent"].widget.attrs["aria-describedby"] = "souhlas-text"

    def is_bot(self):
        return bool(self.data.get("website"))
