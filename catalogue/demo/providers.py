"""Demo organisations of the Ostrava catalogue: those named in the seeds and plausible others.

Every contact value is invented (example.org, numbers from the 599 000 xxx range) and the IČO
numbers are made-up values with a valid check digit. A service is a type name, or a tuple of
(type name, title, options); options may hide the address (``secret``), name another ``city``
and say in ``about`` what sets this service apart (its description then starts with it).
"""

SEED_PROVIDERS = [
    (
        "Centrum psychologické pomoci, příspěvková organizace",
        "po",
        "Moravská Ostrava a Přívoz",
        "Nádražní 120/44",
        [
            (
                "odborné sociální poradenství",
                "Poradna pro náhradní rodinnou péči Ostrava",
                {
                    "about": "Poradna provází pěstouny a osvojitele od prvního zájmu přes "
                    "přípravu až po život s přijatým dítětem. S oddělením sociálně-právní "
                    "ochrany dětí magistrátu se setkává od roku 2010 a stála u zrodu kampaně "
                    "Dejme dětem rodinu."
                },
            ),
            (
                "související aktivity",
                "Příprava žadatelů o pěstounskou péči",
                {
                    "about": "Kurz pro ty, kdo chtějí přijmout dítě do pěstounské péče: "
                    "semináře o potřebách dětí z ústavní péče, o vztahu dítěte k biologickým "
                    "rodičům a o pěstounské péči na přechodnou dobu, se zkušenými pěstouny."
                },
            ),
            (
                "související aktivity",
                "Kampaň Dejme dětem rodinu: informace pro zájemce",
                {
                    "about": "Informační místo kampaně, kterou město s partnery vede od roku "
                    "2011: co je náhradní rodinná péče, jaké má formy a kde začít. Zájemci "
                    "dostanou leták kampaně a pozvánku na nejbližší seminář."
                },
            ),
        ],
    ),
    (
        "Dětský domov Sluníčko Havířov",
        "po",
        None,
        "Čelakovského 1402/6",
        [
            (
                "související aktivity",
                "Setkávání pěstounských rodin Sluníčko",
                {
                    "city": "Havířov",
                    "about": "Víkendová setkání a jednodenní výlety pro pěstounské rodiny s "
                    "dětmi, které dětský domov pořádá s kampaní Dejme dětem rodinu; děti si "
                    "hrají s vychovateli, rodiče sdílejí zkušenosti.",
                },
            )
        ],
    ),
    (
        "Slezská diakonie",
        "cirkev",
        "Vítkovice",
        "Ruská 2012/58",
        [
            (
                "azylové domy",
                "Azylový dům pro ženy a matky s dětmi v tísni",
                {
                    "secret": True,
                    "about": "Bezpečné místo pro ženy a matky s dětmi, které musely odejít z "
                    "domova. Pracovnice pomáhají s úřady, se školou dětí a s hledáním "
                    "vlastního bydlení.",
                },
            ),
            "sociální rehabilitace",
            "raná péče",
            "chráněné bydlení",
            "odlehčovací služby",
            "podpora samostatného bydlení",
        ],
    ),
    (
        "Diakonie ČCE – středisko v Ostravě",
        "cirkev",
        "Slezská Ostrava",
        "Keltičkova 1630/4",
        [
            "pečovatelská služba",
            "osobní asistence",
            "sociálně aktivizační služby pro rodiny s dětmi",
            "denní stacionáře",
        ],
    ),
    (
        "Diecézní charita ostravsko-opavská",
        "cirkev",
        "Moravská Ostrava a Přívoz",
        "Kratochvílova 1680/3",
        [
            "odborné sociální poradenství",
            "telefonická krizová pomoc",
            "domovy pro seniory",
            "sociálně aktivizační služby pro rodiny s dětmi",
        ],
    ),
    (
        "Charita Ostrava",
        "cirkev",
        "Vítkovice",
        "Kořenského 1323/17",
        [
            "noclehárny",
            "nízkoprahová denní centra",
            "azylové domy",
            (
                "azylové domy",
                "Azylový dům pro matky s dětmi",
                {
                    "about": "Azylový dům pro matky s dětmi, které přišly o bydlení; vznikl v "
                    "roce 2007 jako jedna z nových služeb 2. komunitního plánu. Matky s "
                    "pracovnicemi plánují, jak dosáhnout na vlastní nájemní byt."
                },
            ),
            "domovy se zvláštním režimem",
            "pečovatelská služba",
            "odlehčovací služby",
            "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče",
        ],
    ),
    (
        "Bílý nosorožec, o.p.s.",
        "ops",
        "Mariánské Hory a Hulváky",
        "L. Ševčíka 420/26",
        [
            "sociálně aktivizační služby pro rodiny s dětmi",
            "terénní programy",
            "nízkoprahová zařízení pro děti a mládež",
        ],
    ),
    (
        "Sdružení sociálních asistentů, z.s.",
        "zs",
        "Ostrava-Jih",
        "Horní 1492/55",
        [
            "terénní programy",
            "sociálně aktivizační služby pro rodiny s dětmi",
            (
                "odborné sociální poradenství",
                "Dluhová poradna",
                {
                    "about": "Poradna pomáhá rodinám s dětmi ze sociálně vyloučených lokalit "
                    "zmapovat dluhy, domluvit splátky a podat návrh na oddlužení; navazuje na "
                    "terénní programy sdružení."
                },
            ),
        ],
    ),
]
