"""Fixtures shared by the whole suite."""

import pytest

from portal.demo import load_demo
from portal.demo.site import ensure_home_page


def _quiet(message):
    return None


@pytest.fixture
def home_page(db):
    """The site's home page, with the default site pointing at it."""
    return ensure_home_page(_quiet)


@pytest.fixture
def demo_site(db):
    """The complete demo content, as `make run` builds it."""
    return load_demo(log=_quiet)
