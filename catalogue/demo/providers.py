"""Demo organisations of the Ostrava catalogue: those named in the seeds and plausible others.

Every contact value is invented (example.org, numbers from the 599 000 xxx range) and the IČO
numbers are made-up values with a valid check digit. A service is a type name, or a tuple of
(type name, title, options).
"""

SEED_PROVIDERS = [
    (
        "Centrum psychologické pomoci, příspěvková organizace",
        "po",
        "Moravská Ostrava a Přívoz",
        "Nádražní 120/44",
        [
            ("odborné sociální poradenství", "Poradna pro náhradní rodinnou péči Ostrava", {}),
            ("související aktivity", "Příprava žadatelů o pěstounskou péči", {}),
            ("související aktivity", "Kampaň Dejme dětem rodinu: informace pro zájemce", {}),
        ],
    ),
    (
        "Dětský domov Sluníčko Havířov",
        "po",
        None,
        "Čelakovského 1402/6",
        [("související aktivity", "Setkávání pěstounských rodin Sluníčko", {"city": "Havířov"})],
    ),
    (
        "Slezská diakonie",
        "cirkev",
        "Vítkovice",
        "Ruská 2012/58",
        [
            ("azylové domy", "Azylový dům pro ženy a matky s dětmi v tísni", {"secret": True}),
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
            ("azylové domy", "Azylový dům pro matky s dětmi", {}),
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
            ("odborné sociální poradenství", "Dluhová poradna", {}),
        ],
    ),
]
