from .pages import HomePage, StandardPage
from .search import SearchEntry, SearchQueryLog, SearchSynonym
from .site_settings import SiteSettings, SocialLink

__all__ = [
    "HomePage",
    "StandardPage",
    "SiteSettings",
    "SocialLink",
    "SearchEntry",
    "SearchQueryLog",
    "SearchSynonym",
]
