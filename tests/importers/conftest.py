"""A catalogue index with the taxonomy seeded from the demo, and the registry sample file."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from catalogue.demo import taxonomy
from tests.catalogue import factories as f

SAMPLE = Path(__file__).parent / "data" / "rpss_sample.json"
TODAY = date(2026, 11, 23)


@pytest.fixture
def catalogue(home_page):
    taxonomy.load(home_page, lambda message: None)
    return f.catalogue_index(home_page)


@pytest.fixture
def sample(tmp_path):
    """A copy of the sample registry file that a test may change."""
    path = tmp_path / "rpss.json"
    shutil.copy(SAMPLE, path)
    return path
