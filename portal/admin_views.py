"""What every hand-written admin view of the apps shares."""

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class AdminPageMixin(WagtailAdminTemplateMixin):
    """A view in Wagtail's admin layout whose header names it after "Domů".

    Wagtail's mixin shows only its "Domů" breadcrumb and keeps the page title for the browser tab;
    an editor then does not see on the page where they are.
    """

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]
