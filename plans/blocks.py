"""StreamField blocks of a community plan: chapters → goals → measures.

Every goal and measure carries a stable code ("1.1", "1.1.2") chosen by the editor; the
code gives its anchor on the plan page (``#cil-1-1``, ``#opatreni-1-1-2``) and is the key by
which consultation comments refer to it, so it must not change once a plan is published.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

MEASURE_STATUSES = [
    ("planned", "Plánováno"),
    ("in_progress", "Probíhá"),
    ("done", "Splněno"),
    ("partly", "Splněno částečně"),
    ("not_done", "Nesplněno"),
    ("cancelled", "Zrušeno"),
]

CODE_VALIDATOR = RegexValidator(
    r"^\d+(\.\d+)*$", "Kód tvoří čísla oddělená tečkou, např. 1.1 nebo 1.1.2."
)


def code_block(label, help_text):
    return blocks.CharBlock(
        label=label, max_length=20, validators=[CODE_VALIDATOR], help_text=help_text
    )


class EvaluationBlock(blocks.StructBlock):
    """One yearly evaluation of a measure."""

    year = blocks.IntegerBlock(label="Rok", min_value=1990, max_value=2100)
    status = blocks.ChoiceBlock(choices=MEASURE_STATUSES, label="Stav v daném roce")
    text = blocks.TextBlock(label="Vyhodnocení", required=False)

    class Meta:
        icon = "date"
        label = "Roční vyhodnocení"


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


class MeasureBlock(blocks.StructBlock):
    """A measure ("opatření"): what will be done, by whom, for how much and how it went."""

    code = code_block("Kód opatření", "Např. 1.1.2. Po zveřejnění plánu kód neměňte.")
    title = blocks.CharBlock(label="Název opatření", max_length=300)
    description = blocks.RichTextBlock(
        label="Popis", required=False, features=["bold", "italic", "link", "ul", "ol"]
    )
    activities = blocks.RichTextBlock(
        label="Aktivity", required=False, features=["bold", "italic", "link", "ul", "ol"]
    )
    bearer = PartnerBlock(label="Nositel", required=False)
    partners = blocks.ListBlock(PartnerBlock(), label="Partneři", default=[])
    target_group = blocks.CharBlock(
        label="Cílová skupina / oblast plánování",
        required=False,
        max_length=200,
        help_text="Např. Děti a rodina. Prázdné = oblast kapitoly.",
    )
    funding_estimate = blocks.CharBlock(
        label="Odhad nákladů", required=False, max_length=200, help_text="Např. 1,2 mil. Kč ročně"
    )
    funding_sources = blocks.CharBlock(label="Zdroje financování", required=False, max_length=300)
    indicators = blocks.TextBlock(
        label="Indikátory", required=False, help_text="Každý indikátor na samostatný řádek."
    )
    time_frame = blocks.CharBlock(
        label="Časový rámec", required=False, max_length=100, help_text="Např. 2008–2012"
    )
    status = blocks.ChoiceBlock(choices=MEASURE_STATUSES, default="planned", label="Stav")
    evaluations = blocks.ListBlock(EvaluationBlock(), label="Roční vyhodnocení", default=[])

    class Meta:
        icon = "tick"
        label = "Opatření"
        label_format = "{code} {title}"


class GoalBlock(blocks.StructBlock):
    """A goal ("cíl") of a chapter with its measures."""

    code = code_block("Kód cíle", "Např. 1.1. Po zveřejnění plánu kód neměňte.")
    title = blocks.CharBlock(label="Název cíle", max_length=300)
    description = blocks.RichTextBlock(
        label="Popis cíle", required=False, features=["bold", "italic", "link", "ul", "ol"]
    )
    measures = blocks.ListBlock(MeasureBlock(), label="Opatření", default=[])

    class Meta:
        icon = "pick"
        label = "Cíl"
        label_format = "{code} {title}"


class ChapterBlock(blocks.StructBlock):
    """A chapter: a part of the plan (A, B, C) or one working group / planning area."""

    code = blocks.CharBlock(label="Označení", max_length=20, help_text="Např. C.1 nebo 1")
    title = blocks.CharBlock(label="Název kapitoly", max_length=200)
    working_group = blocks.PageChooserBlock(
        label="Pracovní skupina",
        page_type="plans.WorkingGroupPage",
        required=False,
        help_text="Pracovní skupina, která kapitolu připravila (je-li na portálu).",
    )
    planning_area = blocks.CharBlock(
        label="Oblast plánování",
        required=False,
        max_length=200,
        help_text="Např. Senioři. Slouží k filtrování opatření.",
    )
    introduction = blocks.RichTextBlock(
        label="Úvod kapitoly",
        required=False,
        features=["h3", "h4", "bold", "italic", "link", "ul", "ol"],
    )
    goals = blocks.ListBlock(GoalBlock(), label="Cíle", default=[])

    class Meta:
        icon = "folder-open-inverse"
        label = "Kapitola"
        label_format = "{code} {title}"


class PlanStructureBlock(blocks.StreamBlock):
    chapter = ChapterBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        for chapter in value:
            for goal in chapter.value["goals"]:
                codes = [("cíl", goal["code"])] + [
                    ("opatření", m["code"]) for m in goal["measures"]
                ]
                for kind, code in codes:
                    if (kind, code) in seen:
                        message = f"Kód {kind} {code} je v plánu použit dvakrát."
                        raise StreamBlockValidationError(
                            non_block_errors=ErrorList([ValidationError(message)])
                        )
                    seen.add((kind, code))
        return value
