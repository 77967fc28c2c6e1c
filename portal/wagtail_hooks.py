from django.urls import path, reverse
from wagtail import hooks

from portal.admin_avatars import initials_avatar_url
from portal.admin_visibility import hooks as visibility_hooks  # noqa: F401  (registers them)
from portal.resilience import audit  # noqa: F401  (registers our audit log actions)
from portal.search import admin_views


@hooks.register("get_avatar_url")
def avatar_with_initials(user, size):
    return initials_avatar_url(user, size)


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("hledani/nenalezene/", admin_views.report, name="search_unanswered_report")]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return admin_views.ReportMenuItem(
        "Co lidé hledají a nenacházejí",
        reverse("search_unanswered_report"),
        icon_name="search",
        order=900,
    )
