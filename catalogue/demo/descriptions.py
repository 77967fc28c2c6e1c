"""The description of each demo service: what the law says the service does, how this provider
runs it, where and for whom. The summary (one line per service type) is not repeated here.

``LAW`` paraphrases the definitions of Act No. 108/2006 Sb. on social services (§ 37–70);
``PRACTICE`` gives a few ways providers typically run each type, picked by the service's number
so that services of one type read differently.
"""

from django.utils.html import escape

LAW = {
    "základní sociální poradenství": (
        "Základní sociální poradenství podle § 37 zákona o sociálních službách dává lidem "
        "informace, které jim pomohou řešit jejich nepříznivou sociální situaci, a ukáže, "
        "kam se obrátit dál."
    ),
    "odborné sociální poradenství": (
        "Odborné sociální poradenství (§ 37) se zaměřuje na potřeby konkrétních skupin lidí: "
        "zprostředkuje kontakt se společenským prostředím, nabízí sociálně terapeutické "
        "činnosti a pomáhá s uplatňováním práv a s vyřizováním osobních záležitostí."
    ),
    "osobní asistence": (
        "Osobní asistence (§ 39) je terénní služba bez časového omezení. Asistent pomáhá v "
        "přirozeném prostředí člověka a při činnostech, které potřebuje: s péčí o sebe, "
        "hygienou, jídlem, domácností, vzděláváním i kontaktem s okolím."
    ),
    "pečovatelská služba": (
        "Pečovatelská služba (§ 40) pomáhá ve vymezeném čase v domácnosti lidem se sníženou "
        "soběstačností kvůli věku, nemoci nebo postižení a rodinám s dětmi, které potřebují "
        "pomoc jiného člověka."
    ),
    "tísňová péče": (
        "Tísňová péče (§ 41) zajišťuje nepřetržité hlasové a elektronické spojení s lidmi, "
        "kterým při náhlém zhoršení zdraví hrozí vážné nebezpečí, a v krizi zprostředkuje "
        "neodkladnou pomoc."
    ),
    "průvodcovské a předčitatelské služby": (
        "Průvodcovské a předčitatelské služby (§ 42) pomáhají lidem, kteří mají kvůli věku "
        "nebo postižení potíže s orientací nebo komunikací, aby si své záležitosti mohli "
        "vyřídit osobně."
    ),
    "podpora samostatného bydlení": (
        "Podpora samostatného bydlení (§ 43) je terénní služba pro lidi se zdravotním "
        "postižením nebo duševním onemocněním, kteří bydlí ve vlastní domácnosti a potřebují "
        "pomoc s jejím chodem a s kontaktem s okolím."
    ),
    "odlehčovací služby": (
        "Odlehčovací služby (§ 44) převezmou péči o člověka, o kterého se jinak stará rodina "
        "doma, aby si pečující mohl nezbytně odpočinout."
    ),
    "centra denních služeb": (
        "Centrum denních služeb (§ 45) je ambulantní služba: pomoc s péčí o sebe a hygienou, "
        "strava, aktivizační a vzdělávací činnosti a kontakt s ostatními."
    ),
    "denní stacionáře": (
        "Denní stacionář (§ 46) je ambulantní služba pro lidi, kteří kvůli věku, postižení "
        "nebo duševnímu onemocnění potřebují pravidelnou pomoc jiného člověka."
    ),
    "týdenní stacionáře": (
        "Týdenní stacionář (§ 47) je pobytová služba na pracovní týden pro lidi, kteří "
        "potřebují pravidelnou pomoc jiného člověka; zahrnuje ubytování, stravu a péči."
    ),
    "domovy pro osoby se zdravotním postižením": (
        "Domov pro osoby se zdravotním postižením (§ 48) poskytuje celoroční pobyt lidem, "
        "kteří kvůli postižení potřebují pravidelnou pomoc jiného člověka."
    ),
    "domovy pro seniory": (
        "Domov pro seniory (§ 49) poskytuje pobyt lidem, jejichž soběstačnost je snížená "
        "hlavně kvůli věku a kteří potřebují pravidelnou pomoc jiného člověka."
    ),
    "domovy se zvláštním režimem": (
        "Domov se zvláštním režimem (§ 50) je pobytová služba pro lidi s demencí, chronickým "
        "duševním onemocněním nebo závislostí; režim domova je přizpůsoben jejich potřebám."
    ),
    "chráněné bydlení": (
        "Chráněné bydlení (§ 51) má podobu běžného bydlení: lidé s postižením nebo duševním "
        "onemocněním žijí samostatně a dostávají takovou podporu, jakou potřebují."
    ),
    "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče": (
        "Podle § 52 zákona o sociálních službách zůstávají na sociálním lůžku lidé, kteří už "
        "nepotřebují nemocniční péči, ale bez pomoci druhého se zatím neobejdou, dokud "
        "nemají zajištěnou péči blízkých nebo jinou sociální službu."
    ),
    "raná péče": (
        "Raná péče (§ 54) je terénní služba pro rodiče dětí do 7 let se zdravotním postižením "
        "nebo ohroženým vývojem; podporuje rodinu i vývoj dítěte."
    ),
    "telefonická krizová pomoc": (
        "Telefonická krizová pomoc (§ 55) je určena lidem v ohrožení zdraví nebo života nebo "
        "v jiné těžké situaci, kterou přechodně nemohou zvládnout vlastními silami."
    ),
    "tlumočnické služby": (
        "Tlumočnické služby (§ 56) pomáhají lidem, kteří kvůli smyslovému postižení nemohou "
        "bez pomoci druhého běžně komunikovat s okolím."
    ),
    "azylové domy": (
        "Azylový dům (§ 57) poskytuje na přechodnou dobu ubytování lidem, kteří ztratili "
        "bydlení, a pomáhá jim s vyřizováním jejich záležitostí."
    ),
    "domy na půl cesty": (
        "Dům na půl cesty (§ 58) je pobytová služba pro mladé lidi do 26 let, kteří po "
        "zletilosti odcházejí z ústavní výchovy, nebo pro lidi po výkonu trestu."
    ),
    "kontaktní centra": (
        "Kontaktní centrum (§ 59) je nízkoprahové zařízení pro lidi ohrožené závislostí; "
        "snižuje sociální a zdravotní rizika užívání návykových látek."
    ),
    "krizová pomoc": (
        "Krizová pomoc (§ 60) se poskytuje na přechodnou dobu lidem v ohrožení zdraví nebo "
        "života, kteří svou situaci nemohou dočasně řešit sami."
    ),
    "intervenční centra": (
        "Intervenční centrum (§ 60a) pomáhá lidem ohroženým násilím osoby blízké nebo osoby, "
        "se kterou žijí; po vykázání násilné osoby policií se ozve ohroženému do 48 hodin."
    ),
    "nízkoprahová denní centra": (
        "Nízkoprahové denní centrum (§ 61) nabízí lidem bez přístřeší stravu, možnost osobní "
        "hygieny a pomoc s uplatňováním jejich práv."
    ),
    "nízkoprahová zařízení pro děti a mládež": (
        "Nízkoprahové zařízení (§ 62) je určeno dětem a mladým lidem od 6 do 26 let "
        "ohroženým společensky nežádoucími jevy; službu mohou využívat i anonymně."
    ),
    "noclehárny": (
        "Noclehárna (§ 63) poskytuje lidem bez přístřeší přenocování a možnost osobní hygieny."
    ),
    "služby následné péče": (
        "Služby následné péče (§ 64) jsou pro lidi s duševním onemocněním nebo se závislostí, "
        "kteří absolvovali léčbu nebo abstinují a chtějí se vrátit do běžného života."
    ),
    "sociálně aktivizační služby pro rodiny s dětmi": (
        "Sociálně aktivizační služba pro rodiny s dětmi (§ 65) pomáhá rodinám, kde je vývoj "
        "dítěte ohrožen dlouhodobě obtížnou situací, kterou rodiče sami nezvládnou."
    ),
    "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením": (
        "Sociálně aktivizační služby (§ 66) jsou pro lidi v důchodu a lidi se zdravotním "
        "postižením, kterým hrozí sociální vyloučení."
    ),
    "sociálně terapeutické dílny": (
        "Sociálně terapeutická dílna (§ 67) dlouhodobě a pravidelně podporuje pracovní návyky "
        "a dovednosti lidí, kteří kvůli postižení zatím nenajdou místo na trhu práce."
    ),
    "terapeutické komunity": (
        "Terapeutická komunita (§ 68) je pobytová služba na přechodnou dobu pro lidi závislé "
        "na návykových látkách nebo s duševním onemocněním, kteří se chtějí zapojit do "
        "běžného života."
    ),
    "terénní programy": (
        "Terénní program (§ 69) vyhledává lidi, kteří vedou rizikový způsob života nebo jsou "
        "jím ohroženi, a pomáhá jim rizika snižovat."
    ),
    "sociální rehabilitace": (
        "Sociální rehabilitace (§ 70) vede k samostatnosti a soběstačnosti: rozvíjí "
        "schopnosti a dovednosti a nacvičuje činnosti, které člověk potřebuje pro běžný život."
    ),
    "související aktivity": (
        "Jde o aktivitu, která doplňuje registrované sociální služby; není sociální službou "
        "podle zákona č. 108/2006 Sb."
    ),
}

PRACTICE = {
    "základní sociální poradenství": [
        "Pracovnice poradí s dávkami, s žádostí o příspěvek na péči i s výběrem služby.",
        "Na úřadě městského obvodu se zeptáte i na sociální byty a na dávky hmotné nouze.",
    ],
    "odborné sociální poradenství": [
        "Poradci pomáhají s dluhy, exekucemi, nájemním bydlením i s jednáním s úřady.",
        "Konzultace jsou důvěrné; na první schůzku můžete přijít i bez objednání.",
        "Poradna pomáhá sepsat návrhy, odvolání a žádosti a doprovodí vás na jednání.",
    ],
    "osobní asistence": [
        "Asistenti chodí i ráno a večer, o víkendech a svátcích, podle dohody s klientem.",
        "Asistent doprovodí do školy, do práce, k lékaři nebo na úřad.",
        "Služba počítá i s rodinami, kde pečující potřebuje pravidelnou výpomoc.",
    ],
    "pečovatelská služba": [
        "Služba rozváží obědy každý všední den a pomůže i s nákupem a pochůzkami.",
        "Pečovatelky pomáhají s koupáním v domácnosti i ve středisku osobní hygieny.",
        "Pečovatelky doprovodí k lékaři, na poštu nebo na úřad a zajistí praní prádla.",
    ],
    "tísňová péče": [
        "Klient nosí tlačítko na ruce nebo na krku; dispečink ví, koho v nouzi zavolat.",
        "Zařízení lze doplnit o hlásič pádu a o pravidelné kontrolní hovory.",
    ],
    "průvodcovské a předčitatelské služby": [
        "Průvodce pomůže i s cestou hromadnou dopravou a s nakupováním.",
    ],
    "podpora samostatného bydlení": [
        "Pracovník pomáhá s rozpočtem, placením nájmu a s domluvou se sousedy.",
        "Podpora se postupně snižuje, jak si člověk bydlení osvojí.",
    ],
    "odlehčovací služby": [
        "Pobyt lze domluvit na pár dní i na několik týdnů, například na dobu dovolené.",
        "Pečujícím služba nabízí i poradenství, jak péči doma zvládat.",
        "Termíny pobytů je dobré rezervovat s předstihem, zvláště v létě.",
    ],
    "centra denních služeb": [
        "Součástí programu je trénink paměti, cvičení a společný oběd.",
        "Klienty lze ráno přivézt svozem a odpoledne odvézt domů.",
    ],
    "denní stacionáře": [
        "Program se drží běžného pracovního dne, od rána do odpoledne.",
        "Klienti se věnují dílnám, pohybu a nácviku samostatnosti.",
    ],
    "týdenní stacionáře": [
        "V pátek odpoledne odjíždějí klienti domů a vracejí se v neděli večer.",
        "Klienti během týdne chodí do školy nebo do zaměstnání v okolí.",
    ],
    "domovy pro osoby se zdravotním postižením": [
        "Klienti bydlí v menších domácnostech a podílejí se na jejich chodu.",
        "Domov spolupracuje s rodinami a podporuje klienty v kontaktu s blízkými.",
    ],
    "domovy pro seniory": [
        "Většina pokojů je jednolůžková, s vlastním sociálním zařízením.",
        "Domov má vlastní kapli, zahradu a kulturní program každý týden.",
        "Zdravotní péči zajišťují zdravotní sestry nepřetržitě.",
    ],
    "domovy se zvláštním režimem": [
        "Domácnosti jsou uzpůsobené lidem s demencí: bezpečné, přehledné a klidné.",
        "Domov pracuje podle konceptu bazální stimulace a validace.",
        "Součástí domova je uzavřená zahrada, kde se klienti mohou volně pohybovat.",
    ],
    "chráněné bydlení": [
        "Klienti bydlí po dvou až třech v běžných bytech ve městě.",
        "Asistenti pomáhají s vařením, nákupy a hospodařením s penězi.",
    ],
    "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče": [
        "Sociální pracovnice nemocnice pomáhá rodině najít navazující službu.",
        "Pobyt bývá na několik týdnů, než se podaří zajistit péči doma nebo v domově.",
    ],
    "raná péče": [
        "Poradkyně přijíždí do rodiny zhruba jednou za měsíc a půjčuje hračky a pomůcky.",
        "Rodiče se mohou setkávat s dalšími rodinami na společných víkendech.",
    ],
    "telefonická krizová pomoc": [
        "Volat můžete i anonymně; s pracovníkem linky lze mluvit i přes chat.",
        "Pracovníci linky doporučí, kde najít další odbornou pomoc.",
    ],
    "tlumočnické služby": [
        "Tlumočníka je dobré objednat několik dní dopředu; v naléhavých případech i online.",
        "Vedle tlumočení do znakového jazyka služba nabízí i přepis mluvené řeči.",
    ],
    "azylové domy": [
        "Klienti se učí hospodařit, hledají práci a dlouhodobé bydlení.",
        "Součástí služby je sociální poradenství a pomoc s dluhy.",
        "Pobyt bývá zpravidla na několik měsíců; nejdéle na jeden rok.",
    ],
    "domy na půl cesty": [
        "Mladí lidé bydlí samostatně a s pracovníky plánují, jak dál.",
    ],
    "kontaktní centra": [
        "Centrum nabízí i testy na infekční nemoci a zprostředkuje léčbu.",
    ],
    "krizová pomoc": [
        "Pracovníci jsou k zastižení nepřetržitě, i v noci a o víkendech.",
        "Krizová intervence může proběhnout osobně, po telefonu i v terénu.",
    ],
    "intervenční centra": [
        "Pracovnice pomůže sestavit bezpečnostní plán a doprovodí k soudu.",
    ],
    "nízkoprahová denní centra": [
        "V centru se můžete ohřát, najíst, vysprchovat a vyprat si.",
        "Sociální pracovníci pomáhají s vyřízením dokladů a dávek.",
    ],
    "nízkoprahová zařízení pro děti a mládež": [
        "V klubu je k dispozici doučování, hry, sport i rozhovor s pracovníkem.",
        "Pracovníci vyrážejí i do ulic a na hřiště, kde se mladí scházejí.",
        "Klub pořádá o prázdninách výlety a pobytové akce.",
    ],
    "noclehárny": [
        "Noclehárna je otevřena večer a ráno; lůžko lze využít i opakovaně.",
        "V zimě noclehárna navyšuje kapacitu o nouzová lůžka.",
    ],
    "služby následné péče": [
        "Klienti mohou bydlet v tréninkovém bytě a docházet na skupiny.",
        "Služba navazuje na léčbu a pomáhá s návratem do práce.",
    ],
    "sociálně aktivizační služby pro rodiny s dětmi": [
        "Pracovnice dochází do rodiny jednou až dvakrát týdně a pomáhá s přípravou do školy.",
        "Služba spolupracuje s OSPOD, školou a dalšími odborníky podle potřeby rodiny.",
        "Rodiny se učí plánovat rozpočet a řešit dluhy dřív, než narostou.",
    ],
    "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením": [
        "Klub nabízí přednášky, výlety, cvičení i kurzy práce s počítačem.",
        "Setkání probíhají několikrát týdně, přidat se můžete kdykoli.",
    ],
    "sociálně terapeutické dílny": [
        "V dílnách se pracuje se dřevem, textilem, keramikou i v zahradě.",
        "Výrobky dílny prodávají na trzích a v kavárně.",
    ],
    "terapeutické komunity": [
        "Pobyt trvá zpravidla šest až dvanáct měsíců a řídí se pravidly komunity.",
    ],
    "terénní programy": [
        "Terénní pracovníci jsou k zastižení v lokalitách v pravidelných dnech.",
        "Pomáhají s doklady, dávkami, bydlením a s kontaktem na další služby.",
        "Pracovníci spolupracují s komunitními pracovníky a zdravotníky.",
    ],
    "sociální rehabilitace": [
        "Nácvik probíhá v reálném prostředí: v obchodě, na úřadě, v zaměstnání.",
        "Služba pomáhá najít a udržet si práci, včetně přípravy na pohovor.",
        "Klienti si spolu s pracovníkem stanovují cíle a pravidelně je vyhodnocují.",
    ],
    "související aktivity": [
        "Aktivita je otevřená, přijít můžete i bez předchozí domluvy.",
        "Program připravují dobrovolníci s podporou odborných pracovníků.",
    ],
}

FORMS = {
    "pobytová": "klienti v zařízení bydlí",
    "ambulantní": "klienti do zařízení docházejí",
    "terénní": "pracovníci přijdou za klientem domů či tam, kde je potřebuje",
}
# Services whose "terénní" form is a telephone or a device, not a visit.
REMOTE = {"telefonická krizová pomoc", "tísňová péče"}


def service_description(type_name, provider, forms, groups, where, about="", number=0):
    """The HTML description of a demo service (without the demo note)."""
    paragraphs = [about] if about else []
    paragraphs.append(LAW[type_name])
    if not about:
        practice = PRACTICE[type_name]
        paragraphs.append(practice[number % len(practice)])
    paragraphs.append(_who_and_where(type_name, provider, forms, groups, where))
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def _who_and_where(type_name, provider, forms, groups, where):
    runs, it_is = (
        ("Aktivitu pořádá", "Aktivita je")
        if type_name == "související aktivity"
        else ("Službu poskytuje", "Služba je")
    )
    comma = "," if "," in provider else ""
    sentences = [f"{runs} {provider}{comma} {where}."]
    if forms and type_name not in REMOTE:
        kinds = " i ".join(forms) if len(forms) < 3 else f"{', '.join(forms[:-1])} i {forms[-1]}"
        ways = ", nebo ".join(FORMS[form] for form in forms)
        sentences.append(f"{it_is} {kinds}: {ways}.")
    if groups:
        sentences.append(f"Cílová skupina: {', '.join(groups)}.")
    return " ".join(sentences)
