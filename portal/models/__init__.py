from .pages import HomePage, StandardPage
from .search import DocumentText, SearchEntry, SearchQueryLog, SearchSynonym, SearchTerm
from .site_settings import SiteSettings, SocialLink

__all__ = [
    "HomePage",
    "StandardPage",
    "SiteSettings",
    "SocialLink",
    "SearchEntry",
    "SearchQueryLog",
    "SearchSynonym",
    "SearchTerm",
    "DocumentText",
]
