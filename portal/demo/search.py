"""The site search's entries for the demo pages (the lexicon and the crisis lines are seeded by
migration portal 0006)."""

from portal.search import indexing


def load(home, log):
    # Rebuilding also extracts the text of new or changed PDF and DOCX documents.
    indexing.rebuild()
    log("Obnoveny položky vyhledávání na webu")
