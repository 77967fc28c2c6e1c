"""Bad input at scale: random, malformed and hostile requests to every public URL and the API.

    .venv/bin/python bench/fuzz.py                  # at least 5 000 requests on the demo site
    .venv/bin/python bench/fuzz.py --requests 20000

The site is the demo content (``load_demo``) in its own SQLite file,
``/tmp/bench-fuzz.sqlite3`` (or ``DATABASE_URL``), requested through Django's test client.
Hypothesis generates the requests: for each public page type, its routes (print view, iCalendar,
registration and comment forms) and every path of our HSDS OpenAPI description, query strings
made of the URL's own parameters and random ones, with plausible values (real slugs, ids and
dates), random text, huge and negative numbers, bytes, unicode and injection payloads, and
random path segments. It prints the responses counted by status and every 5xx with its
request; a 5xx fails the run (exit status 1). ``tests/portal/test_fuzz.py`` runs a short version.
"""

import argparse
import math
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = [
    "",
    " ",
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page;--",
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "../../../../etc/passwd",
    "%00",
    "\x00",
    "\r\nSet-Cookie: x=1",
    "{{7*7}}",
    "${jndi:ldap://127.0.0.1/a}",
    "%(name)s%s%n",
    "-1",
    "0",
    "-0",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "Infinity",
    "0x10",
    "2026-13-45",
    "0000-00-00",
    "9999-12-31",
    "2026-02-30T25:61:00+99:00",
    "[]",
    "{}",
    "null",
    "true",
    "ŽŠČŘĎŤŇ ěščřžýáíé",
    "🙂" * 40,
    "a" * 3000,
    "١٢٣",
    "\u202e\u200b\ufeff",
]


@dataclass
class Target:
    """One URL (a path, or a template with ``{}`` for a random or real id) and its parameters."""

    path: str
    params: tuple = ()
    methods: tuple = ("GET",)
    ids: list = field(default_factory=list)


def values(plausible=()):
    parts = [
        st.sampled_from(HOSTILE),
        st.text(max_size=40),
        st.integers(-(2**70), 2**70).map(str),
        st.floats().map(str),
        st.dates().map(date.isoformat),
        st.datetimes().map(datetime.isoformat),
        st.uuids().map(str),
        st.binary(max_size=24).map(lambda raw: raw.decode("latin-1")),
    ]
    if plausible:
        parts.insert(0, st.sampled_from(list(plausible)))
    return st.one_of(parts)


def query(names, plausible):
    """A query string as a dict of lists: mostly the URL's own parameters, some random ones."""
    known = st.sampled_from(list(names)) if names else st.text(min_size=1, max_size=12)
    key = st.one_of(known, known, known, st.text(min_size=1, max_size=12))
    pair = key.flatmap(
        lambda name: st.tuples(
            st.just(name), st.lists(values(plausible.get(name, ())), min_size=1, max_size=3)
        )
    )
    return st.lists(pair, max_size=6).map(dict)


def requests(target, plausible):
    """(method, path, data) for one target."""
    path = st.just(target.path)
    if "{}" in target.path:
        segment = st.one_of(
            st.sampled_from(target.ids or ["x"]), values().map(lambda v: quote(v, safe=""))
        )
        path = segment.map(lambda value: target.path.replace("{}", value[:300] or "x"))
    return st.tuples(st.sampled_from(target.methods), path, query(target.params, plausible))


def send(client, method, path, data):
    """The response's status; a streamed body is read through (its errors count as 500)."""
    if method == "POST":
        response = client.post(path, data)
    elif method == "HEAD":
        response = client.head(path, data)
    else:
        response = client.get(path, data)
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)
    return response.status_code


def fuzz(client, targets, plausible, per_target, derandomize=False, report=None):
    """Send ``per_target`` generated requests to each target; return (Counter, failures).
    With ``derandomize`` every run sends the same requests (for the test suite)."""
    import logging

    from django.core.signals import got_request_exception

    counts, failures, errors = Counter(), [], []
    logging.getLogger("django.request").setLevel(logging.CRITICAL)  # 4xx are expected here

    def remember(sender, request=None, **kwargs):
        errors.append(repr(sys.exc_info()[1])[:300])

    got_request_exception.connect(remember)
    try:
        for position, target in enumerate(targets):

            @settings(
                max_examples=per_target,
                database=None,
                deadline=None,
                derandomize=derandomize,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            @given(request=requests(target, plausible))
            def run(request):
                method, path, data = request
                errors.clear()
                try:
                    status = send(client, method, path, data)
                except Exception as error:  # an error inside a streamed body
                    status, errors[:] = 500, [repr(error)[:300]]
                counts[status] += 1
                if status >= 500:
                    failures.append((method, path[:200], str(data)[:300], status, list(errors)))

            run()
            if report:
                report(position + 1, len(targets), target.path, sum(counts.values()))
    finally:
        got_request_exception.disconnect(remember)
    return counts, failures


def hsds_targets(plausible, ids):
    """Every path of our OpenAPI description with its own parameters."""
    from catalogue.hsds.openapi import describe

    spec = describe("http://testserver/api/hsds")
    components = spec["components"]["parameters"]
    found = []
    for path, item in spec["paths"].items():
        names = []
        for parameter in item.get("get", {}).get("parameters", []):
            if "$ref" in parameter:
                parameter = components[parameter["$ref"].rsplit("/", 1)[1]]
            if parameter.get("in") == "query":
                names.append(parameter["name"])
        url = "/api/hsds" + path.replace("{id}", "{}")
        kind = path.strip("/").split("/")[0] or "root"
        found.append(Target(url, tuple(names), ("GET", "GET", "HEAD", "POST"), ids.get(kind, [])))
    return found


def site_targets():
    """Every public page type of the database's content, its routes and forms."""
    from campaigns.models import (
        CampaignIndexPage,
        CampaignPage,
        EventIndexPage,
        EventPage,
        NewsIndexPage,
        NewsPage,
    )
    from catalogue.models import CatalogueIndexPage, ProviderPage, ServicePage
    from plans.models import (
        CommunityPlanPage,
        DocumentLibraryPage,
        MeetingMinutesPage,
        WorkingGroupPage,
    )
    from portal.models import HomePage, StandardPage

    def url(model, **filters):
        page = model.objects.live().filter(**filters).order_by("path").first()
        return page.url if page else None

    catalogue = ("q", "situace", "oblast", "skupina", "druh", "forma", "obvod", "razeni", "strana")
    events = ("od", "do", "kategorie", "kampan", "mesic", "strana")
    plan_filters = ("skupina", "stav", "nositel", "k")
    registration = ("name", "email", "organisation", "note", "consent", "website")
    comment = ("target", "name", "email", "comment", "consent", "website")
    browse, listen = ("GET", "GET", "HEAD"), ("GET", "POST", "POST")
    catalogue_url = url(CatalogueIndexPage)
    campaign, event, plan = url(CampaignPage), url(EventPage), url(CommunityPlanPage)
    news, events_url = url(NewsIndexPage), url(EventIndexPage)
    registration_event = url(EventPage, registration_enabled=True)
    pages = [
        (url(HomePage), ("q",), browse),
        (url(StandardPage), ("strana",), browse),
        (catalogue_url, catalogue, browse),
        (catalogue_url and catalogue_url + "tisk/", catalogue, browse),
        (url(ProviderPage), catalogue, browse),
        (url(ServicePage), ("q",), browse),
        (url(CampaignIndexPage), ("strana",), browse),
        (campaign, events, browse),
        (campaign and campaign + "kalendar.ics", events, browse),
        (events_url, events, browse),
        (events_url and events_url + "kalendar.ics", events, browse),
        (event, ("nova", "zruseno"), browse),
        (event and event + "kalendar.ics", (), browse),
        (registration_event and registration_event + "registrace/", registration, listen),
        (news, ("strana",), browse),
        (news and news + "rss/", ("strana",), browse),
        (url(NewsPage), (), browse),
        (plan, plan_filters, browse),
        (plan and plan + "tisk/", plan_filters, browse),
        (plan and plan + "pripominky/", ("k",) + comment, listen),
        (plan and plan + "vyporadani/", plan_filters, browse),
        (url(WorkingGroupPage), (), browse),
        (url(MeetingMinutesPage), (), browse),
        (url(DocumentLibraryPage), ("q", "kolekce", "rok", "typ", "strana"), browse),
        ("/hledat/", ("q", "typ", "strana"), browse),
        ("/hledat/napoveda/", ("q",), browse),
        ("/sitemap.xml", ("p",), browse),
        ("/robots.txt", (), browse),
        ("/api/v2/pages/", ("type", "fields", "search", "limit", "offset", "order"), browse),
    ]
    targets = [Target(path, params, methods) for path, params, methods in pages if path]
    for prefix in ("/katalog/{}/", "/akce/{}/", "/komunitni-planovani/{}/", "/{}/"):
        targets.append(Target(prefix, ("q",)))
    return targets


def plausible_values():
    """Real slugs, ids and dates of the database, so that some requests reach deep code."""
    from campaigns.models import CampaignPage
    from catalogue.hsds import ids
    from catalogue.hsds.taxonomy import KINDS, Vocabulary
    from catalogue.models import (
        District,
        LifeSituation,
        PlanningArea,
        ProviderPage,
        ServiceForm,
        ServicePage,
        ServicePlace,
        ServiceType,
        TargetGroup,
    )

    def slugs(model):
        return list(model.objects.values_list("slug", flat=True)[:20])

    vocabulary = Vocabulary("http://testserver")
    services = [str(key) for key in ServicePage.objects.values_list("translation_key", flat=True)]
    providers = [str(key) for key in ProviderPage.objects.values_list("translation_key", flat=True)]
    terms = [str(term_id) for term_id in list(vocabulary.by_id)[:40]]
    taxonomies = [str(kind.id) for kind in KINDS]
    places = [
        str(ids.service_at_location_id(pk))
        for pk in ServicePlace.objects.values_list("pk", flat=True)[:20]
    ]
    today = date.today()
    plausible = {
        "situace": slugs(LifeSituation),
        "oblast": slugs(PlanningArea),
        "skupina": slugs(TargetGroup),
        "druh": slugs(ServiceType),
        "forma": slugs(ServiceForm),
        "obvod": slugs(District),
        "kampan": slugs(CampaignPage),
        "razeni": ["relevance", "nazev"],
        "strana": ["1", "2", "3", "999999"],
        "page": ["1", "2", "0", "-1"],
        "per_page": ["1", "20", "100", "101"],
        "od": [today.isoformat()],
        "do": [today.isoformat()],
        "mesic": [today.strftime("%Y-%m")],
        "kategorie": ["konference", "seminar", "setkani"],
        "typ": ["pdf", "docx", "sluzby", "akce"],
        "q": ["azylový dům", "senioři", "pěstoun", "dluhy"],
        "search": ["azylovy dum", "senior"],
        "format": ["json", "ndjson"],
        "full": ["true", "false"],
        "minimal": ["true", "false"],
        "full_service": ["true", "false"],
        "taxonomy_term_id": terms,
        "taxonomy_id": taxonomies,
        "parent_id": terms,
        "organization_id": providers,
        "modified_after": ["2020-01-01", "2020-01-01T00:00:00+01:00"],
        "postcode": ["70200", "702 00"],
        "proximity": ["500", "2000"],
        "near": ["49.835,18.292", "49.835,18.292,2000", "0,0,1"],
        "email": ["jana@example.org"],
        "consent": ["on"],
    }
    ids_by_kind = {
        "services": services,
        "organizations": providers,
        "taxonomy_terms": terms,
        "taxonomies": taxonomies,
        "service_at_locations": places,
    }
    return plausible, ids_by_kind


def all_targets():
    plausible, ids_by_kind = plausible_values()
    return site_targets() + hsds_targets(plausible, ids_by_kind), plausible


def print_counts(counts, failures, elapsed):
    total = sum(counts.values())
    print(f"Požadavků celkem: {total} za {elapsed:.0f} s ({total / elapsed:.0f}/s)")
    for status, count in sorted(counts.items()):
        print(f"  {status}: {count}")
    server_errors = sum(count for status, count in counts.items() if status >= 500)
    print(f"5xx: {server_errors}")
    for method, path, data, status, errors in failures[:30]:
        print(f"  {status} {method} {path} {data} {errors}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    args = parser.parse_args()
    os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bench-fuzz.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from portal.demo import load_demo

    call_command("migrate", verbosity=0)
    load_demo(log=lambda message: None)
    targets, plausible = all_targets()
    per_target = math.ceil(args.requests / len(targets)) + 5
    print(f"{len(targets)} adres, {per_target} požadavků na adresu", flush=True)
    client = Client(raise_request_exception=False)
    start = time.perf_counter()
    counts, failures = fuzz(
        client,
        targets,
        plausible,
        per_target,
        report=lambda done, total, path, sent: print(
            f"  [{done}/{total}] {path}: celkem {sent}", flush=True
        ),
    )
    print_counts(counts, failures, time.perf_counter() - start)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
