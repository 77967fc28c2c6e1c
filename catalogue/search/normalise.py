"""The catalogue uses the portal's one query pipeline (see portal.search.normalise)."""

from portal.search.normalise import (  # noqa: F401
    MAX_QUERY_LENGTH,
    MAX_QUERY_TERMS,
    fold,
    index_text,
    query_alternatives,
    query_terms,
    stem,
)
