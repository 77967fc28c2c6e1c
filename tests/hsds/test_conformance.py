"""A client written against the official HSDS 3.0 OpenAPI can use our API.

schemathesis generates requests from the official description (bundled with every ``$ref``
resolved: ``catalogue/hsds/spec/official-openapi.json``) and sends them to a live test server
with a small committed catalogue: every check it has must pass. The only failures excused are
the deviations README lists under "Open data": each is a predicate below that looks at the very
request and response, so a real fault is never excused along with them.
"""

import datetime
import json
import re
import uuid
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
import schemathesis
from pytest_django.live_server_helper import LiveServer
from schemathesis.engine import events, from_schema
from schemathesis.openapi.checks import (
    JsonSchemaError,
    RejectedPositiveData,
    UndefinedContentType,
    UndefinedStatusCode,
)

from catalogue.hsds import ids
from catalogue.hsds.openapi import OFFICIAL
from catalogue.hsds.params import MAX_PER_PAGE
from catalogue.hsds.proximity import MAX_RADIUS
from catalogue.hsds.taxonomy import KINDS, Vocabulary
from catalogue.models import District, ProviderPage, ServicePlace
from portal.demo.site import ensure_home_page
from tests.catalogue import factories as f
from tests.database_state import default_connection, migrated_state, restore

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 25  # with every phase about 600 requests, under a minute
SEED = 20261130
PARAMETER = re.compile(r"^Parametr „(\w+)“")
FLAGS = {"minimal", "full", "full_service", "top_only"}
UUID_PARAMETERS = {"taxonomy_term_id", "taxonomy_id", "organization_id", "parent_id"}


def build_catalogue():
    """Two providers, five services; places at PSČ 702 00 and 703 00 with coordinates, and one
    secret address."""
    catalogue = f.catalogue_index(ensure_home_page(lambda message: None))
    charity = f.provider(catalogue, "Charita Shoda", "charita-shoda")
    homes = f.provider(catalogue, "Domov Shoda, příspěvková organizace", "domov-shoda")
    poruba = District.objects.create(name="Poruba")
    f.service(charity, "Azylový dům Shoda", "azylovy-dum-shoda")
    f.service(charity, "Noclehárna Shoda", "nocleharna-shoda", district=poruba)
    f.service(charity, "Utajený azylový dům", "utajeny-azylovy-dum", secret=True)
    centre = f.service(homes, "Poradna Shoda", "poradna-shoda")
    ServicePlace.objects.filter(service=centre).update(
        postcode="70200", latitude=Decimal("49.835000"), longitude=Decimal("18.292000")
    )
    f.service(homes, "Domov pro seniory Shoda", "domov-pro-seniory-shoda")


class Deviations:
    """The documented deviations from the official description (README, "Open data")."""

    def __init__(self):
        self.known_ids = {
            "taxonomy_term_id": set(Vocabulary().by_id),
            "taxonomy_id": {kind.id for kind in KINDS},
            "organization_id": {ids.page_id(page) for page in ProviderPage.objects.live()},
        }
        self.postcodes = {
            "".join(code.split())
            for code in ServicePlace.objects.filter(address_secret=False).values_list(
                "postcode", flat=True
            )
            if code
        }
        self.unexcused = []

    def keep(self, failure, case, response):
        """For schemathesis' ``filter_failure`` hook: False drops a failure that is documented;
        the others are also collected in ``unexcused``."""
        sent = parse_qs(urlsplit(response.request.url).query, keep_blank_values=True)
        documented = (
            self.error_documented_in_our_description(failure, response)
            or self.strict_parameter(failure, response, sent)
            or self.minimal_services(failure, case, response, sent)
            or self.ndjson_stream(failure, response, sent)
        )
        if not documented:
            self.unexcused.append(
                f"{failure.title} ({type(failure).__name__}): {response.request.method} "
                f"{response.request.url} -> {response.status_code} {response.content[:300]!r}"
                f"\n    {failure.message[:300]}"
            )
        return not documented

    @staticmethod
    def czech_error(response):
        try:
            body = json.loads(response.content)
        except ValueError:
            return None
        message = body.get("error") if isinstance(body, dict) else None
        return message if isinstance(message, str) and message else None

    def error_documented_in_our_description(self, failure, response):
        """The official text documents only 200; our description adds 400, 404 and 405."""
        return (
            isinstance(failure, UndefinedStatusCode)
            and response.status_code in (400, 404, 405)
            and self.czech_error(response) is not None
        )

    def strict_parameter(self, failure, response, sent):
        """A value the official schema allows (any string or integer) that means nothing here is
        refused with 400 naming the parameter; excused only if the value really is meaningless."""
        if not (isinstance(failure, RejectedPositiveData) and response.status_code == 400):
            return False
        found = PARAMETER.match(self.czech_error(response) or "")
        if not found or found.group(1) not in sent:
            return False
        name = found.group(1)
        return self.meaningless(name, sent[name][0], sent)

    def meaningless(self, name, value, sent):
        value = value.strip()
        if name in ("page", "per_page"):
            limit = MAX_PER_PAGE if name == "per_page" else 10**9
            return not (value.isascii() and value.isdigit() and 1 <= int(value) < limit + 1)
        if name == "format":
            return value.lower() not in ("", "json", "ndjson")
        if name in FLAGS:
            return value.lower() not in ("", "true", "false")
        if name in UUID_PARAMETERS:
            known = self.known_ids.get(name)  # any UUID is a valid parent_id (none has children)
            return any(
                not is_uuid(part) or (known is not None and str(uuid.UUID(part)) not in known)
                for part in value.split(",")
                if part.strip()
            )
        if name == "modified_after":
            return not is_iso_moment(value)
        if name == "postcode":
            return "".join(value.split()) not in self.postcodes
        if name == "proximity":
            metres = number(value)
            return not sent.get("postcode", [""])[0].strip() or not (
                metres is not None and 0 < metres <= MAX_RADIUS
            )
        return False

    @staticmethod
    def minimal_services(failure, case, response, sent):
        """``minimal=true`` answers what the parameter's description says (only id and
        modified_date), which the response schema of the same operation does not allow."""
        if not isinstance(failure, JsonSchemaError) or case.operation.path != "/services":
            return False
        if sent.get("minimal", [""])[0].lower() != "true":
            return False
        contents = json.loads(response.content)["contents"]
        return all(set(item) == {"id", "modified_date"} for item in contents)

    @staticmethod
    def ndjson_stream(failure, response, sent):
        """``format=ndjson`` streams NDJSON as the parameter says; the official text lists only
        application/json for the answer."""
        return (
            isinstance(failure, UndefinedContentType)
            and sent.get("format", [""])[0].lower() == "ndjson"
            and response.headers.get("content-type", [""])[0].startswith("application/x-ndjson")
        )


def is_uuid(text):
    try:
        uuid.UUID(text.strip())
    except ValueError:
        return False
    return True


def is_iso_moment(text):
    for parse in (datetime.datetime.fromisoformat, datetime.date.fromisoformat):
        try:
            parse(text.replace(" ", "+"))
        except ValueError:
            continue
        return True
    return False


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


@pytest.fixture(scope="module")
def live_catalogue(django_db_setup, django_db_blocker):
    """A live server with ``build_catalogue`` committed; the database is given back its state
    after migrations when the module's tests are done."""
    with django_db_blocker.unblock():
        connection = default_connection()
        state = migrated_state(connection)
    server = None
    try:
        with django_db_blocker.unblock():
            build_catalogue()
            deviations = Deviations()
            server = LiveServer("localhost")
        yield server.url, deviations
    finally:
        if server is not None:
            server.stop()
        with django_db_blocker.unblock():
            restore(connection, state)


def run_schemathesis(base_url, deviations):
    """Every phase and every check of schemathesis; returns (requests made, engine errors)."""
    config = schemathesis.Config.from_dict(
        {
            "base-url": base_url,
            "seed": SEED,
            "workers": 1,
            "continue-on-failure": True,
            # no keep-alive: no request thread of the live server outlives the run
            "headers": {"Connection": "close"},
            "checks": {"enabled": True},
            "generation": {"max-examples": EXAMPLES_PER_OPERATION, "database": "none"},
        }
    )
    schema = schemathesis.openapi.from_path(OFFICIAL, config=config)

    @schema.hook
    def filter_failure(context, failure, case, response):
        return deviations.keep(failure, case, response)

    made, errors = 0, []
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            made += len(event.recorder.interactions)
        elif isinstance(event, events.NonFatalError | events.FatalError):
            errors.append(str(getattr(event, "value", None) or event.exception))
    return made, errors


def test_official_description_finds_nothing_but_documented_deviations(live_catalogue):
    url, deviations = live_catalogue
    made, errors = run_schemathesis(url + "/api/hsds", deviations)
    assert errors == []
    assert made > 300
    assert deviations.unexcused == [], "\n".join(deviations.unexcused[:20])


def test_the_check_itself_reports_a_real_fault(live_catalogue):
    """A 400 for a meaningful value, or an HTML error page, is never excused."""
    _url, deviations = live_catalogue
    assert deviations.meaningless("per_page", "0", {})
    assert not deviations.meaningless("per_page", "50", {})
    assert not deviations.meaningless("postcode", "702 00", {})
    assert deviations.meaningless("postcode", "70999", {})
    assert deviations.meaningless("proximity", "2000", {})
    assert not deviations.meaningless("proximity", "2000", {"postcode": ["70200"]})
    assert not deviations.meaningless("taxonomy_id", KINDS[0].id, {})
    assert deviations.czech_error(SimpleNamespace(content=b"<html>403</html>")) is None
