"""The text of the demo library's PDFs, from the seeds: what each document would say.

Each function returns ``(subtitle, sections)`` for ``portal.demo.pdf.document_pdf``. The Zlín
plan is written from the same outline as its plan page, so the two cannot disagree.
"""

from plans.demo.zlin import ZLIN_GROUPS
from portal.demo.pdf import Section


def zlin_plan():
    parts = Section(
        "Jak plán vznikl",
        (
            "Plán připravili v letech 2006–2007 zadavatelé, poskytovatelé a uživatelé sociálních "
            "služeb ve čtyřech pracovních skupinách, s koordinátorkou komunitního plánování a s "
            "metodikem z Centra komunitní práce Ústí nad Labem. Projekt byl spolufinancován "
            "Evropským sociálním fondem a Ministerstvem pro místní rozvoj.",
            "První návrh plánu se veřejně připomínkoval od 20. 9. do 25. 10. 2007 písemně na "
            "připomínkovacím dotazníku, který byl k dispozici u vedoucích pracovních skupin, u "
            "koordinátorky a na webu města. V prosinci 2007 plán schválily Rada a "
            "Zastupitelstvo města Zlína.",
        ),
        (
            "Část A – informace potřebné k plánování",
            "Část B – organizační zajištění plánování sociálních služeb komunitní metodou",
            "Část C – rozvoj služeb pro jednotlivé cílové skupiny",
        ),
    )
    chapters = [
        Section(
            f"C.{group_number} {group_name}",
            bullets=tuple(
                f"Cíl {group_number}.{goal_number} {goal_title}: " + "; ".join(measures) + "."
                for goal_number, (goal_title, measures) in enumerate(goals, start=1)
            ),
        )
        for group_number, (group_name, goals) in enumerate(ZLIN_GROUPS, start=1)
    ]
    return "Statutární město Zlín, období 2008–2012", [parts, *chapters]


def minutes_2018_03_08():
    header = Section(
        paragraphs=(
            "Projekt „Společné plánování udržitelné sítě sociálních služeb v Ostravě“ "
            "(CZ.03.2.63/0.0/0.0/16_063/0006590)",
            "Datum: 8. 3. 2018 od 13:00 hod. Místo konání: Magistrát města Ostravy, odbor "
            "sociálních věcí a zdravotnictví, místnost č. 189, Prokešovo nám. 8.",
        ),
    )
    programme = Section(
        "Program",
        (
            "1. Organizační záležitosti – aktualizace členů PS",
            "2. Popis cílové skupiny pro V. KP",
            "3. Příprava V. KP – příprava a tvorba rozvojových cílů a opatření",
            "4. Plán práce 2017",
            "5. Informace z MT KP",
            "6. Diskuse, různé",
        ),
    )
    items = [
        Section(
            "1. Organizační záležitosti – aktualizace členů PS",
            (
                "Manažer PS požádal přítomné členy o doplnění aktuálních údajů k 8. 3. 2018 do "
                "seznamu členů PS Děti a rodina za svou organizaci: jméno řádného člena PS a "
                "náhradníka.",
            ),
        ),
        Section(
            "2. Popis cílové skupiny pro V. KP",
            (
                "Cílová skupina Děti a rodina je velmi rozsáhlá a různorodá. Patří do ní všechny "
                "rodiny s dětmi žijící v Ostravě, děti žijící mimo rodinu a mladí dospělí, s "
                "přesahem do dalších oblastí podpory i do zdravotnictví a školství. Aktivity "
                "pracovní skupiny se nezaměřují pouze na rodiny ohrožené sociálním vyloučením; "
                "významná část činnosti se týká prevence.",
                "Z hlediska potřeb rodin s dětmi považujeme za podstatné:",
            ),
            (
                "zajistit dostupnost krizových lůžek pro rodiny s dětmi,",
                "zvýšit finanční gramotnost rodin s dětmi ohrožených sociálním vyloučením,",
                "zlepšit dostupnost psychologické, terapeutické a zdravotnické péče,",
                "zpracovat koncepci rodinné politiky města,",
                "zvýšit dostupnost dobrovolníků pro aktivizační i volnočasové aktivity,",
                "podporovat aktivity vedoucí k zajištění dostupného bydlení pro rodiny s dětmi.",
            ),
        ),
        Section(
            "3. Příprava V. KP – rozvojové cíle a opatření",
            (
                "Manažer zdůraznil, že cíle a opatření V. KP budou výstupem pracovní skupiny, "
                "nikoli práce facilitátorky, a že je stále čas doplnit další opatření: rozvoj "
                "stávajících kapacit, nové aktivity i udržitelnost pilotních projektů.",
            ),
            (
                "Opatření 1.1 – doplnit participativní metody (fokusní skupiny, kulaté stoly, "
                "tematická setkání).",
                "Opatření 2.1 – dále nerozpracovávat; výměně zkušeností poslouží setkání PS.",
                "Opatření 2.2 – podporu vyjádřil odbor sociálních věcí a zdravotnictví MMO; "
                "rozdělit na krizovou pomoc a dostupnost návazných služeb.",
                "Opatření 3.1 – bez připomínek.",
                "Opatření 4.1 – pravděpodobně prioritní průřezové opatření; odhad potřeby "
                "dobrovolníků zatím zaslaly 3 organizace (DCHOO, Slezská diakonie, Diakonie ČCE).",
                "Opatření 5.1 – většina členů je považuje za nadbytečné.",
                "Sdružení sociálních asistentů, z.s. předloží do 20. 3. 2018 návrh opatření "
                "sociálně zdravotnického pracovníka v terénních programech pro rodiny s dětmi.",
            ),
        ),
        Section(
            "4. Plán práce 2017",
            ("Manažer předložil plán činnosti na rok 2017 s komentářem k jeho vyhodnocení.",),
        ),
        Section(
            "5. Informace z MT KP",
            (
                "Manažer informoval o termínech podstatných úkolů podle jednání manažerského "
                "týmu KP a skupiny pro přípravu Koncepce rodinné politiky.",
            ),
        ),
        Section(
            "6. Diskuse, různé",
            (
                "Další setkání PS Děti a rodina se uskuteční 19. 4. 2018 od 13 do 15 hodin v "
                "Bílém nosorožci, o.p.s., L. Ševčíka 420/26, Ostrava-Hulváky "
                "(49.8228022 N, 18.2476181 E).",
                "Zapsal: Mgr. Martin Bittner, manažer PS. Ověřil: Bc. Petr Štícha, kontaktní "
                "osoba.",
            ),
        ),
    ]
    return "Komunitní plánování sociálních služeb v Ostravě", [header, programme, *items]


def indicators_manual():
    return "Statutární město Ostrava, odbor sociálních věcí a zdravotnictví, 2009", [
        Section(
            "K čemu manuál slouží",
            (
                "Od roku 2006 podávají poskytovatelé projekty do dotačního řízení města přes "
                "elektronický systém revize projektů (eSRP). V roce 2009 byl systém rozšířen o "
                "ukazatele sociálních služeb a souvisejících aktivit. Manuál vysvětluje, co "
                "který ukazatel znamená a jak jej vykazovat, aby byla čísla různých "
                "organizací srovnatelná.",
            ),
        ),
        Section(
            "Co se vykazuje",
            bullets=(
                "počet uživatelů služby za kalendářní rok (každá osoba jen jednou),",
                "počet kontaktů a intervencí podle druhu služby,",
                "kapacitu služby (lůžka, místa, konzultace) a její využití,",
                "počet pracovníků v přímé péči a jejich úvazky,",
                "počet hodin práce dobrovolníků.",
            ),
        ),
        Section(
            "Kdy a kde",
            (
                "Ukazatele za uplynulý rok se zadávají do eSRP spolu s žádostí o dotaci. "
                "Metodickou pomoc poskytuje koordinátor komunitního plánování.",
            ),
        ),
    ]


def lide_lidem_leaflet():
    return "Přehlídka sociálních služeb a souvisejících aktivit, Ostrava 2009", [
        Section(
            "Přijďte se podívat, kdo vám může pomoci",
            (
                "Od roku 2008 se poskytovatelé sociálních služeb a souvisejících aktivit "
                "představují Ostravanům na přehlídce Lidé lidem. U stánků se dozvíte, jaké "
                "služby ve městě jsou, pro koho a jak o ně požádat.",
                "Na přehlídce se představí služby pro seniory, pro lidi se zdravotním "
                "postižením, pro děti a rodiny, pro lidi bez domova i programy prevence.",
            ),
            (
                "Katalog sociálních služeb a souvisejících aktivit ve městě Ostrava zdarma,",
                "poradenství na místě,",
                "ukázky práce dobrovolníků.",
            ),
        ),
        Section(
            "Pořadatel",
            (
                "Statutární město Ostrava v rámci komunitního plánování sociálních služeb, "
                "s neziskovými organizacemi města.",
            ),
        ),
    ]


def final_report():
    return "Projekt KP Ostrava, doba realizace 1. 6. 2006 – 15. 4. 2007", [
        Section(
            "Projekt",
            (
                "Komunitní plánování sociálních služeb na území statutárního města Ostravy jako "
                "nástroj sociálního začleňování a předcházení vyloučení skupin obyvatel. "
                "Nositel: Statutární město Ostrava, odbor sociálních věcí a zdravotnictví. "
                "Partner: Centrum komunitní práce Ústí nad Labem.",
                "Cíl: udržet a rozvíjet komunitní plánování jako dlouhodobě udržitelný nástroj "
                "pro zajištění optimální sítě dostupných a kvalitních sociálních služeb.",
            ),
        ),
        Section(
            "Financování",
            bullets=(
                "Společný regionální operační program: 2 570 416,80 Kč",
                "Moravskoslezský kraj: 321 302,10 Kč",
                "Statutární město Ostrava: 321 302,10 Kč",
                "Skutečné náklady projektu: 2 553 167,00 Kč (79,5 % předpokládaných)",
            ),
        ),
        Section(
            "Projekt v číslech",
            bullets=(
                "1. 6. 2006 úvodní seminář (89 osob)",
                "8/2006 mapování poskytovatelů sociálních služeb (119 subjektů)",
                "9/2006 průzkum potřeb občanů Ostravy (499 občanů)",
                "10/2006 SWOT analýzy v pracovních skupinách",
                "1/2007 návrh 2. komunitního plánu a nová organizační struktura",
                "21. 3. 2007 konference k procesu konzultací (158 účastníků)",
            ),
        ),
        Section(
            "Výsledky",
            (
                "Do projektu se zapojilo 1 780 lidí. V roce 2007 vznikly nové služby: azylový "
                "dům pro matky v tísni, denní centrum pro seniory a pro lidi s mentálním "
                "postižením, startovací byty a poradenské služby. Město v dotačním řízení "
                "vyčlenilo pro rok 2007 na služby neziskových organizací 37,3 mil. Kč.",
            ),
        ),
    ]


TEXTS = {
    "plan-zlin": zlin_plan,
    "zapis-2018-03-08": minutes_2018_03_08,
    "manual-ukazatele": indicators_manual,
    "letak-lide-lidem": lide_lidem_leaflet,
    "zprava-kp-ostrava": final_report,
}
