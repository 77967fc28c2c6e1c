"""Replacements for Wagtail's admin views outside the page viewset, in front of Wagtail's URLs.

The paths are Wagtail's own, so Wagtail's URL names keep leading here; the views are wrapped
like Wagtail wraps its admin views.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.utils.urlpatterns import decorate_urlpatterns

from portal.admin_visibility import views

urlpatterns = [
    path("choose-page/", views.ChooserBrowseView.as_view()),
    path("choose-page/<int:parent_page_id>/", views.ChooserBrowseView.as_view()),
    path("choose-page/search/", views.ChooserSearchView.as_view()),
    path("choose-page/chosen-multiple/", views.ChosenMultipleView.as_view()),
    path("choose-external-link/", views.ExternalLinkView.as_view()),
    path("reports/page-types-usage/", views.PageTypesUsageView.as_view()),
    path(
        "reports/page-types-usage/results/",
        views.PageTypesUsageView.as_view(results_only=True),
    ),
    path("reports/locked/", views.LockedPagesView.as_view()),
    path("reports/locked/results/", views.LockedPagesView.as_view(results_only=True)),
    path("reports/site-history/", views.SiteHistoryView.as_view()),
    path("reports/site-history/results/", views.SiteHistoryView.as_view(results_only=True)),
    path("reports/workflow/", views.WorkflowView.as_view()),
    path("reports/workflow/results/", views.WorkflowView.as_view(results_only=True)),
    path("forms/", views.FormPagesView.as_view()),
    path("forms/results/", views.FormPagesView.as_view(results_only=True)),
]

for decorator in [require_admin_access, display_custom_404, never_cache]:
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)
