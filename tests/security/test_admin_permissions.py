"""Every admin view the portal adds refuses whoever lacks the permission it declares (issue 14).

The URL patterns under /admin/ are read from Django's URL resolver. Those whose view is ours (a
view from portal, catalogue, campaigns or plans, or one of Wagtail's generic views set up for
one of our models) must declare the permission they need the way Wagtail's own views do
(``PermissionCheckedMixin``: a permission policy and ``permission_required`` or
``any_permission_required``; a chooser's creation form: the model's "add" permission), or be a
function view listed in ``CHECKED_BY_DECORATOR`` with the permission its decorator checks. Each
is then called, GET and POST, anonymously, by an account
that may only enter the admin, and by every demo role the declared permission leaves out (a
provider editor on the registrations, campaign staff on the catalogue's vocabularies, …). Each
must answer 403 or send the caller away (to the sign-in page or the admin's home), send no
e-mail and change no row.

A new admin URL without a declared permission fails here, unless it is listed in
``OPEN_TO_EVERY_ACCOUNT`` with the reason why any signed-in account may use it.
"""

import re
from dataclasses import dataclass
from fnmatch import fnmatch
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.views.generic.chooser import CreateViewMixin as ChooserCreateViewMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from campaigns.models import EventPage, Registration
from catalogue.editors.access import edited_providers
from catalogue.models import ServicePage
from plans.models import EvaluationProposal, PlanMeasure
from tests.campaigns.factories import RegistrationFactory

OUR_PACKAGES = {"portal", "catalogue", "campaigns", "plans"}

# Views any signed-in account may use, and why. Matched against the namespaced URL name.
OPEN_TO_EVERY_ACCOUNT = {
    "security_verify_otp": "the second step of one's own sign-in",
    "security_two_factor_setup": "turns one's own second factor on or off",
    "accounts_confirm_email": "confirms one's own new e-mail, with a link made for that account",
    "wagtailadmin_api:*": "Wagtail's admin API: lists only what the user's permissions allow",
    "catalogue_editors:review_done": "speaks only about review decisions the user made",
    "catalogue_editors:help": "the Czech help page for editors and coordinators",
    "plans_borne_measures": (
        "lists only the measures carried by providers the user edits (403 for anyone else)"
    ),
    "plans_propose_evaluation": (
        "only for a measure carried by a provider the user edits (404 for any other); the "
        "proposal is public only after a plan coordinator approves it"
    ),
    "catalogue_place_lookup": (
        "the map picker's place search in every section's forms: the gazetteer and public "
        "addresses only, which the public map shows anyway"
    ),
    **{
        f"wagtailsnippetchoosers_{model}:{view}": (
            "a public vocabulary, chosen in the page forms of every section"
        )
        for model in [
            "catalogue_lifesituation",
            "catalogue_servicetype",
            "catalogue_serviceform",
            "catalogue_targetgroup",
            "catalogue_agegroup",
            "catalogue_planningarea",
            "catalogue_district",
            "portal_searchsynonym",
            "portal_helpline",
        ]
        for view in ["choose", "choose_results", "chosen", "chosen_multiple"]
    },
}

# Function views protected by a decorator (Wagtail's permission_required): what they check.
CHECKED_BY_DECORATOR = {
    "search_unanswered_report": "portal.view_searchquerylog",
}

ROLES = ["editor-a", "kampane", "planovani", "koordinator"]
ADMIN_ONLY = "jen-pristup"  # may enter the admin, nothing else
POST_DATA = {
    "recipients": "all",
    "subject": "Podvržená zpráva",
    "body": "Text útočníka.",
    "email": "utocnik@example.org",
    "new_email": "utocnik@example.org",
    "name": "Útočník",
    "title": "Podvrh",
    "phrase": "podvrh",
    "meaning": "podvrh",
    "slug": "podvrh",
    "resolution": "accepted",
    "resolution_reasoning": "Podvrh.",
    "status": "cancelled",
}
SIGN_IN_OR_HOME = {"/admin/login/", "/admin/"}


@dataclass(frozen=True)
class AdminRoute:
    name: str
    route: str
    callback: object

    @property
    def view_class(self):
        return getattr(self.callback, "view_class", None) or getattr(self.callback, "cls", None)

    @property
    def initkwargs(self):
        return getattr(self.callback, "view_initkwargs", None) or {}

    @property
    def model(self):
        model = self.initkwargs.get("model") or getattr(self.view_class, "model", None)
        return apps.get_model(model) if isinstance(model, str) else model

    @property
    def parameters(self):
        return re.findall(r"<(?:\w+:)?(\w+)>", self.route)


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            yield from _walk(pattern.url_patterns, route, inner)
        elif pattern.name:
            yield AdminRoute(
                ":".join(filter(None, [namespace, pattern.name])), route, pattern.callback
            )


def _is_ours(route):
    modules = [route.callback.__module__, getattr(route.view_class, "__module__", "")]
    if route.model is not None:
        modules.append(route.model.__module__)
    return any(module.split(".")[0] in OUR_PACKAGES for module in modules)


def our_admin_routes():
    return [
        route
        for route in _walk(get_resolver().url_patterns)
        if route.route.startswith("admin/") and _is_ours(route)
    ]


def open_reason(route):
    return next(
        (reason for name, reason in OPEN_TO_EVERY_ACCOUNT.items() if fnmatch(route.name, name)),
        None,
    )


@dataclass(frozen=True)
class DjangoPermission:
    name: str

    def allows(self, user, instance=None):
        return user.has_perm(self.name)


@dataclass(frozen=True)
class Declared:
    policy: object
    actions: list
    any_of: bool

    def allows(self, user, instance=None):
        policy = self.policy
        if self.any_of:
            allowed = policy.user_has_any_permission(user, self.actions)
        else:
            allowed = policy.user_has_permission(user, self.actions[0])
        if allowed and instance is not None:
            allowed = policy.user_has_any_permission_for_instance(user, self.actions, instance)
        return allowed


def declared_permission(route):
    """The permission the view declares the way Wagtail's views do, or None."""
    if route.name in CHECKED_BY_DECORATOR:
        return DjangoPermission(CHECKED_BY_DECORATOR[route.name])
    view_class = route.view_class
    if view_class is not None and issubclass(view_class, ChooserCreateViewMixin):
        view = view_class(**route.initkwargs)
        return Declared(view.get_permission_policy(), ["add"], any_of=False)
    if view_class is None or not issubclass(view_class, PermissionCheckedMixin):
        return None
    view = view_class(**route.initkwargs)
    if view.permission_required:
        actions, any_of = [view.permission_required], False
    else:
        actions, any_of = list(view.any_permission_required or []), True
    if not view.permission_policy or not actions:
        return None
    return Declared(view.permission_policy, actions, any_of)


ROUTES = our_admin_routes()


def test_the_project_adds_admin_urls_to_check():
    names = {route.name for route in ROUTES}

    assert "campaigns_email_registrants" in names
    assert "search_unanswered_report" in names
    assert {"catalogue_editors:onboard", "catalogue_editors:confirm_verified"} <= names
    assert {"campaigns_registration:index", "plan_comments:index"} <= names


def accounts():
    User = get_user_model()
    users = {username: User.objects.get(username=username) for username in ROLES}
    admin_only = User.objects.create_user(ADMIN_ONLY, email=f"{ADMIN_ONLY}@example.org")
    admin_only.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    users[ADMIN_ONLY] = admin_only
    return users


def subject_of(route, parameter, editor):
    """The object put into ``parameter`` of ``route``: one the callers should not reach."""
    if parameter == "event_id":
        event = EventPage.objects.live().first()
        RegistrationFactory(event=event, email="prihlaseny@example.org")
        return event
    if parameter == "page_id":
        own = [provider.path for provider in edited_providers(editor)]
        services = ServicePage.objects.live().order_by("path")
        return next(service for service in services if not service.path.startswith(tuple(own)))
    if parameter == "pk" and route.model is not None:
        model = route.model
        if model is Registration:
            return RegistrationFactory(event=EventPage.objects.live().first())
        instance = model._default_manager.order_by("pk").first()
        if instance is None and open_reason(route):
            return 999_999  # only anonymous callers, refused before any lookup
        assert instance is not None, f"{route.name}: the demo has no {model._meta.label}"
        return instance
    if parameter == "proposal_id":
        measure = PlanMeasure.objects.order_by("pk").first()
        year = measure.plan.period_start
        return EvaluationProposal.objects.create(measure=measure, year=year, status="done")
    if parameter == "token":
        return "neplatny-odkaz"
    if open_reason(route):
        return 999_999  # only anonymous callers, refused before any lookup
    raise AssertionError(f"{route.name}: say in subject_of() what to put into <{parameter}>")


def database_state(instance):
    counts = {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "axes", "contenttypes"}
    }
    if hasattr(instance, "pk"):
        counts["subject"] = list(type(instance)._default_manager.filter(pk=instance.pk).values())
    return counts


def assert_refused(response, who, method, url):
    where = f"{method} {url} as {who}"
    if response.status_code == 302:
        target = urlsplit(response["Location"]).path
        assert target in SIGN_IN_OR_HOME, f"{where} redirected to {response['Location']}"
    else:
        assert response.status_code == 403, f"{where} answered {response.status_code}"
    assert not mail.outbox, f"{where} sent e-mail to {[m.to for m in mail.outbox]}"


@pytest.mark.parametrize("route", ROUTES, ids=[route.name for route in ROUTES])
def test_admin_view_refuses_whoever_lacks_its_permission(route, demo_site):
    users = accounts()
    declared = declared_permission(route)
    reason = open_reason(route)
    assert declared or reason, (
        f"{route.name} (/{route.route}) declares no permission: give its view Wagtail's "
        "PermissionCheckedMixin with a permission_policy and permission_required (or list a "
        "decorated function view in CHECKED_BY_DECORATOR), or list it in OPEN_TO_EVERY_ACCOUNT "
        "with the reason anyone may use it"
    )
    subjects = {
        parameter: subject_of(route, parameter, users["editor-a"]) for parameter in route.parameters
    }
    instance = next((value for value in subjects.values() if hasattr(value, "pk")), None)
    url = reverse(
        route.name, kwargs={key: getattr(value, "pk", value) for key, value in subjects.items()}
    )
    data = {**POST_DATA, "event": getattr(instance, "pk", "")}
    callers = {"anonym": None}
    if not reason:
        callers.update(
            (name, user) for name, user in users.items() if not declared.allows(user, instance)
        )
    mail.outbox.clear()
    before = database_state(instance)

    for who, user in callers.items():
        client = Client()
        if user is not None:
            client.force_login(user)
        assert_refused(client.get(url), who, "GET", url)
        assert_refused(client.post(url, data), who, "POST", url)

    assert database_state(instance) == before, f"a refused request to {url} changed data"
    assert ADMIN_ONLY in callers or reason
