"""Demo content built from the facts of the Czech documents the portal was commissioned from.

Each step is a module with a ``load(home, log)`` function; steps run in order and every
step is idempotent: what already exists is left exactly as it is.
"""

from importlib import import_module

from django.db import transaction

from portal.demo.site import ensure_home_page

DEMO_STEPS = [
    "portal.demo.branding",
    "portal.demo.standard_pages",
    "catalogue.demo.taxonomy",
    "catalogue.demo.catalogue",
    "campaigns.demo",
    "plans.demo",
    "catalogue.editors.demo",
    "portal.demo.search",
    "portal.demo.renditions",
]


@transaction.atomic
def load_demo(log=print):
    """Create the site and every demo page that does not exist yet; return the home page."""
    home = ensure_home_page(log)
    for step in DEMO_STEPS:
        import_module(step).load(home, log)
    return home
