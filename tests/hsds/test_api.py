"""Other systems read the catalogue through the HSDS 3.0 API."""

import json

import pytest

from catalogue.hsds import ids
from catalogue.hsds.taxonomy import KINDS_BY_KEY
from catalogue.models import ServicePage

pytestmark = pytest.mark.django_db


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content[:500]
    return response.json()


def assert_valid(validator, data):
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def assert_page(data):
    for key in ("total_items", "total_pages", "page_number", "size", "contents"):
        assert key in data
    assert data["size"] == len(data["contents"])


def test_root_tells_the_version_and_where_the_description_is(client, sample):
    data = get_json(client, "/api/hsds/")
    assert data["version"] == "3.0"
    assert data["openapi_url"].endswith("/api/hsds/openapi.json")
    assert get_json(client, "/api/hsds/openapi.json")["openapi"].startswith("3.")


def test_every_endpoint_validates_against_the_official_schemas(client, sample, hsds_schemas):
    services = get_json(client, "/api/hsds/services", per_page=100)
    assert_page(services)
    assert services["total_items"] == 5
    for item in services["contents"]:
        assert_valid(hsds_schemas["service_list"], item)
    full = get_json(client, "/api/hsds/services", per_page=100, full="true")
    for item in full["contents"]:
        assert_valid(hsds_schemas["service"], item)
    detail = get_json(client, f"/api/hsds/services/{sample['seniors'].translation_key}")
    assert_valid(hsds_schemas["service"], detail)
    assert detail["name"] == "Domov pro seniory Ukázka"
    assert detail["cost_options"][0]["currency"] == "CZK"

    organizations = get_json(client, "/api/hsds/organizations")
    assert organizations["total_items"] == 2
    for item in organizations["contents"]:
        assert_valid(hsds_schemas["organization_list"], item)
        assert_valid(hsds_schemas["organization"], item)
    org = get_json(
        client, f"/api/hsds/organizations/{sample['homes'].translation_key}", full_service="true"
    )
    assert_valid(hsds_schemas["organization"], org)
    assert org["organization_identifiers"][0]["identifier_scheme"] == "CZ-ICO"
    assert len(org["services"]) == 2

    taxonomies = get_json(client, "/api/hsds/taxonomies")
    assert taxonomies["total_items"] == 7
    for item in taxonomies["contents"]:
        assert_valid(hsds_schemas["taxonomy"], item)
    taxonomy = get_json(client, f"/api/hsds/taxonomies/{taxonomies['contents'][0]['id']}")
    assert_valid(hsds_schemas["taxonomy"], taxonomy)
    terms = get_json(client, "/api/hsds/taxonomy_terms", per_page=100)
    for item in terms["contents"]:
        assert_valid(hsds_schemas["taxonomy_term"], item)
    term = get_json(client, f"/api/hsds/taxonomy_terms/{terms['contents'][0]['id']}")
    assert_valid(hsds_schemas["taxonomy_term"], term)

    places = get_json(client, "/api/hsds/service_at_locations", per_page=100)
    assert places["total_items"] == 5
    for item in places["contents"]:
        assert_valid(hsds_schemas["service_at_location"], item)
    one = get_json(client, f"/api/hsds/service_at_locations/{places['contents'][0]['id']}")
    assert_valid(hsds_schemas["service_at_location"], one)


def test_demo_catalogue_validates(client, demo_site, hsds_schemas):
    data = get_json(client, "/api/hsds/services", per_page=100, full="true")
    assert data["total_items"] > 10
    for item in data["contents"]:
        assert_valid(hsds_schemas["service"], item)
    for item in get_json(client, "/api/hsds/organizations", per_page=100)["contents"]:
        assert_valid(hsds_schemas["organization"], item)


def test_ids_stay_the_same_after_an_edit(client, sample):
    service = sample["seniors"]
    before = get_json(client, f"/api/hsds/services/{service.translation_key}")
    service.summary = "Nové shrnutí."
    service.save_revision().publish()
    after = get_json(client, f"/api/hsds/services/{service.translation_key}")
    assert after["id"] == before["id"]
    assert after["description"].startswith("Nové shrnutí.")
    assert [a["id"] for a in after["attributes"]] == [a["id"] for a in before["attributes"]]


def test_a_secret_address_never_appears(client, sample):
    secret = sample["secret"]
    place = secret.places.get()
    place.street = "Tajná 13"
    place.postcode = "709 00"
    place.save()
    body = client.get("/api/hsds/services", {"full": "true", "per_page": 100}).content.decode()
    body += client.get(f"/api/hsds/services/{secret.translation_key}").content.decode()
    body += client.get("/api/hsds/service_at_locations", {"per_page": 100}).content.decode()
    body += client.get("/api/hsds/services", {"format": "ndjson"}).getvalue().decode()
    assert "Tajná" not in body
    assert "709 00" not in body
    detail = get_json(client, f"/api/hsds/services/{secret.translation_key}")
    location = detail["service_at_locations"][0]["location"]
    assert "addresses" not in location and "latitude" not in location
    by_postcode = client.get("/api/hsds/service_at_locations", {"postcode": "70900"})
    assert by_postcode.status_code == 400  # as for a postcode nobody has
    assert "Tajná" not in by_postcode.content.decode()


def test_a_draft_never_appears(client, sample):
    draft = sample["foster"]
    draft.title = "Neschválený název"
    draft.save_revision()
    draft.unpublish()
    body = client.get("/api/hsds/services", {"full": "true", "per_page": 100}).content.decode()
    assert "Poradna pro pěstounskou péči" not in body and "Neschválený" not in body
    get_json(client, f"/api/hsds/services/{draft.translation_key}", status=404)


def test_filters_combine_with_and(client, sample):
    vocabulary_seniors = sample["seniors"].target_groups.get()
    term = ids.term_id("cilova-skupina", vocabulary_seniors.slug)
    data = get_json(client, "/api/hsds/services", taxonomy_term_id=term)
    assert [s["name"] for s in data["contents"]] == ["Domov pro seniory Ukázka"]
    charity = str(sample["charity"].translation_key)
    both = get_json(client, "/api/hsds/services", taxonomy_term_id=term, organization_id=charity)
    assert both["total_items"] == 0
    situation = ids.term_id("zivotni-situace", "nemam-kde-prespat")
    shelters = get_json(client, "/api/hsds/services", taxonomy_term_id=situation)
    assert shelters["total_items"] == 3
    areas = KINDS_BY_KEY["oblast-planovani"].id
    assert get_json(client, "/api/hsds/services", taxonomy_id=areas)["total_items"] == 5


def test_search_ignores_diacritics_like_the_catalogue(client, sample):
    data = get_json(client, "/api/hsds/services", search="azylovy dum poruba")
    assert [s["name"] for s in data["contents"]] == ["Azylový dům Poruba"]


def test_modified_after_keeps_recent_services(client, sample):
    assert get_json(client, "/api/hsds/services", modified_after="2000-01-01")["total_items"] == 5
    assert get_json(client, "/api/hsds/services", modified_after="2999-01-01")["total_items"] == 0
    published = ServicePage.objects.get(pk=sample["seniors"].pk).last_published_at.isoformat()
    on_the_moment = get_json(client, "/api/hsds/services", modified_after=published)
    assert "Domov pro seniory Ukázka" in [s["name"] for s in on_the_moment["contents"]]


def test_minimal_gives_every_service_with_only_its_id_and_modification(client, sample):
    data = get_json(client, "/api/hsds/services", minimal="true")
    assert data["total_items"] == data["size"] == 5 and data["total_pages"] == 1
    seniors = ServicePage.objects.get(pk=sample["seniors"].pk)
    assert {
        "id": str(seniors.translation_key),
        "modified_date": seniors.last_published_at.isoformat(),
    } in data["contents"]
    assert all(set(item) == {"id", "modified_date"} for item in data["contents"])
    paged = get_json(client, "/api/hsds/services", minimal="true", full="true", per_page=2)
    assert paged["size"] == 2 and paged["total_pages"] == 3
    assert all(set(item) == {"id", "modified_date"} for item in paged["contents"])


def test_every_list_streams_as_ndjson(client, sample):
    for url, count in [
        ("/api/hsds/organizations", 2),
        ("/api/hsds/taxonomies", 7),
        ("/api/hsds/service_at_locations", 5),
    ]:
        response = client.get(url, {"format": "ndjson"})
        assert response["Content-Type"].startswith("application/x-ndjson")
        lines = b"".join(response.streaming_content).decode().splitlines()
        assert len(lines) == count
        assert all(json.loads(line)["id"] for line in lines)


def test_organizations_list_their_services_when_asked(client, sample, hsds_schemas):
    plain = get_json(client, "/api/hsds/organizations")["contents"]
    assert all("services" not in org for org in plain)
    listed = get_json(client, "/api/hsds/organizations", full="true")["contents"]
    homes = next(org for org in listed if org["name"].startswith("Domov Ukázka"))
    assert [s["name"] for s in homes["services"]] == [
        "Domov pro seniory Ukázka",
        "Poradna pro pěstounskou péči",
    ]
    assert "service_at_locations" not in homes["services"][0]
    full = get_json(client, "/api/hsds/organizations", full_service="true")["contents"]
    for org in full:
        assert_valid(hsds_schemas["organization"], org)
        for service in org["services"]:
            assert service["service_at_locations"]


def test_places_and_taxonomies_filter_like_the_services(client, sample):
    charity = str(sample["charity"].translation_key)
    places = get_json(client, "/api/hsds/service_at_locations", organization_id=charity)
    assert places["total_items"] == 3
    services = get_json(client, "/api/hsds/services", search="domov pro seniory", per_page=100)
    places = get_json(client, "/api/hsds/service_at_locations", search="domov pro seniory")
    found = {service["id"] for service in services["contents"]}
    assert str(sample["seniors"].translation_key) in found
    assert {place["service_id"] for place in places["contents"]} == found
    taxonomies = get_json(client, "/api/hsds/taxonomies", search="cilove skupiny")
    assert [t["name"] for t in taxonomies["contents"]] == ["Cílové skupiny"]
    terms = get_json(client, "/api/hsds/taxonomy_terms", search="SENIOŘI", per_page=100)
    assert "senioři" in [t["name"] for t in terms["contents"]]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"per_page": "0"}, 400),
        ({"per_page": "1000"}, 400),
        ({"page": "-1"}, 400),
        ({"page": "abc"}, 400),
        ({"page": "999"}, 404),
        ({"taxonomy_term_id": "not-a-uuid"}, 400),
        ({"taxonomy_term_id": "00000000-0000-0000-0000-000000000000"}, 400),
        ({"taxonomy_id": "00000000-0000-0000-0000-000000000000"}, 400),
        ({"organization_id": "00000000-0000-0000-0000-000000000000"}, 400),
        ({"modified_after": "včera"}, 400),
        ({"full": "možná"}, 400),
        ({"minimal": "2"}, 400),
        ({"format": "xml"}, 400),
    ],
)
def test_bad_parameters_get_a_czech_json_error(client, sample, params, status):
    response = client.get("/api/hsds/services", params)
    assert response.status_code == status
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["error"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/hsds/services/not-a-uuid",
        "/api/hsds/services/00000000-0000-0000-0000-000000000000",
        "/api/hsds/organizations/123",
        "/api/hsds/taxonomies/00000000-0000-0000-0000-000000000000",
        "/api/hsds/taxonomy_terms/xyz",
        "/api/hsds/service_at_locations/00000000-0000-0000-0000-000000000000",
    ],
)
def test_unknown_objects_get_a_json_404(client, sample, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "error" in response.json()


def test_responses_are_open_and_cacheable(client, sample):
    response = client.get("/api/hsds/services")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age=300" in response["Cache-Control"]
    again = client.get(
        "/api/hsds/services",
        headers={"if-none-match": response["ETag"]},
    )
    assert again.status_code == 304
    since = client.get(
        "/api/hsds/services", headers={"if-modified-since": response["Last-Modified"]}
    )
    assert since.status_code == 304
    other = client.get(
        "/api/hsds/services", {"page": 1}, headers={"if-none-match": response["ETag"]}
    )
    assert other.status_code == 200


def test_the_etag_changes_when_a_service_is_published(client, sample):
    etag = client.get("/api/hsds/services")["ETag"]
    sample["seniors"].save_revision().publish()
    response = client.get("/api/hsds/services", headers={"if-none-match": etag})
    assert response.status_code == 200


def test_query_count_does_not_grow_with_the_page_size(
    client, sample, django_assert_max_num_queries
):
    counts = {}
    for per_page in (1, 5, 50):
        with django_assert_max_num_queries(25) as captured:
            response = client.get("/api/hsds/services", {"per_page": per_page, "full": "true"})
        assert response.json()["size"] == min(per_page, 5)
        counts[per_page] = len(captured)
    assert counts[1] == counts[5] == counts[50]


def test_ndjson_streams_the_whole_catalogue(client, sample, hsds_schemas):
    response = client.get("/api/hsds/services", {"format": "ndjson"})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("application/x-ndjson")
    lines = b"".join(response.streaming_content).decode().splitlines()
    services = [json.loads(line) for line in lines]
    assert len(services) == ServicePage.objects.live().count() == 5
    for service in services:
        assert_valid(hsds_schemas["service"], service)


def test_the_czech_documentation_page_explains_the_api(client, sample):
    response = client.get("/api/hsds/dokumentace/")
    assert response.status_code == 200
    assert "per_page" in response.content.decode()
    assert "<h1>" in response.content.decode()
