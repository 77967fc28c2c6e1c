"""Lexicon entries that only say who needs help; seed the search lexicon
(portal/search/lexicon.tsv) and the crisis lines, data coordinators then edit in the admin.
Entries already there are kept."""

from pathlib import Path

from django.db import migrations, models

LEXICON = Path(__file__).resolve().parents[1] / "search" / "lexicon.tsv"

VIOLENCE = [
    "násilí",
    "bije",
    "tyrá",
    "týrání",
    "mlátí",
    "ubližuje",
    "napadl",
    "vyhrožuje",
    "znásilnění",
    "pronásleduje",
]
SUICIDE = ["sebevražda", "zabít se", "chci umřít", "nechci žít", "sebepoškozování", "řežu se"]
HELP_LINES = [
    (
        "Tísňové volání",
        "112",
        "Když jde o život, zdraví nebo bezpečí: nonstop a zdarma, i bez kreditu.",
        VIOLENCE + SUICIDE + ["ohrožení života", "týrané dítě"],
    ),
    ("Zdravotnická záchranná služba", "155", "Ohrožení života nebo zdraví.", SUICIDE),
    ("Policie ČR", "158", "Násilí, napadení, vyhrožování.", VIOLENCE + ["vykázání"]),
    (
        "Linka první psychické pomoci",
        "116 123",
        "Když je toho moc a potřebujete si promluvit: nonstop a zdarma.",
        SUICIDE + VIOLENCE + ["krize", "nezvládám", "promluvit", "úzkost", "panika", "deprese"],
    ),
    (
        "Linka bezpečí",
        "116 111",
        "Pro děti a mladé do 26 let: nonstop a zdarma.",
        SUICIDE + ["šikana", "týrané dítě", "dítě v ohrožení", "utekl z domova", "utekla z domova"],
    ),
    (
        "Linka pomoci obětem kriminality a domácího násilí",
        "116 006",
        "Pro oběti domácího násilí a trestných činů: nonstop a zdarma.",
        VIOLENCE + ["okradli", "oběť trestného činu", "stalking"],
    ),
]


def lexicon_rows(path=LEXICON):
    """(phrase, meaning, refines only) of each line; a third column "kdo" marks words that say
    who needs help (kin words)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, meaning, *marks = line.split("\t")
            yield phrase.strip(), meaning.strip(), "kdo" in marks


def seed(apps, schema_editor):
    SearchSynonym = apps.get_model("portal", "SearchSynonym")
    HelpLine = apps.get_model("portal", "HelpLine")
    for phrase, meaning, refines_only in lexicon_rows():
        SearchSynonym.objects.get_or_create(
            phrase=phrase, meaning=meaning, defaults={"refines_only": refines_only}
        )
    for order, (name, number, description, phrases) in enumerate(HELP_LINES):
        HelpLine.objects.get_or_create(
            number=number,
            defaults={
                "name": name,
                "description": description,
                "phrases": "\n".join(phrases),
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("portal", "0007_safe_url_schemes")]

    operations = [
        migrations.AddField(
            model_name="searchsynonym",
            name="refines_only",
            field=models.BooleanField(
                default=False,
                help_text="Zaškrtněte u slov jako „máma“, „syn“, „babička“: ukazují na cílovou "
                "skupinu, ale nalezené služby je obsahovat nemusí.",
                verbose_name="Jen upřesňuje, komu se pomáhá",
            ),
        ),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
