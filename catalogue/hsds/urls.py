"""URLs of the HSDS 3.0 open-data API (included at /api/hsds/)."""

from django.urls import path, re_path

from catalogue.hsds import openapi, views

app_name = "hsds"

urlpatterns = [
    path("", views.api_root, name="root"),
    path("dokumentace/", views.documentation, name="documentation"),
    path("openapi.json", openapi.openapi_json, name="openapi"),
    path("services", views.service_list, name="services"),
    path("services/<str:service_id>", views.service_detail, name="service"),
    path("organizations", views.organization_list, name="organizations"),
    path("organizations/<str:organization_id>", views.organization_detail, name="organization"),
    path("taxonomies", views.taxonomy_list, name="taxonomies"),
    path("taxonomies/<str:taxonomy_id>", views.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_term_list, name="taxonomy_terms"),
    path("taxonomy_terms/<str:term_id>", views.taxonomy_term_detail, name="taxonomy_term"),
    path("service_at_locations", views.service_at_location_list, name="service_at_locations"),
    path(
        "service_at_locations/<str:sal_id>",
        views.service_at_location_detail,
        name="service_at_location",
    ),
    # anything else under /api/hsds/ answers in JSON too, never with the site's HTML 404 page
    re_path(r"^(?P<rest>.*)$", views.unknown_address, name="unknown"),
]
