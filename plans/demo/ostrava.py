"""Ostrava: the planning story (seed 001), its working groups, the minutes of the group
"Děti a rodina" of 8 Mar 2018 (seed 002) and a draft plan open for comment today."""

import datetime

from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText

from campaigns.models import EventPage
from plans.demo.helpers import add_structure, chapter, goal, measure, member, organisation
from plans.models import (
    CommunityPlanPage,
    MeetingMinutesPage,
    PlanningIndexPage,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child

NEXT_MEETING_EVENT_SLUG = "setkani-pracovni-skupiny-deti-a-rodina-2018-04-19"
# The events demo's meetings of the group "Děti a rodina": the one of 19 Apr 2018 and the
# repeating one, which tells the group page when and how often the group meets.
FAMILY_MEETING_SLUGS = [
    NEXT_MEETING_EVENT_SLUG,
    "pravidelne-setkani-pracovni-skupiny-deti-a-rodina",
]

STORY = [
    ("heading", {"text": "Jak plánujeme v Ostravě", "level": "h2"}),
    (
        "paragraph",
        RichText(
            "<p>Ostrava plánuje sociální služby komunitní metodou od roku 2003. "
            "1. komunitní plán platil do roku 2006, 2. komunitní plán rozvoje sociálních služeb a "
            "souvisejících aktivit do roku 2010 a každý rok se vyhodnocoval. Následovaly "
            "3. a 4. plán; v roce 2018 pracovní skupiny připravovaly 5. komunitní plán.</p>"
            "<p>V čele každé pracovní skupiny stojí manažer a kontaktní osoba. Zapojeno je "
            "přibližně 200 lidí z města, neziskových organizací i z řad uživatelů služeb. "
            "Návrh každého plánu prochází veřejným připomínkováním.</p>"
        ),
    ),
]

# The eight target groups of seed 001, each planned by its own working group.
GROUPS = [
    ("deti-a-rodina", "Děti a rodina"),
    ("seniori", "Senioři"),
    ("obcane-s-dusevnim-onemocnenim", "Občané s duševním onemocněním"),
    ("obcane-s-mentalnim-postizenim", "Občané s mentálním postižením"),
    ("obcane-s-jinym-zdravotnim-postizenim", "Občané s jiným zdravotním postižením"),
    ("obcane-spolecensky-neprizpusobeni", "Občané společensky nepřizpůsobení"),
    ("romske-etnikum", "Romské etnikum"),
    (
        "prevence-kriminality-a-protidrogova-prevence",
        "Prevence kriminality a protidrogová prevence",
    ),
]

FAMILY_MEMBERS = [
    "Diecézní charita ostravsko-opavská",
    "Slezská diakonie",
    "Diakonie ČCE – středisko v Ostravě",
    "Bílý nosorožec, o.p.s.",
    "Sdružení sociálních asistentů, z.s.",
]


def ensure_planning_index(home, log):
    return ensure_child(
        home,
        PlanningIndexPage,
        "komunitni-planovani",
        log,
        title="Komunitní plánování",
        show_in_menus=True,
        introduction=(
            "Komunitní plány rozvoje sociálních služeb, pracovní skupiny, zápisy z jejich "
            "jednání a dokumenty. Návrhy plánů může připomínkovat každý."
        ),
        body=STORY,
    )


def ensure_working_groups(index, documents, log):
    groups_index = ensure_child(
        index,
        WorkingGroupIndexPage,
        "pracovni-skupiny",
        log,
        title="Pracovní skupiny",
        introduction=(
            "Pracovní skupiny sdružují zadavatele, poskytovatele a uživatele služeb pro jednu "
            "oblast. Připravují cíle a opatření komunitního plánu a sledují jejich plnění."
        ),
    )
    groups = {}
    for slug, name in GROUPS:
        fields = {"title": name, "planning_area": name}
        fields["purpose"] = f"<p>Skupina plánuje sociální služby pro oblast {name}.</p>"
        if slug == "deti-a-rodina":
            fields.update(family_group_fields())
        groups[slug] = ensure_child(groups_index, WorkingGroupPage, slug, log, **fields)
    ensure_family_minutes(groups["deti-a-rodina"], documents["zapis-2018-03-08"], log)
    link_group_meetings(groups["deti-a-rodina"], FAMILY_MEETING_SLUGS, log)
    return groups


def family_group_fields():
    return {
        "purpose": (
            "<p>Cílová skupina Děti a rodina je velmi široká: patří do ní všechny rodiny s dětmi "
            "žijící v Ostravě, děti žijící mimo rodinu a mladí dospělí. Skupina se nezabývá jen "
            "rodinami ohroženými sociálním vyloučením; velká část její práce se týká prevence.</p>"
        ),
        "manager": "Mgr. Martin Bittner",
        "contact_person": "Bc. Petr Štícha",
        "contact_email": "deti-a-rodina@example.org",
        "member_organisations": [member(name) for name in FAMILY_MEMBERS],
    }


def agenda_item(title, discussion, decisions=()):
    return (
        "item",
        {"title": title, "discussion": RichText(discussion), "decisions": list(decisions)},
    )


def task(text, responsible="", due=None):
    return {"text": text, "responsible": responsible, "due": due}


MINUTES_AGENDA = [
    agenda_item(
        "Organizační záležitosti – aktualizace členů PS",
        "<p>Manažer požádal přítomné, aby za svou organizaci doplnili do seznamu členů "
        "aktuální údaje k 8. 3. 2018: jméno řádného člena a náhradníka.</p>",
        [task("Doplnit do seznamu členů řádného člena a náhradníka", "členské organizace")],
    ),
    agenda_item(
        "Popis cílové skupiny pro V. KP",
        "<p>Skupina prošla popis cílové skupiny ze IV. plánu a upravila jej. Mezi potřeby "
        "rodin s dětmi nově zařadila mimo jiné dostupnost krizových lůžek, finanční "
        "gramotnost, dostupnost psychologické, terapeutické a zdravotní péče, koncepci "
        "rodinné politiky města, dostupné bydlení a dobrovolníky pro volnočasové aktivity.</p>",
    ),
    agenda_item(
        "Příprava V. KP – rozvojové cíle a opatření",
        "<p>Cíle a opatření jsou výstupem pracovní skupiny, nikoli facilitátorky; stále je "
        "možné doplnit nová opatření. Projednávalo se:</p><ul>"
        "<li><b>Opatření 1.1</b> (mapování potřeb a preventivních programů): doplnit "
        "participativní metody, např. fokusní skupiny a kulaté stoly.</li>"
        "<li><b>Opatření 2.1</b> (terapeutické dovednosti pracovníků): dále nerozpracovávat, "
        "výměně zkušeností poslouží setkání skupiny.</li>"
        "<li><b>Opatření 2.2</b> (krizová pomoc pro rodiny s dětmi): odbor sociálních věcí "
        "jej podporuje; rozdělit na krizovou pomoc a dostupnost návazných služeb.</li>"
        "<li><b>Opatření 3.1</b> (sociální bydlení): bez připomínek.</li>"
        "<li><b>Opatření 4.1</b> (dobrovolníci): pravděpodobně prioritní průřezové opatření; "
        "zatím odpověděly jen 3 organizace.</li>"
        "<li><b>Opatření 5.1</b> (koordinace spolupráce s rodinou s ohroženým dítětem): "
        "většina je považuje za nadbytečné.</li></ul>",
        [
            task("Naformulovat samostatné opatření o dostupnosti návazných služeb", "manažer PS"),
            task(
                "Odhadnout potřebu dobrovolníků na období V. KP (počet osob, hodiny, aktivity)",
                "členské organizace",
            ),
            task(
                "Předložit v tabulce návrh opatření sociálně zdravotnického pracovníka",
                "Sdružení sociálních asistentů, z.s.",
                datetime.date(2018, 3, 20),
            ),
        ],
    ),
    agenda_item(
        "Plán práce 2017",
        "<p>Manažer představil plán činnosti na rok 2017 s komentářem k jeho vyhodnocení.</p>",
    ),
    agenda_item(
        "Informace z MT KP",
        "<p>Termíny důležitých úkolů podle jednání manažerského týmu a skupiny pro přípravu "
        "Koncepce rodinné politiky.</p>",
    ),
    agenda_item(
        "Diskuse, různé",
        "<p>Příští setkání bude 19. 4. 2018 od 13 do 15 hodin v Bílém nosorožci.</p>",
    ),
]


def ensure_family_minutes(group, attachment, log):
    minutes = ensure_child(
        group,
        MeetingMinutesPage,
        "zapis-2018-03-08",
        log,
        title="Zápis z jednání 8. 3. 2018",
        meeting_date=datetime.date(2018, 3, 8),
        start_time=datetime.time(13, 0),
        place="Magistrát města Ostravy, odbor sociálních věcí a zdravotnictví, místnost 189, "
        "Prokešovo nám. 8",
        project="Společné plánování udržitelné sítě sociálních služeb v Ostravě "
        "(CZ.03.2.63/0.0/0.0/16_063/0006590)",
        agenda=MINUTES_AGENDA,
        attachments=[("document", attachment)],
        recorded_by="Mgr. Martin Bittner, manažer PS",
        verified_by="Bc. Petr Štícha, kontaktní osoba",
        next_meeting_date=datetime.date(2018, 4, 19),
        next_meeting_time="13–15 hod.",
        next_meeting_place="Bílý nosorožec, o.p.s., L. Ševčíka 420/26, Ostrava-Hulváky "
        "(GPS 49.8228022 N, 18.2476181 E)",
    )
    link_next_meeting(minutes, log)
    return minutes


def link_next_meeting(minutes, log):
    """Point the minutes at the event of 19 Apr 2018 once the events demo has created it."""
    if minutes.next_meeting_id:
        return
    event = Page.objects.filter(slug=NEXT_MEETING_EVENT_SLUG).first()
    if event is None:
        return
    minutes.next_meeting = event
    minutes.save_revision().publish()
    log(f"Zápis {minutes.url_path} propojen s akcí {event.url_path}")


def link_group_meetings(group, slugs, log):
    """Make the events demo's meetings (created before the groups) meetings of ``group``."""
    for event in EventPage.objects.filter(slug__in=slugs, working_group__isnull=True):
        event.working_group = group
        event.save_revision().publish()
        log(f"Akce {event.url_path} přiřazena pracovní skupině {group.title}")


def consultation_structure(group):
    area = "Děti a rodina"
    return [
        chapter(
            "1",
            "Děti a rodina",
            [
                goal(
                    "1",
                    "Přispívat k realizaci preventivních opatření pro podporu rodin",
                    [
                        measure(
                            "1.1",
                            "Podílet se na mapování potřeb a dostupnosti preventivních programů "
                            "v rámci realizace Koncepce rodinné politiky",
                            activities="<p>Spoluvytvářet podmínky pro zjišťování potřeb "
                            "rodin participativními metodami, např. fokusními skupinami, "
                            "kulatými stoly a tematickými setkáními.</p>",
                            time_frame="2019–2022",
                        )
                    ],
                ),
                goal(
                    "2",
                    "Zvýšit dostupnost návazných služeb specialistů a krizové pomoci pro rodiny "
                    "s dětmi",
                    [
                        measure(
                            "2.1",
                            "Rozšířit kapacity krizové pomoci pro rodiny s dětmi",
                            description="<p>Podporu opatření vyjádřil odbor sociálních věcí "
                            "a zdravotnictví magistrátu.</p>",
                            time_frame="2019–2022",
                        ),
                        measure(
                            "2.2",
                            "Zvýšit dostupnost návazných služeb specialistů pro rodiny s dětmi",
                            time_frame="2019–2022",
                        ),
                    ],
                ),
                goal(
                    "3",
                    "Přispívat k naplňování Koncepce sociálního bydlení SMO",
                    [
                        measure(
                            "3.1",
                            "Nastavit mechanismy výměny informací a zprostředkování potřeb "
                            "uživatelů",
                            time_frame="2019–2022",
                        )
                    ],
                ),
                goal(
                    "4",
                    "Zvýšit dostupnost dobrovolníků pro zajištění aktivizačních i "
                    "volnočasových aktivit",
                    [
                        measure(
                            "4.1",
                            "Vytvořit podmínky pro navýšení kapacit dobrovolníků",
                            description="<p>Prioritní průřezové opatření komunitního plánu.</p>",
                            bearer=organisation("Diecézní charita ostravsko-opavská"),
                            partners=[
                                organisation("Slezská diakonie"),
                                organisation("Diakonie ČCE – středisko v Ostravě"),
                            ],
                            indicators="Počet nových dobrovolníků\nPočet hodin dobrovolnické práce",
                            time_frame="2019–2022",
                        )
                    ],
                ),
            ],
            working_group=group,
            area=area,
        )
    ]


def ensure_consultation_plan(index, group, log):
    """A draft whose consultation runs from a week ago to three weeks ahead of the load day."""
    today = timezone.localdate()
    plan = ensure_child(
        index,
        CommunityPlanPage,
        "5-komunitni-plan-navrh",
        log,
        title="5. komunitní plán sociálních služeb a souvisejících aktivit ve městě Ostrava "
        "(návrh)",
        period_start=2019,
        period_end=2022,
        status=PlanStatus.CONSULTATION,
        summary="<p>Návrh cílů a opatření, jak je v roce 2018 připravila pracovní skupina "
        "Děti a rodina. Ukázkové připomínkování: termín se nastavuje podle dne, kdy byl "
        "ukázkový obsah nahrán, abyste si formulář mohli vyzkoušet.</p>",
        consultation_start=today - datetime.timedelta(days=7),
        consultation_end=today + datetime.timedelta(days=21),
        consultation_note="Připomínku můžete poslat k celému plánu, ke kterémukoli cíli nebo "
        "opatření. Po skončení připomínkování zveřejníme, jak jsme s připomínkami naložili.",
        goal_numbering=CommunityPlanPage.GoalNumbering.PLAN,
    )
    add_structure(plan, consultation_structure(group))
    return plan
