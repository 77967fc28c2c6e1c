"""Search synonyms coordinators start with, and the site search's entries for the demo pages."""

from portal.models import SearchSynonym
from portal.search import indexing

SYNONYMS = [
    ("bezdomovec", "osoby bez přístřeší"),
    ("bezdomovci", "osoby bez přístřeší"),
    ("bezďák", "osoby bez přístřeší"),
    ("bez domova", "osoby bez přístřeší"),
    ("ubytovna", "azylový dům"),
    ("přespání", "noclehárna"),
    ("kde přespat", "noclehárna"),
    ("drogy", "návykové látky"),
    ("feťák", "závislost na návykových látkách"),
    ("fet", "návykové látky"),
    ("chlast", "alkohol"),
    ("alkoholik", "závislost na alkoholu"),
    ("gamblerství", "patologické hráčství"),
    ("automaty", "patologické hráčství"),
    ("dluhy", "dluhové poradenství"),
    ("exekuce", "dluhové poradenství"),
    ("insolvence", "oddlužení"),
    ("osobní bankrot", "oddlužení"),
    ("půjčka", "dluhové poradenství"),
    ("pěstoun", "pěstounská péče"),
    ("pěstouni", "pěstounská péče"),
    ("náhradní rodina", "pěstounská péče"),
    ("adopce", "náhradní rodinná péče"),
    ("důchodce", "senioři"),
    ("důchodci", "senioři"),
    ("staří lidé", "senioři"),
    ("babička", "senioři"),
    ("domov důchodců", "domov pro seniory"),
    ("léčebna dlouhodobě nemocných", "domov se zvláštním režimem"),
    ("alzheimer", "demence"),
    ("stařecká demence", "domov se zvláštním režimem"),
    ("vozíčkář", "osoby se zdravotním postižením"),
    ("handicap", "zdravotní postižení"),
    ("postižený", "osoby se zdravotním postižením"),
    ("nevidomý", "zrakové postižení"),
    ("neslyšící", "tlumočení do znakového jazyka"),
    ("hluchý", "tlumočení do znakového jazyka"),
    ("psychiatrie", "duševní onemocnění"),
    ("deprese", "duševní onemocnění"),
    ("týrání", "domácí násilí"),
    ("bití", "domácí násilí"),
    ("šikana", "krizová pomoc"),
    ("sebevražda", "krizová pomoc"),
    ("krize", "krizová pomoc"),
    ("linka důvěry", "telefonická krizová pomoc"),
    ("pečovatelka", "pečovatelská služba"),
    ("obědy", "pečovatelská služba"),
    ("dovoz obědů", "pečovatelská služba"),
    ("asistentka", "osobní asistence"),
    ("respit", "odlehčovací služby"),
    ("úlevová péče", "odlehčovací služby"),
    ("romové", "romské etnikum"),
    ("cizinci", "migranti"),
    ("uprchlíci", "migranti"),
    ("mládež", "děti a mládež"),
    ("teenageři", "nízkoprahová zařízení pro děti a mládež"),
    ("klubovna", "nízkoprahové zařízení"),
    ("vězení", "osoby po výkonu trestu"),
    ("kriminál", "osoby po výkonu trestu"),
    ("práce", "sociální rehabilitace"),
    ("zaměstnání", "sociální rehabilitace"),
    ("sociálka", "sociální poradenství"),
    ("porada", "odborné sociální poradenství"),
]


def load(home, log):
    created = 0
    for phrase, meaning in SYNONYMS:
        _, was_created = SearchSynonym.objects.get_or_create(phrase=phrase, meaning=meaning)
        created += was_created
    if created:
        log(f"Vytvořeno synonym pro vyhledávání: {created}")
    # Rebuilding also extracts the text of new or changed PDF and DOCX documents.
    indexing.rebuild()
    log("Obnoveny položky vyhledávání na webu")
