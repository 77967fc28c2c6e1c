from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import routing
from portal.api import api_router
from portal.branding import brand_stylesheet
from portal.security.media_serving import serve_media
from portal.views import robots_txt

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("", include("portal.security.urls")),  # the second login factor, under admin/
    # Wagtail admin views narrowed to what each role may see, in front of Wagtail's own.
    path("admin/", include("portal.admin_visibility.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("soubory/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("vzhled.css", brand_stylesheet, name="brand_stylesheet"),
]

# A lost database connection outside a view: the Czech 503 page, not a 500.
handler500 = "portal.resilience.views.server_error"

# Uploaded images, only those the visitor may see; document files never (README "Uploaded files").
urlpatterns += [path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, name="media")]

urlpatterns += [
    path("api/hsds/", include("catalogue.hsds.urls")),
    path("", include("catalogue.map_urls")),
    path("", include("catalogue.printing.urls")),
    path("", include("campaigns.urls")),
    path("", include("portal.search.urls")),
    # Wagtail's page view with its routing remembered (portal.routing), under Wagtail's name.
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
