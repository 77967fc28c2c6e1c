"""What a role may not edit it does not see, even by title: every admin URL, as every role.

Drafts with secret titles sit in another provider's subtree, in the catalogue, in the campaign
and planning sections and under the home page; one of them is locked and waiting for review. Each
role then asks for every admin URL pattern (Wagtail's and ours) with those pages' ids filled in,
and with ``?id=`` and ``?q=`` naming them, and no response may contain a title it may not see.
"""

import secrets
import string
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.db import transaction
from django.test import Client
from wagtail.models import Page, ReferenceIndex

from campaigns.models import CampaignIndexPage, EventIndexPage, NewsIndexPage
from catalogue.editors.onboarding import ensure_team
from catalogue.editors.roles import CAMPAIGN_STAFF, COORDINATORS, PLAN_COORDINATORS, setup_roles
from plans.models import PlanningIndexPage
from portal.demo.pages import ensure_child
from portal.models import StandardPage
from tests.campaigns.factories import CampaignPageFactory, EventPageFactory
from tests.catalogue import factories as f
from tests.security.admin_crawl import Subject, admin_routes, fill

ROLES = ["editor_a", "coordinator", "campaign_staff", "plan_coordinator"]
# Who may see each section's drafts (a superuser sees everything and is not crawled).
READERS = {
    "provider_b": {"coordinator"},
    "catalogue": {"coordinator"},
    "campaigns": {"campaign_staff"},
    "plans": {"plan_coordinator"},
    "home": set(),
}


class Secrets(dict):
    """Secret markers, each with the section whose drafts it is in and what it names."""

    def new(self, section, what):
        """A title no admin page could contain by chance, and which searching "TAJNY" finds."""
        marker = "TAJNY-" + "".join(secrets.choice(string.ascii_uppercase) for _ in range(10))
        self[marker] = (section, what)
        return marker


def staff(username, *groups, **names):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password="heslo-pro-testy", **names
    )
    user.groups.add(*groups)
    return user


def unpublished(page, owner=None):
    """``page`` taken offline again, as if it had never been published."""
    page.unpublish()
    page.owner = owner
    page.save(update_fields=["owner"])
    return page


def with_secret_draft(page, title, user=None):
    """A live page whose latest, unpublished revision carries ``title``."""
    page.title = title
    page.save_revision(user=user)
    page.refresh_from_db()
    return page


@dataclass
class World:
    users: dict  # role: user
    secret: Secrets
    secret_pages: list
    own: dict  # role: a page the role edits
    home: Page
    provider_b: Page
    catalogue: Page


def sections(home):
    """The catalogue with providers A and B, the campaign and the planning sections."""
    catalogue = f.catalogue_index(home)
    pages = {
        "catalogue": catalogue,
        "campaigns": ensure_child(home, CampaignIndexPage, "kampane", title="Kampaně"),
        "events": ensure_child(home, EventIndexPage, "akce", title="Akce"),
        "news": ensure_child(home, NewsIndexPage, "aktuality", title="Aktuality"),
        "planning": ensure_child(
            home, PlanningIndexPage, "komunitni-planovani", title="Komunitní plánování"
        ),
        "provider_a": f.provider(catalogue, "Organizace A, z. s.", "organizace-a"),
        "provider_b": f.provider(catalogue, "Organizace B, z. s.", "organizace-b", ico="25840622"),
    }
    setup_roles()
    return pages


def catalogue_secrets(secret, s, editor_b):
    """B's new service (in review, locked), B's live service with a draft, a new provider C."""
    new_service = unpublished(
        f.service(s["provider_b"], secret.new("provider_b", "B's new service"), "nova-b"),
        owner=editor_b,
    )
    new_service.get_workflow().start(new_service, editor_b)
    new_service.locked, new_service.locked_by = True, editor_b
    new_service.save()
    live_service = f.service(s["provider_b"], "Azylový dům B", "azylovy-dum-b")
    with_secret_draft(live_service, secret.new("provider_b", "B's service draft"), user=editor_b)
    provider_c = unpublished(
        f.provider(s["catalogue"], secret.new("catalogue", "new provider C"), "organizace-c")
    )
    return [new_service, live_service, provider_c]


def campaign_secrets(secret, s, linked_services):
    """A live campaign (linking to B's services) with a draft, a new event, a new campaign
    referring to a life situation (a snippet the coordinators keep)."""
    campaign = CampaignPageFactory(
        parent=s["campaigns"],
        title="Veřejná kampaň",
        slug="kampan",
        related_services=[("service", page) for page in linked_services],
    )
    with_secret_draft(campaign, secret.new("campaigns", "campaign draft"))
    new_campaign = unpublished(
        CampaignPageFactory(
            parent=s["campaigns"],
            title=secret.new("campaigns", "new campaign"),
            slug="nova-kampan",
            service_situations=[("situation", f.situation("Ztráta bydlení", "ztrata-bydleni"))],
        )
    )
    event = unpublished(
        EventPageFactory(parent=s["events"], title=secret.new("campaigns", "new event"))
    )
    return [campaign, new_campaign, event]


@pytest.fixture
def leak_world(home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    s = sections(home_page)
    team_a, team_b = ensure_team(s["provider_a"]), ensure_team(s["provider_b"])
    secret = Secrets()
    # B's editor is known to the roles that see B's pages only, by name and by username.
    editor_b = staff(
        secret.new("provider_b", "username of B's editor"),
        team_b.group,
        first_name="Bára",
        last_name=secret.new("provider_b", "name of B's editor"),
    )
    catalogue_pages = catalogue_secrets(secret, s, editor_b)
    campaign_pages = campaign_secrets(secret, s, catalogue_pages[:2])
    plan_page = ensure_child(s["planning"], StandardPage, "plan", title=secret.new("plans", "page"))
    home_draft = ensure_child(home_page, StandardPage, "tajna", title=secret.new("home", "page"))
    with_secret_draft(home_page, secret.new("home", "home page draft"))
    return World(
        users={
            "editor_a": staff("editor-a", team_a.group),
            "coordinator": staff("koordinator", Group.objects.get(name=COORDINATORS)),
            "campaign_staff": staff("kampane", Group.objects.get(name=CAMPAIGN_STAFF)),
            "plan_coordinator": staff("planovani", Group.objects.get(name=PLAN_COORDINATORS)),
        },
        secret=secret,
        secret_pages=[
            *catalogue_pages,
            *campaign_pages,
            unpublished(plan_page),
            unpublished(home_draft),
        ],
        own={
            "editor_a": f.service(s["provider_a"], "Poradna A", "poradna-a"),
            "coordinator": s["provider_a"],
            "campaign_staff": campaign_pages[0],
            "plan_coordinator": ensure_child(s["planning"], StandardPage, "o", title="O nás"),
        },
        home=home_page,
        provider_b=s["provider_b"],
        catalogue=s["catalogue"],
    )


def subject(page):
    """The page as the crawl fills it into URLs: with its revision, review and references."""
    page = Page.objects.get(pk=page.pk).specific
    workflow_state = page.current_workflow_state
    task_state = workflow_state.current_task_state if workflow_state else None
    workflow = page.get_workflow()
    references = {}
    for ref in ReferenceIndex.get_references_for_object(page):
        model = ContentType.objects.get_for_id(ref.to_content_type_id).model_class()
        references.setdefault(model._meta.label_lower, []).append(int(ref.to_object_id))
    return Subject(
        page_id=page.pk,
        page_type=(page._meta.app_label, page._meta.model_name),
        revision_id=page.latest_revision_id,
        task_state_id=task_state.pk if task_state else None,
        workflow_state_id=workflow_state.pk if workflow_state else None,
        task_id=task_state.task_id if task_state else None,
        workflow_id=workflow.pk if workflow else None,
        references=references,
    )


def crawl_urls(world, role):
    """Every admin URL with the secret pages' ids. Those without ids, and those with the role's
    own page, once more with the secret ids and "TAJNY" in the query string; the bulk actions
    also on "all pages below" the home page and provider B."""
    pages = [*world.secret_pages, world.home, world.provider_b, world.catalogue]
    subjects = [subject(page) for page in pages]
    for other in subjects[1:]:  # every page is also asked about the review of B's new service
        other.task_state_id = other.task_state_id or subjects[0].task_state_id
        other.task_id = other.task_id or subjects[0].task_id
        other.workflow_state_id = other.workflow_state_id or subjects[0].workflow_state_id
    own = subject(world.own[role])
    ids = "&".join(f"id={page.pk}" for page in world.secret_pages)
    urls = []
    for template in admin_routes({label for s in subjects for label in s.references}):
        urls += fill(template, subjects, own)
        urls += [f"{url}?{ids}&q=TAJNY&search_all=1" for url in fill(template, [own], own)]
    bulk = [url for url in urls if url.startswith("admin/bulk/wagtailcore/") and "?" not in url]
    urls += [f"{url}?id=all&childOf={world.home.pk}&q=TAJNY" for url in bulk]
    urls += [f"{url}?id=all&childOf={world.provider_b.pk}" for url in bulk]
    return ["/" + url for url in dict.fromkeys(urls)]


class Undone(Exception):
    pass


def get_and_undo(client, url):
    """``url`` asked in a savepoint that is then rolled back: nothing a request changes carries
    over, and a view failing in the database (PostgreSQL then refuses every later query of the
    transaction) cannot end the crawl."""
    try:
        with transaction.atomic():
            response = client.get(url)
            raise Undone
    except Undone:
        return response


def shown(response, markers):
    """The markers in the response, or in the messages it leaves for the next page."""
    texts = [response.content.decode(errors="replace")]
    texts += [str(message) for message in get_messages(response.wsgi_request)]
    return [marker for marker in markers if any(marker in text for text in texts)]


@pytest.mark.parametrize("role", ROLES)
def test_no_admin_url_shows_a_role_what_it_may_not_see(role, leak_world):
    client = Client(raise_request_exception=False)  # a crash is no leak; other tests see to it
    client.force_login(leak_world.users[role])
    secret = leak_world.secret
    hidden = [marker for marker, (section, _) in secret.items() if role not in READERS[section]]

    found = {}
    for url in crawl_urls(leak_world, role):
        response = get_and_undo(client, url)
        client.cookies.pop("messages", None)  # each message is checked with its own request
        for marker in shown(response, hidden):
            found.setdefault(url, []).append(" ".join(secret[marker]))

    assert client.get("/admin/").status_code == 200  # still signed in: the crawl really ran
    assert not found, "\n".join(f"{url}: {', '.join(what)}" for url, what in found.items())
