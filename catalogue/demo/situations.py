"""Life situations of the demo catalogue (after the MPSV idea of 'phenomena and services', seed
003): what a citizen is going through, and which service types and target groups help."""

SENIORS = "senioři"
HOMELESS = "osoby bez přístřeší"
CRISIS = "osoby v krizi"
FAMILIES = "rodiny s dítětem/dětmi"
DISABLED = "osoby se zdravotním postižením"
COUNSELLING = "odborné sociální poradenství"

LIFE_SITUATIONS = [
    {
        "name": "Hledám domov pro seniora",
        "description": "Blízký už nezvládá žít sám doma a potřebuje celodenní péči.",
        "types": ["domovy pro seniory", "domovy se zvláštním režimem", "odlehčovací služby"],
        "groups": [SENIORS, "osoby žijící s demencí"],
    },
    {
        "name": "Hrozí mi ztráta bydlení",
        "description": "Nemám na nájem, dostal jsem výpověď nebo musím odejít z domova.",
        "types": [COUNSELLING, "azylové domy", "terénní programy", "noclehárny"],
        "groups": [HOMELESS, CRISIS, "osoby žijící v sociálně vyloučených komunitách"],
    },
    {
        "name": "Zažívám domácí násilí",
        "description": "Někdo blízký mi ubližuje, vyhrožuje nebo mě ovládá.",
        "types": [
            "intervenční centra",
            "azylové domy",
            "krizová pomoc",
            "telefonická krizová pomoc",
            COUNSELLING,
        ],
        "groups": ["oběti domácího násilí", "oběti trestné činnosti"],
    },
    {
        "name": "Mám dluhy",
        "description": "Nestíhám splácet, hrozí mi exekuce nebo nevím, komu kolik dlužím.",
        "types": [
            COUNSELLING,
            "terénní programy",
            "sociálně aktivizační služby pro rodiny s dětmi",
        ],
        "groups": [CRISIS, FAMILIES, "osoby žijící v sociálně vyloučených komunitách"],
    },
    {
        "name": "Chci se stát pěstounem",
        "description": "Zvažuji pěstounskou péči nebo osvojení a chci vědět, jak začít.",
        "types": ["související aktivity", COUNSELLING],
        "groups": [FAMILIES],
        "areas": ["Děti a rodina"],
    },
    {
        "name": "Pečuji o blízkého",
        "description": "Starám se doma o nemocného nebo stárnoucího blízkého a potřebuji pomoc.",
        "types": [
            "odlehčovací služby",
            "pečovatelská služba",
            "osobní asistence",
            "denní stacionáře",
            "tísňová péče",
        ],
        "groups": ["pečující osoby", SENIORS, DISABLED, "osoby žijící s demencí"],
    },
    {
        "name": "Potřebuji pomoc s péčí o sebe doma",
        "description": "Chci zůstat doma, ale sám už nezvládám nákup, hygienu nebo úklid.",
        "types": ["pečovatelská služba", "osobní asistence", "tísňová péče"],
        "groups": [SENIORS, DISABLED, "osoby s tělesným postižením"],
    },
    {
        "name": "Nemám kde přespat",
        "description": "Dnes v noci nemám kam jít, potřebuji teplo, jídlo a hygienu.",
        "types": ["noclehárny", "nízkoprahová denní centra", "azylové domy", "terénní programy"],
        "groups": [HOMELESS],
    },
    {
        "name": "Mám problém s drogami nebo alkoholem",
        "description": "Užívám návykové látky já nebo někdo blízký a chci to řešit.",
        "types": [
            "kontaktní centra",
            "terénní programy",
            "terapeutické komunity",
            "služby následné péče",
        ],
        "groups": ["osoby ohrožené závislostí nebo závislé na návykových látkách"],
    },
    {
        "name": "Naše dítě má zdravotní postižení",
        "description": "Hledáme podporu pro dítě s postižením a pro celou rodinu.",
        "types": ["raná péče", "osobní asistence", "odlehčovací služby", "denní stacionáře"],
        "groups": [DISABLED, "osoby s mentálním postižením", "osoby s kombinovaným postižením"],
        "areas": ["Děti a rodina", "Občané s mentálním postižením"],
    },
    {
        "name": "Jsem v krizi a potřebuji si promluvit",
        "description": "Stalo se něco, co nezvládám, a potřebuji hned mluvit s odborníkem.",
        "types": ["telefonická krizová pomoc", "krizová pomoc"],
    },
    {
        "name": "Odcházím z dětského domova",
        "description": "Končí mi ústavní výchova a potřebuji bydlení, práci a oporu.",
        "types": ["domy na půl cesty", COUNSELLING, "azylové domy"],
        "groups": ["osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče"],
    },
    {
        "name": "Ztrácím zrak nebo sluch",
        "description": "Potřebuji se naučit žít se zrakovým nebo sluchovým postižením.",
        "types": [
            "průvodcovské a předčitatelské služby",
            "tlumočnické služby",
            "sociální rehabilitace",
            COUNSELLING,
        ],
        "groups": ["osoby se zrakovým postižením", "osoby se sluchovým postižením"],
    },
    {
        "name": "Žiji s duševním onemocněním",
        "description": "Hledám podporu pro samostatný život, bydlení a práci.",
        "types": [
            "sociální rehabilitace",
            "chráněné bydlení",
            "podpora samostatného bydlení",
            "sociálně terapeutické dílny",
        ],
        "groups": ["osoby s chronickým duševním onemocněním"],
    },
    {
        "name": "Naše rodina to doma nezvládá",
        "description": "Máme potíže s výchovou, školou nebo penězi a bojíme se o děti.",
        "types": [
            "sociálně aktivizační služby pro rodiny s dětmi",
            "nízkoprahová zařízení pro děti a mládež",
            COUNSELLING,
        ],
        "groups": [
            FAMILIES,
            "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy",
        ],
    },
]

# The pictogram of each situation's tile on the home page (portal/pictograms.py).
SITUATION_PICTOGRAMS = {
    "Hledám domov pro seniora": "old",
    "Hrozí mi ztráta bydlení": "home-heart",
    "Zažívám domácí násilí": "shield-heart",
    "Mám dluhy": "coin",
    "Chci se stát pěstounem": "friends",
    "Pečuji o blízkého": "heart-handshake",
    "Potřebuji pomoc s péčí o sebe doma": "wheelchair",
    "Nemám kde přespat": "bed",
    "Mám problém s drogami nebo alkoholem": "pill",
    "Naše dítě má zdravotní postižení": "baby-carriage",
    "Jsem v krizi a potřebuji si promluvit": "lifebuoy",
    "Odcházím z dětského domova": "briefcase",
    "Ztrácím zrak nebo sluch": "eye",
    "Žiji s duševním onemocněním": "brain",
    "Naše rodina to doma nezvládá": "users",
}
