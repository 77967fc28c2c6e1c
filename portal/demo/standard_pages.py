"""Standard pages: about community planning (seed 001), the accessibility statement and the
information on processing personal data (GDPR)."""

from django.conf import settings
from wagtail.rich_text import RichText

from portal.demo.pages import ensure_child
from portal.models import StandardPage


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(html):
    return ("paragraph", RichText(html))


ABOUT_BODY = [
    paragraph(
        "<p>Komunitní plánování je způsob, jak město, poskytovatelé sociálních služeb a lidé, "
        "kteří služby využívají, společně rozhodují, jaké služby ve městě mají být. V Ostravě "
        "probíhá od roku 2003; 1. komunitní plán rozvoje sociálních služeb platil do roku "
        "2006.</p>"
    ),
    heading("Kdo plánuje"),
    paragraph(
        "<p>Plán vytvářejí společně <b>zadavatelé</b> (město a kraj), <b>poskytovatelé</b> "
        "sociálních služeb a <b>uživatelé</b> služeb s veřejností. Původně se pracovalo v osmi "
        "cílových skupinách:</p><ul><li>Senioři</li><li>Občané s duševním onemocněním</li>"
        "<li>Občané s mentálním postižením</li><li>Občané s jiným zdravotním postižením "
        "(zrakovým, sluchovým, tělesným a kombinovaným, s civilizačním onemocněním)</li>"
        "<li>Děti a rodina</li><li>Občané společensky nepřizpůsobení</li><li>Romské etnikum</li>"
        "<li>Prevence kriminality a protidrogová prevence</li></ul>"
        "<p>Od ledna 2007 pracuje 11 pracovních skupin; v čele každé stojí manažer a kontaktní "
        "osoba a na procesu se podílí přibližně 200 lidí.</p>"
    ),
    heading("Projekt KP Ostrava 2006–2007"),
    paragraph(
        "<p>Projekt „Komunitní plánování sociálních služeb na území statutárního města Ostravy "
        "jako nástroj sociálního začleňování a předcházení vyloučení skupin obyvatel“ probíhal "
        "od 1. 6. 2006 do 15. 4. 2007. Nositelem byl Magistrát města Ostravy, odbor sociálních "
        "věcí a zdravotnictví, partnerem Centrum komunitní práce Ústí nad Labem. Projekt byl z "
        "90 % hrazen ze strukturálních fondů EU a Moravskoslezským krajem, z 10 % městem.</p>"
    ),
    (
        "table",
        {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Projekt KP Ostrava v číslech",
            "data": [
                ["Aktivita", "Kdy", "Účast"],
                ["Úvodní seminář k projektu", "1. 6. 2006", "89 osob"],
                ["Kulatý stůl o spolupráci se soukromými subjekty", "8. 6. 2006", "35 osob"],
                ["Mapování poskytovatelů sociálních služeb", "srpen 2006", "119 subjektů"],
                ["Průzkum potřeb občanů Ostravy", "září 2006", "499 občanů"],
                ["Konference k procesu konzultací KP", "21. 3. 2007", "158 účastníků"],
            ],
        },
    ),
    heading("Co komunitní plánování přineslo"),
    paragraph(
        "<ul><li>Do aktivit projektu se zapojilo 1 780 lidí: zadavatelé, poskytovatelé, "
        "uživatelé i veřejnost.</li><li>V roce 2007 vznikly nové služby, například azylový dům "
        "pro matky v tísni, denní centrum pro seniory a pro osoby s mentálním postižením a "
        "startovací byty.</li><li>Město každoročně vyhlašuje dotační řízení na sociální služby "
        "neziskových organizací: 37,3 mil. Kč v roce 2007, 55 mil. Kč v roce 2008 a 60 mil. Kč "
        "v roce 2009.</li><li>Každý rok vychází <i>Katalog sociálních služeb a souvisejících "
        "aktivit ve městě Ostrava</i>; na tomto portálu je k dispozici jako vyhledávací "
        "katalog.</li><li>Od roku 2008 se koná přehlídka sociálních služeb „Lidé lidem“.</li>"
        "</ul>"
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "Zapojte se",
            "text": RichText(
                "<p>Pracovní skupiny jsou otevřené. Návrhy plánů procházejí veřejným "
                "připomínkováním, ke kterému se může vyjádřit kdokoli.</p>"
            ),
        },
    ),
]


ACCESSIBILITY_BODY = [
    paragraph(
        "<p>Statutární město Ostrava se zavazuje zpřístupnit tento portál v souladu se zákonem "
        "č. 99/2019 Sb., o přístupnosti internetových stránek a mobilních aplikací. Toto "
        "prohlášení o přístupnosti se vztahuje na portál komunitního plánování sociálních "
        "služeb.</p>"
    ),
    heading("Stav souladu"),
    paragraph(
        "<p>Portál je <b>plně v souladu</b> s normou EN 301 549, tj. s úrovněmi A a AA "
        "pravidel WCAG 2.1. Sami si klademe vyšší cíl: úroveň AA pravidel WCAG 2.2.</p>"
    ),
    heading("Nepřístupný obsah"),
    paragraph(
        "<p>Některé starší dokumenty ve formátu PDF (zejména naskenované zápisy a plány z let "
        "před rokem 2019) nemusí být přístupné pro čtečky obrazovky. Na požádání je poskytneme "
        "v přístupné podobě.</p>"
    ),
    heading("Jak jsme přístupnost ověřili"),
    paragraph(
        "<p>Přístupnost hodnotíme průběžně: každá šablona veřejné stránky se při každé změně "
        "automaticky testuje nástrojem axe-core ve skutečném prohlížeči a ručně ověřujeme "
        "ovládání klávesnicí, zvětšení na 200 % a zobrazení na šířce 320 px. Prohlášení bylo "
        "vypracováno 23. 11. 2026 na základě vlastního posouzení.</p>"
    ),
    heading("Zpětná vazba a kontakty"),
    paragraph(
        "<p>Narazili jste na obsah, který pro vás není přístupný? Napište nám na "
        '<a href="mailto:pristupnost@example.org">pristupnost@example.org</a>. Odpovíme do '
        "30 dnů.</p>"
    ),
    heading("Postupy pro vymáhání"),
    paragraph(
        "<p>Pokud na vaši žádost nebo stížnost neodpovíme uspokojivě, můžete se obrátit na "
        "Digitální a informační agenturu (DIA), která dohlíží na dodržování zákona "
        "č. 99/2019 Sb.</p>"
    ),
]


PRIVACY_SLUG = "zpracovani-osobnich-udaju"


def privacy_body():
    """GDPR information (art. 13); the retention periods are the ones apply_retention uses."""
    registrations = settings.EVENT_REGISTRATION_RETENTION_DAYS
    comments = settings.PLAN_COMMENT_RETENTION_DAYS
    search_logs = settings.SEARCH_LOG_RETENTION_DAYS
    tasks = settings.TASK_RESULT_RETENTION_DAYS
    return [
        paragraph(
            "<p>Na této stránce vysvětlujeme, jaké osobní údaje portál komunitního plánování "
            "sociálních služeb zpracovává, proč, jak dlouho a jaká máte práva (čl. 13 obecného "
            "nařízení o ochraně osobních údajů, GDPR).</p>"
        ),
        heading("Správce osobních údajů"),
        paragraph(
            "<p>Statutární město Ostrava, Prokešovo náměstí 1803/8, 729 30 Ostrava, IČO 00845451, "
            "zastoupené Magistrátem města Ostravy, odborem sociálních věcí. Kontakt: "
            '<a href="mailto:komunitni-planovani@example.org">komunitni-planovani@example.org'
            "</a>. Pověřenec pro ochranu osobních údajů: "
            '<a href="mailto:poverenec@example.org">poverenec@example.org</a>.</p>'
        ),
        heading("Co zpracováváme, proč a jak dlouho"),
        (
            "table",
            {
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "table_caption": "Účely zpracování, právní základ a doba uložení",
                "data": [
                    ["Účel", "Údaje", "Právní základ", "Jak dlouho"],
                    [
                        "Registrace na akce (potvrzení, změny, místo pro náhradníky)",
                        "jméno, e-mail, organizace, poznámka",
                        "váš souhlas (čl. 6 odst. 1 písm. a) GDPR)",
                        f"{registrations} dní po skončení akce, pak je registrace smazána",
                    ],
                    [
                        "Připomínky k návrhům komunitních plánů a jejich vypořádání",
                        "jméno, e-mail, organizace, text připomínky",
                        "úkol ve veřejném zájmu – plánování sociálních služeb podle § 95 "
                        "zákona č. 108/2006 Sb. (čl. 6 odst. 1 písm. e) GDPR)",
                        f"jméno a e-mail {comments} dní po skončení připomínkování "
                        "anonymizujeme; text připomínky a její vypořádání zůstávají "
                        "zveřejněné",
                    ],
                    [
                        "Odeslání potvrzovacích e-mailů",
                        "e-mailová adresa v záznamu o odeslání",
                        "stejný jako u registrace nebo připomínky",
                        f"{tasks} dní po odeslání",
                    ],
                    [
                        "Statistika vyhledávání (co lidé hledají a nenacházejí)",
                        "jen hledaný text a počet výsledků, bez údajů o vás",
                        "oprávněný zájem na zlepšování portálu (čl. 6 odst. 1 písm. f) GDPR)",
                        f"{search_logs} dní",
                    ],
                    [
                        "Účty editorů organizací a koordinátorů",
                        "jméno, e-mail, záznam úprav",
                        "úkol ve veřejném zájmu (čl. 6 odst. 1 písm. e) GDPR)",
                        "po dobu spolupráce; záznam úprav (auditní log) po dobu existence obsahu",
                    ],
                ],
            },
        ),
        paragraph(
            "<p>Údaje nepředáváme mimo Evropskou unii, neprodáváme je a nepoužíváme k "
            "automatizovanému rozhodování ani profilování. Zpracovávají je jen pověření "
            "pracovníci magistrátu a provozovatel portálu jako zpracovatel.</p>"
        ),
        heading("Vaše práva"),
        paragraph(
            "<p>Máte právo na přístup ke svým údajům, na jejich opravu, výmaz a omezení "
            "zpracování, právo vznést námitku proti zpracování a u registrace kdykoli odvolat "
            "souhlas (registraci zrušíte odkazem z potvrzovacího e-mailu). Napište nám na "
            '<a href="mailto:komunitni-planovani@example.org">komunitni-planovani@example.org'
            "</a>; odpovíme nejpozději do jednoho měsíce.</p>"
            "<p>Pokud se domníváte, že s vašimi údaji nezacházíme správně, můžete podat "
            "stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7, "
            '<a href="https://uoou.gov.cz/">uoou.gov.cz</a>.</p>'
        ),
    ]


def load(home, log):
    ensure_child(
        home,
        StandardPage,
        "o-komunitnim-planovani",
        log,
        title="O komunitním plánování",
        show_in_menus=True,
        introduction=(
            "Jak v Ostravě město, poskytovatelé a lidé, kteří služby využívají, společně "
            "plánují sociální služby."
        ),
        body=ABOUT_BODY,
        search_description="Jak probíhá komunitní plánování sociálních služeb v Ostravě.",
    )
    ensure_child(
        home,
        StandardPage,
        "prohlaseni-o-pristupnosti",
        log,
        title="Prohlášení o přístupnosti",
        introduction="Prohlášení o přístupnosti podle zákona č. 99/2019 Sb.",
        body=ACCESSIBILITY_BODY,
        search_description="Prohlášení o přístupnosti portálu komunitního plánování.",
    )
    ensure_child(
        home,
        StandardPage,
        PRIVACY_SLUG,
        log,
        title="Zpracování osobních údajů",
        introduction=(
            "Jak portál zachází s osobními údaji z registrací na akce a připomínek k plánům, "
            "jak dlouho je uchovává a jaká máte práva."
        ),
        body=privacy_body(),
        search_description="Informace o zpracování osobních údajů (GDPR) na portálu.",
    )
