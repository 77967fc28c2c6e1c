"""Where the demo's outreach and telephone services help (their service areas)."""

from catalogue.demo.descriptions import REMOTE

# Services that go to their clients wherever they live, or that the city's whole population
# calls on (crisis help, intervention centres).
CITY_WIDE = REMOTE | {
    "osobní asistence",
    "pečovatelská služba",
    "raná péče",
    "podpora samostatného bydlení",
    "sociálně aktivizační služby pro rodiny s dětmi",
    "průvodcovské a předčitatelské služby",
    "tlumočnické služby",
    "krizová pomoc",
    "intervenční centra",
}
# Street work goes where people without a home or in excluded localities are: the centre and
# the old industrial districts around it.
STREET_WORK_DISTRICTS = [
    "Moravská Ostrava a Přívoz",
    "Slezská Ostrava",
    "Vítkovice",
    "Mariánské Hory a Hulváky",
    "Radvanice a Bartovice",
]


def service_area(type_name, forms, district, run_by_district):
    """(whole city, district names) of a demo service; (False, []) when it has no area.

    Telephone services answer the whole city; a district's own outreach service (e.g. its home
    care) stays in the district; street work covers the centre and the districts around it;
    home care, personal assistance and the like go anywhere in the city; other services that
    also work in the field (counselling, rehabilitation) do so in their own district. A service
    clients come to, or live in, has no area: its places say where it is."""
    if type_name in REMOTE:
        return True, []
    if "terénní" not in forms:
        return False, []
    if run_by_district and district:
        return False, [district]
    if type_name == "terénní programy":
        return False, sorted(set(STREET_WORK_DISTRICTS) | ({district} if district else set()))
    if type_name in CITY_WIDE or not district:
        return True, []
    return False, [district]
