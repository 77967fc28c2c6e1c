"""Wagtail's PostgreSQL search backend with one text search configuration for search and
autocomplete (``SEARCH_CONFIG``, the ``cs_unaccent`` configuration of migration portal 0003).

Wagtail always autocompletes with the ``simple`` configuration, which keeps diacritics, so
"pecovatelska" would not complete "Pečovatelská"; here autocomplete folds them as search does.
"""

from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend


class CzechPostgresSearchBackend(PostgresSearchBackend):
    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", self.config or "simple")


SearchBackend = CzechPostgresSearchBackend
