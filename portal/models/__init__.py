from .pages import HomePage, StandardPage
from .search import (
    DocumentText,
    HelpLine,
    SearchEntry,
    SearchFacet,
    SearchQueryLog,
    SearchSynonym,
    SearchTerm,
)
from .site_settings import SiteSettings, SocialLink

__all__ = [
    "HomePage",
    "StandardPage",
    "SiteSettings",
    "SocialLink",
    "SearchEntry",
    "SearchFacet",
    "HelpLine",
    "SearchQueryLog",
    "SearchSynonym",
    "SearchTerm",
    "DocumentText",
]
