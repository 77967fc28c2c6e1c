"""Further plausible, invented organisations, so that the demo catalogue covers every planning
area and every statutory service type. Same layout as ``SEED_PROVIDERS``."""

DEMO_PROVIDERS = [
    (
        "Domov Slunečná zahrada, příspěvková organizace",
        "po",
        "Ostrava-Jih",
        "Zahradní 10",
        ["domovy pro seniory", "domovy se zvláštním režimem", "odlehčovací služby"],
    ),
    (
        "Seniorcentrum Poruba, příspěvková organizace",
        "po",
        "Poruba",
        "Dělnická 200",
        [
            "domovy pro seniory",
            "centra denních služeb",
            "pečovatelská služba",
            "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
        ],
    ),
    (
        "Městský obvod Ostrava-Jih, pečovatelská služba",
        "obec",
        "Ostrava-Jih",
        "Horní 3",
        ["pečovatelská služba", "základní sociální poradenství"],
    ),
    (
        "Městský obvod Poruba, sociální odbor",
        "obec",
        "Poruba",
        "Klimkovická 28",
        ["pečovatelská služba", "základní sociální poradenství", "tísňová péče"],
    ),
    (
        "Domov Lipová, příspěvková organizace",
        "po",
        "Hrabová",
        "Lipová 5",
        ["domovy pro osoby se zdravotním postižením", "týdenní stacionáře", "chráněné bydlení"],
    ),
    (
        "Tísňová péče Jistota, z. ú.",
        "ustav",
        "Mariánské Hory a Hulváky",
        "Přemyslovců 15",
        ["tísňová péče", "osobní asistence"],
    ),
    (
        "Spolek Průvodce, z. s.",
        "zs",
        "Moravská Ostrava a Přívoz",
        "Výstavní 7",
        [
            "průvodcovské a předčitatelské služby",
            "sociální rehabilitace",
            "odborné sociální poradenství",
        ],
    ),
    (
        "Spolek Ticho, z. s.",
        "zs",
        "Moravská Ostrava a Přívoz",
        "Jurečkova 12",
        [
            "tlumočnické služby",
            "odborné sociální poradenství",
            "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
        ],
    ),
    (
        "Krizové centrum Opora, z. s.",
        "zs",
        "Moravská Ostrava a Přívoz",
        "Ruská 40",
        ["krizová pomoc", "telefonická krizová pomoc", "odborné sociální poradenství"],
    ),
    (
        "Intervenční centrum Bezpečí, z. ú.",
        "ustav",
        "Moravská Ostrava a Přívoz",
        "Sokolská 9",
        [
            "intervenční centra",
            (
                "odborné sociální poradenství",
                "Poradna pro oběti trestných činů",
                {
                    "about": "Poradna vysvětlí práva oběti v trestním řízení, pomůže s "
                    "žádostí o peněžitou pomoc od státu a doprovodí k výslechu či k soudu."
                },
            ),
        ],
    ),
    (
        "Vesna – pomoc ženám, z. s.",
        "zs",
        "Ostrava-Jih",
        "Utajená adresa",
        [
            (
                "azylové domy",
                "Azylový dům Vesna pro oběti domácího násilí",
                {
                    "secret": True,
                    "about": "Utajený azylový dům pro ženy, které s dětmi odcházejí od "
                    "násilného partnera. Adresu sdělí pracovnice až po telefonické domluvě.",
                },
            ),
            (
                "krizová pomoc",
                "Krizová pomoc Vesna",
                {
                    "about": "Okamžitá pomoc ženám v akutní krizi po násilí: rozhovor, "
                    "bezpečnostní plán a v nutném případě krátkodobý pobyt na krizovém lůžku."
                },
            ),
        ],
    ),
    (
        "Dům na půl cesty Start, z. ú.",
        "ustav",
        "Slezská Ostrava",
        "Bohumínská 60",
        ["domy na půl cesty", "sociální rehabilitace"],
    ),
    (
        "Kontaktní most, z. ú.",
        "ustav",
        "Moravská Ostrava a Přívoz",
        "Stodolní 21",
        ["kontaktní centra", "terénní programy", "služby následné péče"],
    ),
    (
        "Terapeutická komunita Nový začátek, z. ú.",
        "ustav",
        "Stará Bělá",
        "Junácká 4",
        ["terapeutické komunity", "služby následné péče"],
    ),
    (
        "Klub Paprsek, z. s.",
        "zs",
        "Poruba",
        "Opavská 80",
        ["nízkoprahová zařízení pro děti a mládež", "terénní programy"],
    ),
    (
        "Raná péče Kolibřík, z. ú.",
        "ustav",
        "Moravská Ostrava a Přívoz",
        "Varenská 30",
        [
            "raná péče",
            (
                "odborné sociální poradenství",
                "Poradna pro rodiče dětí s postižením",
                {
                    "about": "Poradna pro rodiče dětí s postižením: příspěvek na péči, "
                    "kompenzační pomůcky, výběr školy a služby, které rodině uleví."
                },
            ),
        ],
    ),
    (
        "Mozaika – chráněné bydlení, o. p. s.",
        "ops",
        "Ostrava-Jih",
        "Čujkovova 18",
        ["chráněné bydlení", "podpora samostatného bydlení", "sociální rehabilitace"],
    ),
    (
        "Dílny Šikula, z. ú.",
        "ustav",
        "Vítkovice",
        "Mírové náměstí 3",
        ["sociálně terapeutické dílny", "sociální rehabilitace"],
    ),
    (
        "Stacionář Duha, příspěvková organizace",
        "po",
        "Mariánské Hory a Hulváky",
        "Hudební 6",
        ["denní stacionáře", "odlehčovací služby", "týdenní stacionáře"],
    ),
    (
        "Asistence bez hranic, o. p. s.",
        "ops",
        "Ostrava-Jih",
        "Jubilejní 16",
        ["osobní asistence", "odlehčovací služby"],
    ),
    (
        "Centrum duševního zdraví Vlna, z. ú.",
        "ustav",
        "Poruba",
        "Sokolovská 11",
        [
            "sociální rehabilitace",
            "podpora samostatného bydlení",
            "odborné sociální poradenství",
            "sociálně terapeutické dílny",
        ],
    ),
    (
        "Poradna Peníze pod kontrolou, z. s.",
        "zs",
        "Moravská Ostrava a Přívoz",
        "Masarykovo náměstí 2",
        [
            (
                "odborné sociální poradenství",
                "Dluhové poradenství",
                {
                    "about": "Dluhové poradenství pro jednotlivce i rodiny: přehled dluhů "
                    "a exekucí, rozpočet domácnosti a návrh na oddlužení u akreditované "
                    "osoby."
                },
            )
        ],
    ),
    (
        "Městská nemocnice – sociální lůžka (demo)",
        "po",
        "Moravská Ostrava a Přívoz",
        "Nemocniční 20",
        ["sociální služby poskytované ve zdravotnických zařízeních lůžkové péče"],
    ),
    (
        "Komunitní centrum Společně, z. s.",
        "zs",
        "Slezská Ostrava",
        "Bedřišská 2",
        [
            "terénní programy",
            "sociálně aktivizační služby pro rodiny s dětmi",
            "nízkoprahová zařízení pro děti a mládež",
            "související aktivity",
        ],
    ),
    (
        "Senior klub Vítkovice, z. s.",
        "zs",
        "Vítkovice",
        "Výstavní 50",
        [
            "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
            "související aktivity",
        ],
    ),
    (
        "Domov Pomněnka, z. ú.",
        "ustav",
        "Svinov",
        "Bílovecká 33",
        ["domovy se zvláštním režimem", "odlehčovací služby", "centra denních služeb"],
    ),
    (
        "Spolek rodičů Srdce, z. s.",
        "zs",
        "Hošťálkovice",
        "Rynky 9",
        [
            (
                "související aktivity",
                "Svépomocná skupina rodičů dětí s postižením",
                {
                    "about": "Rodiče dětí s postižením se scházejí, aby si předali "
                    "zkušenosti a kontakty; během setkání je o děti postaráno."
                },
            ),
            "raná péče",
        ],
    ),
    (
        "Dobrovolnické centrum Ostrava, z. s.",
        "zs",
        "Moravská Ostrava a Přívoz",
        "Českobratrská 5",
        [
            (
                "související aktivity",
                "Dobrovolníci v domovech pro seniory",
                {
                    "about": "Dobrovolníci chodí za obyvateli ostravských domovů pro seniory "
                    "na procházky, předčítat nebo si jen popovídat. Centrum je vybírá, "
                    "proškolí a provází."
                },
            ),
            (
                "související aktivity",
                "Dobrovolníci pro pěstounské rodiny",
                {
                    "about": "Dobrovolníci pomáhají pěstounským rodinám s doučováním a s "
                    "volným časem dětí. Rozvoj dobrovolnictví je průřezovým opatřením "
                    "komunitního plánu."
                },
            ),
        ],
    ),
    (
        "Druhá šance, z. s.",
        "zs",
        "Mariánské Hory a Hulváky",
        "Novoveská 14",
        [
            (
                "sociální rehabilitace",
                "Program pro lidi po výkonu trestu",
                {
                    "about": "Program začíná už ve věznici a pokračuje po propuštění: doklady, "
                    "bydlení, práce a splácení dluhů, s jedním pracovníkem po celou dobu."
                },
            ),
            "odborné sociální poradenství",
            "terénní programy",
        ],
    ),
    (
        "Rodinné centrum Pohoda, z. ú.",
        "ustav",
        "Nová Bělá",
        "Mitrovická 25",
        [
            "odborné sociální poradenství",
            "sociálně aktivizační služby pro rodiny s dětmi",
            "související aktivity",
        ],
    ),
    (
        "Bezbariérový život Ostrava, z. s.",
        "zs",
        "Ostrava-Jih",
        "Dr. Martínka 7",
        [
            "odborné sociální poradenství",
            "osobní asistence",
            "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
        ],
    ),
    (
        "Přístav Ostrava, z. s.",
        "zs",
        "Moravská Ostrava a Přívoz",
        "Na Náspu 3",
        ["noclehárny", "nízkoprahová denní centra", "terénní programy"],
    ),
    (
        "Domov Hrabová, příspěvková organizace",
        "po",
        "Hrabová",
        "Paskovská 100",
        ["domovy pro seniory", "odlehčovací služby", "pečovatelská služba"],
    ),
    (
        "Centrum denních služeb Mosty, z. ú.",
        "ustav",
        "Michálkovice",
        "Sládečkova 8",
        ["centra denních služeb", "denní stacionáře", "osobní asistence"],
    ),
    (
        "Mládež v pohybu, z. s.",
        "zs",
        "Radvanice a Bartovice",
        "Těšínská 120",
        ["nízkoprahová zařízení pro děti a mládež", "terénní programy"],
    ),
    (
        "Linka pro seniory, z. ú.",
        "ustav",
        "Poruba",
        "Hlavní třída 60",
        [
            (
                "telefonická krizová pomoc",
                "Linka důvěry pro seniory",
                {
                    "about": "Linka pro seniory a jejich blízké: osamělost, smutek, strach, "
                    "potíže s péčí nebo podezření na zneužívání a zanedbávání."
                },
            ),
            "tísňová péče",
        ],
    ),
    (
        "Společně pro Vítkovice, z. s.",
        "zs",
        "Vítkovice",
        "Sirotčí 15",
        [
            "terénní programy",
            "sociálně aktivizační služby pro rodiny s dětmi",
            (
                "odborné sociální poradenství",
                "Poradna pro bydlení a zaměstnání",
                {
                    "about": "Poradna ve Vítkovicích pomáhá najít a udržet si nájemní byt a "
                    "práci: nájemní smlouvy, jednání s pronajímateli, životopis a pohovor."
                },
            ),
        ],
    ),
    (
        "Domov Lhotka, příspěvková organizace",
        "po",
        "Lhotka",
        "Nad Vodárnou 2",
        ["domovy pro osoby se zdravotním postižením", "chráněné bydlení"],
    ),
    (
        "Pečovatelská služba Krásné Pole, z. s.",
        "zs",
        "Krásné Pole",
        "Družstevní 12",
        ["pečovatelská služba", "osobní asistence"],
    ),
    (
        "Tlumočnické centrum Slyšíme, o. p. s.",
        "ops",
        "Polanka nad Odrou",
        "1. května 40",
        ["tlumočnické služby", "sociální rehabilitace"],
    ),
]
