"""Fixtures for the campaigns tests: the three index pages under the home page."""

import pytest
from django.core.cache import cache

from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    NewsIndexPageFactory,
)


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Registration rate limits live in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def campaign_index(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="Dejme dětem rodinu")


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)
