"""Small helpers the demo modules share: structure blocks and provider look-ups."""

from wagtail.models import Page
from wagtail.rich_text import RichText


def find_provider(name):
    """The catalogue's provider page called ``name``, if the catalogue demo created it."""
    return (
        Page.objects.live()
        .filter(
            title=name,
            content_type__app_label="catalogue",
            content_type__model="providerpage",
        )
        .first()
    )


def organisation(name):
    """A bearer/partner value: linked to the provider page when it exists, else just named."""
    page = find_provider(name)
    return {"page": page, "name": "" if page else name}


def measure(code, title, status="planned", **fields):
    value = {
        "code": code,
        "title": title,
        "status": status,
        "description": RichText(fields.pop("description", "")),
        "activities": RichText(fields.pop("activities", "")),
        "bearer": fields.pop("bearer", {"page": None, "name": ""}),
        "partners": fields.pop("partners", []),
        "evaluations": fields.pop("evaluations", []),
    }
    value.update(fields)
    return value


def goal(code, title, measures, description=""):
    return {
        "code": code,
        "title": title,
        "description": RichText(description),
        "measures": measures,
    }


def chapter(code, title, goals, working_group=None, area="", introduction=""):
    return (
        "chapter",
        {
            "code": code,
            "title": title,
            "working_group": working_group,
            "planning_area": area,
            "introduction": RichText(introduction),
            "goals": goals,
        },
    )
