"""The Zlín plan 2008–2012 (seed 004): four working groups, 23 goals and their measures."""

import datetime

from plans.demo.helpers import add_structure, chapter, goal, measure
from plans.models import CommunityPlanPage, PlanComment
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child

# Working group → goals → measures, in the order of the plan.
ZLIN_GROUPS = [
    (
        "Děti, mládež, rodina",
        [
            (
                "Aktivity vedoucí k naplnění volného času mládeže",
                [
                    "Udržitelnost a rozvoj stávajících nízkoprahových zařízení",
                    "Rozvoj streetworku – terénní práce s neorganizovanou mládeží",
                    "Navázání spolupráce se školským odborem – rozvoj školských klubů v ZŠ",
                ],
            ),
            (
                "Eliminace sociálně patologických jevů v souvislosti s rodinou",
                [
                    "Zajištění a rozšíření internátních služeb SVP",
                    "Udržitelnost stávajících služeb poradenské činnosti zaměřené na poradenství "
                    "pro rodiny, pro ženy a dívky, mezilidské vztahy apod.",
                    "Udržitelnost stávajících služeb pomoci pro rodiče a děti v obtížných "
                    "rodinných situacích (syndrom ADHD)",
                ],
            ),
            (
                "Posílení terénní práce s rodinou",
                [
                    "Práce s rodinou v přirozeném sociálním prostředí",
                    "Materiální pomoc pro těhotné ženy v sociální nouzi",
                    "Navýšení počtu pracovníků OSPOD",
                ],
            ),
            (
                "Spolupráce s probační a mediační službou",
                [
                    "Podpora (zajištění) činnosti multidisciplinárního týmu: OSPOD, PČR, "
                    "probační a mediační služba",
                    "Udržitelnost a rozšíření programové činnosti pro mladistvé ohrožené "
                    "delikvencí v rámci nízkoprahového zařízení pro děti a mládež",
                ],
            ),
            (
                "Udržitelnost a rozvoj služeb přechodného bydlení",
                [
                    "Udržitelnost stávajících služeb azylového ubytování pro matky s dětmi v tísni",
                    "Zkvalitnění služeb ve startovacích bytech",
                    "Řešení problémů ubytování pro rodiny s dětmi",
                ],
            ),
        ],
    ),
    (
        "Senioři",
        [
            (
                "Zajištění další kapacity v domech s pečovatelskou službou",
                [
                    "Výstavba Domu s pečovatelskou službou",
                    "Zpracování záměru výstavby dalšího Domu s pečovatelskou službou",
                ],
            ),
            (
                "Zvýšení kvality života seniorů ve Zlíně",
                [
                    "Podpora organizací zajišťujících rezidenční služby pro seniory",
                    "Rozvoj klubové činnosti seniorů",
                    "Vznik nového klubu seniorů u Majáku",
                    "Vzdělávání seniorů",
                    "Rozvoj pečovatelské služby",
                    "Rozvoj domácí zdravotní péče",
                    "Nízkoprahové centrum pro seniory",
                    "Úprava ceny jízdného v MHD",
                ],
            ),
        ],
    ),
    (
        "Občané se zdravotním postižením",
        [
            (
                "Udržení, rozvoj, podpora a zkvalitnění stávajících služeb",
                [
                    "Rozvoj denních stacionářů",
                    "Rozvoj týdenních stacionářů",
                    "Rozvoj center denních služeb",
                    "Rozvoj terénních služeb",
                    "Rozvoj chráněného bydlení",
                    "Udržení asistenční služby",
                    "Rozvoj tlumočnické služby",
                ],
            ),
            ("Zajištění a vznik nových služeb", ["Chráněné bydlení", "Odlehčovací služby"]),
            (
                "Zaměstnávání občanů se zdravotním postižením",
                [
                    "Rozšíření kapacit chráněného zaměstnávání a samotného zaměstnávání občanů "
                    "se zdravotním postižením",
                    "Rozvoj podporovaného zaměstnávání směrem ke zdravotně postiženým občanům",
                    "Rekvalifikační kurzy, aktivizačně motivační programy, rozvoj spolupráce "
                    "se zaměstnavateli",
                ],
            ),
            (
                "Rozvoj vzájemné spolupráce mezi subjekty zajišťujícími služby pro zdravotně "
                "postižené občany",
                [
                    "Rozvoj vlastní propagace subjektů",
                    "Zvýšení aktivit subjektů v oblasti poskytování informací vůči občanům",
                ],
            ),
            (
                "Zajištění programů a aktivit pro uživatele",
                [
                    "Zajištění setkávání uživatelů, podpora rozvoje svépomocných skupin",
                    "Aktivní programy pro uživatele",
                ],
            ),
            (
                "Zajištění poradenství občanům města Zlína",
                ["Rozvoj služeb půjčovny kompenzačních pomůcek", "Zajištění odborného poradenství"],
            ),
            (
                "Odstraňování bariér ve městě – Bezbariérové město",
                [
                    "Zajištění činnosti odborné konzultační skupiny k odbourávání bariér "
                    "ve městě Zlíně"
                ],
            ),
        ],
    ),
    (
        "Nezaměstnaní a osoby ohrožené sociálním vyloučením",
        [
            (
                "Nízkoprahové denní centrum pro lidi bez domova",
                ["Zajištění provozu denního centra ve Zlíně"],
            ),
            (
                "Posílit terénní práci",
                ["Zajištění a zkvalitnění provozu terénních programů", "Rozšíření služeb"],
            ),
            (
                "Bydlení pro ženy bez přístřeší",
                [
                    "Zajištění 2 míst v noclehárně pro ženy",
                    "Zajištění 2 lůžek v azylovém domě pro ženy bez domova",
                ],
            ),
            (
                "Bydlení pro muže bez přístřeší",
                [
                    "Zajištění 5 nových míst noclehárny pro muže bez domova",
                    "Zajištění provozu azylových domů pro muže",
                ],
            ),
            (
                "Pracovní terapie pro lidi bez domova",
                [
                    "Podpora myšlenky vytvoření chráněných pracovních míst",
                    "Spolupráce s neziskovou sférou a Úřadem práce ve Zlíně",
                    "Vznik a zajištění provozu sociální firmy",
                ],
            ),
            (
                "Domov se zvláštním režimem",
                [
                    "Podpora myšlenky vzniku domova se zvláštním režimem",
                    "Nalezení nebo výstavba vhodného objektu",
                    "Kapacitně zajistit lůžka pro klienty",
                    "Vznik a zajištění provozu",
                ],
            ),
            (
                "Zajištění služeb primární prevence pro osoby ohrožené závislostí",
                [
                    "Vytvoření vzdělávacích modulů a podpora vzdělávání pracovníků",
                    "Realizace vzdělávacích aktivit – preventisté ve školách a profesionální či "
                    "dobrovolní pracovníci s dětmi a mládeží",
                    "Zajištění programů specifické primární prevence",
                ],
            ),
            (
                "Zajištění služeb sekundární prevence pro osoby ohrožené závislostí nebo závislé "
                "na návykových látkách",
                [
                    "Podpora fungování ambulancí se zaměřením na adiktologii",
                    "Podpora vzniku detoxifikačního oddělení",
                    "Podpora vzniku terapeutické komunity pro drogově závislé",
                    "Podpora vzniku doléčovacího zařízení",
                ],
            ),
            (
                "Zajištění služeb terciární prevence pro osoby ohrožené závislostí nebo závislé "
                "na návykových látkách",
                [
                    "Terénní program pro drogové uživatele – projekt „Streetwork Zlín“",
                    "Kontaktní centrum pro drogové uživatele a další osoby ohrožené závislostí – "
                    "projekt „K centrum Zlín“",
                    "Záchytná stanice pro osoby akutně intoxikované",
                ],
            ),
        ],
    ),
]

DEMO_EVALUATION = (
    "Ukázkový záznam pro předvedení portálu; skutečné vyhodnocení plánu zveřejňuje město Zlín."
)


def zlin_structure():
    """Part C of the plan: one chapter per working group, goals 1.1–4.9, measures 1.1.1–…"""
    chapters = []
    for group_number, (group_name, goals) in enumerate(ZLIN_GROUPS, start=1):
        goal_values = []
        for goal_number, (goal_title, measure_titles) in enumerate(goals, start=1):
            goal_code = f"{group_number}.{goal_number}"
            measures = []
            for number, title in enumerate(measure_titles, start=1):
                first = goal_number == 1 and number == 1
                measures.append(
                    measure(
                        f"{goal_code}.{number}",
                        title,
                        status="in_progress" if first else "planned",
                        target_group=group_name,
                        time_frame="2008–2012",
                        evaluations=(
                            [{"year": 2008, "status": "in_progress", "text": DEMO_EVALUATION}]
                            if first
                            else []
                        ),
                    )
                )
            goal_values.append(goal(goal_code, goal_title, measures))
        chapters.append(chapter(f"C.{group_number}", group_name, goal_values, area=group_name))
    return chapters


ZLIN_SUMMARY = (
    "<p>Střednědobý plán vznikl ve Zlíně komunitní metodou v letech 2006–2007: zadavatelé, "
    "poskytovatelé a uživatelé služeb pracovali ve čtyřech pracovních skupinách a s podporou "
    "metodika z Centra komunitní práce Ústí nad Labem. Plán má tři části: A – informace "
    "potřebné k plánování, B – organizační zajištění plánování, C – rozvoj služeb pro "
    "jednotlivé cílové skupiny (23 cílů). Návrh plánu se veřejně připomínkoval od 20. 9. do "
    "25. 10. 2007; v prosinci 2007 jej schválily Rada a Zastupitelstvo města Zlína.</p>"
)

DEMO_COMMENTS = [
    (
        "measure",
        "1.1.2",
        "Jana Ukázková",
        "",
        "Streetwork by měl zahrnout i víkendové večery, kdy se mladí scházejí nejčastěji.",
        "Doplnit do aktivit práci v terénu i o víkendech.",
        PlanComment.Resolution.ACCEPTED,
        "Aktivita byla doplněna do popisu opatření.",
    ),
    (
        "goal",
        "2.2",
        "Petr Vzorový",
        "Klub seniorů (ukázka)",
        "Chybí zmínka o dostupnosti klubů pro seniory s omezenou pohyblivostí.",
        "",
        PlanComment.Resolution.PARTLY,
        "Bezbariérovost klubů řeší cíl 3.7; v opatření 2.2.2 je na něj odkaz.",
    ),
    (
        "plan",
        "",
        "Eva Příkladná",
        "",
        "Plán by měl obsahovat rozpočet na každý rok zvlášť.",
        "Přidat roční rozpis nákladů.",
        PlanComment.Resolution.REJECTED,
        "Roční náklady se stanovují v akčních plánech, ne ve střednědobém plánu.",
    ),
]


def ensure_zlin_plan(index, documents, log):
    plan = ensure_child(
        index,
        CommunityPlanPage,
        "zlin-2008-2012",
        log,
        title="Střednědobý plán sociálních a souvisejících služeb ve Zlíně 2008–2012",
        period_start=2008,
        period_end=2012,
        status=PlanStatus.APPROVED,
        summary=ZLIN_SUMMARY,
        approved_by="Rada a Zastupitelstvo města Zlína (prosinec 2007)",
        document=documents.get("plan-zlin"),
        consultation_start=datetime.date(2007, 9, 20),
        consultation_end=datetime.date(2007, 10, 25),
        consultation_note=(
            "Připomínky se podávaly písemně na připomínkovacím dotazníku u vedoucích pracovních "
            "skupin, u koordinátorky komunitního plánování a na webu města."
        ),
        publish_resolution=True,
        search_description="Cíle a opatření zlínského plánu sociálních služeb 2008–2012.",
    )
    add_structure(plan, zlin_structure())
    if not plan.comments.exists():
        add_demo_comments(plan)
    return plan


def add_demo_comments(plan):
    for kind, code, name, organisation, text, change, resolution, reasoning in DEMO_COMMENTS:
        item = (plan.measures if kind == "measure" else plan.goals).filter(code=code).first()
        PlanComment.objects.create(
            plan=plan,
            goal=item if kind == "goal" else getattr(item, "goal", None),
            measure=item if kind == "measure" else None,
            target_label=item.label if item else "Plán jako celek",
            name=name,
            email="pripominka@example.org",
            organisation=organisation,
            comment=text,
            proposed_change=change,
            consent=True,
            submitted_at=datetime.datetime(2007, 10, 1, 10, 0, tzinfo=datetime.UTC),
            resolution=resolution,
            resolution_reasoning=reasoning,
        )
