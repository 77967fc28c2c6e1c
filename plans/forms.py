"""Forms people fill in on plan pages: filtering measures and commenting on a draft."""

from django import forms

from plans.models import PlanComment
from plans.outline import iter_measures
from plans.statuses import MeasureStatus
from portal.rate_limit import RateLimit

GENERAL = "plan"
# Accepted comments from one address within a quarter of an hour.
COMMENTS_PER_CLIENT = RateLimit("plan-comments", limit=5, window=15 * 60)


class MeasureFilterForm(forms.Form):
    """?skupina=&stav=&nositel= on a plan page; unknown values become a Czech message."""

    skupina = forms.ChoiceField(label="Pracovní skupina", required=False)
    stav = forms.ChoiceField(label="Stav opatření", required=False)
    nositel = forms.ChoiceField(label="Nositel", required=False)

    def __init__(self, chapters, *args, **kwargs):
        super().__init__(*args, **kwargs)
        measures = list(iter_measures(chapters))
        groups = {c.group_slug: c.group_name for c in chapters}
        bearers = {m.bearer_slug: m.bearer_label for m in measures if m.bearer_label}
        used_statuses = {m.status for m in measures}
        everything = [("", "vše")]
        self.fields["skupina"].choices = everything + list(groups.items())
        self.fields["stav"].choices = everything + [
            (key, label) for key, label in MeasureStatus.choices if key in used_statuses
        ]
        self.fields["nositel"].choices = everything + sorted(bearers.items(), key=lambda i: i[1])
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = (
                "Tato hodnota filtru neexistuje, nepoužili jsme ji."
            )

    def cleaned_filters(self):
        """The valid filters; an invalid one is dropped (and its error shown)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "group": data.get("skupina", ""),
            "status": data.get("stav", ""),
            "bearer": data.get("nositel", ""),
        }

    def has_filters(self):
        return any(self.cleaned_filters().values())


def target_choices(plan):
    """The parts of a plan a comment can point at: the plan, each goal, each measure."""
    choices = [(GENERAL, "Plán jako celek")]
    for chapter in plan.outline:
        group = []
        for goal in chapter.goal_list:
            group.append((f"goal:{goal.code}", goal.label))
            group.extend((f"measure:{m.code}", m.label) for m in goal.measure_list)
        if group:
            choices.append((f"{chapter.code} {chapter.title}", group))
    return choices


class CommentForm(forms.ModelForm):
    """A citizen's comment on a plan in consultation."""

    target = forms.ChoiceField(
        label="K čemu se připomínka vztahuje",
        error_messages={
            "required": "Vyberte, ke které části plánu se připomínka vztahuje.",
            "invalid_choice": "Vybraná část plánu neexistuje. Vyberte prosím ze seznamu.",
        },
    )
    # Honeypot: off-screen (CSS), aria-hidden and without a tab stop, so only bots fill it in.
    website = forms.CharField(
        label="Tohle pole nevyplňujte",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = PlanComment
        fields = ["name", "email", "organisation", "comment", "proposed_change", "consent"]
        labels = {
            "organisation": "Organizace (nepovinné)",
            "proposed_change": "Navrhovaná změna (nepovinné)",
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "comment": forms.Textarea(attrs={"rows": 6}),
            "proposed_change": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "name": {
                "required": "Vyplňte své jméno a příjmení.",
                "max_length": "Jméno může mít nejvýše %(limit_value)d znaků (má %(show_value)d).",
            },
            "email": {
                "required": "Vyplňte e-mail, abychom vám mohli odpovědět.",
                "invalid": "Zadejte e-mail ve tvaru jmeno@example.cz.",
                "max_length": "E-mail může mít nejvýše %(limit_value)d znaků.",
            },
            "organisation": {
                "max_length": "Název organizace může mít nejvýše %(limit_value)d znaků."
            },
            "comment": {
                "required": "Napište svou připomínku.",
                "max_length": (
                    "Připomínka může mít nejvýše %(limit_value)d znaků (má %(show_value)d)."
                ),
            },
            "proposed_change": {
                "max_length": (
                    "Návrh změny může mít nejvýše %(limit_value)d znaků (má %(show_value)d)."
                )
            },
        }

    field_order = [
        "target",
        "name",
        "email",
        "organisation",
        "comment",
        "proposed_change",
        "consent",
    ]

    def __init__(self, *args, plan, client_address="", **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.client_address = client_address
        self.fields["target"].choices = target_choices(plan)
        self.fields["consent"].required = True
        self.fields["consent"].error_messages["required"] = (
            "Bez souhlasu se zpracováním osobních údajů připomínku nemůžeme přijmout."
        )
        self.fields["email"].help_text = "Nezveřejníme jej; použijeme jej jen k odpovědi."
        for field in self.fields.values():
            # The server explains a too long text; a browser limit would cut pasted text silently.
            field.widget.attrs.pop("maxlength", None)
        self._describe_fields()

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        """Tie each input to its hint and error message for screen readers."""
        for name, field in self.fields.items():
            ids = [f"id_{name}_hint"] if field.help_text else []
            if self.is_bound and name in self.errors:
                ids.append(f"id_{name}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError("Formulář vypadá jako automaticky vyplněný robotem.")
        return ""

    def clean(self):
        """Reserve one of the client's comments (a valid form is saved right after)."""
        cleaned = super().clean()
        if not self.errors and not COMMENTS_PER_CLIENT.reserve(self.client_address):
            raise forms.ValidationError(
                "Z vaší adresy jsme právě přijali několik připomínek. Zkuste to prosím znovu "
                "za čtvrt hodiny; text připomínky zůstal ve formuláři."
            )
        return cleaned

    def save(self, commit=True):
        comment = super().save(commit=False)
        comment.plan = self.plan
        comment.goal, comment.measure = self._target()
        comment.target_label = dict(flat_choices(self.fields["target"].choices))[
            self.cleaned_data["target"]
        ]
        if commit:
            comment.save()
        return comment

    def _target(self):
        """The (goal, measure) the comment is about; ``(None, None)`` for the whole plan."""
        target = self.cleaned_data["target"]
        if target == GENERAL:
            return None, None
        kind, code = target.split(":", 1)
        if kind == "goal":
            return self.plan.goals.filter(code=code).first(), None
        measure = self.plan.measures.select_related("goal").filter(code=code).first()
        return (measure.goal if measure else None), measure


def flat_choices(choices):
    for key, label in choices:
        if isinstance(label, list | tuple):
            yield from label
        else:
            yield key, label
