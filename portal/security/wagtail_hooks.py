from django.urls import reverse
from wagtail import hooks

from portal.security import admin_media
from portal.security.media_serving import check_document_access


@hooks.register("register_account_menu_item")
def two_factor_setup_item(request):
    return {
        "url": reverse("security_two_factor_setup"),
        "label": "Dvoufázové ověření",
        "help_text": "Při přihlášení budete kromě hesla zadávat i kód z aplikace v telefonu.",
    }


hooks.register("before_serve_document", check_document_access)


# order=1: after Wagtail's own registrations, which these replace.
@hooks.register("construct_admin_api", order=1)
def admin_api_of_own_collections(router):
    router.register_endpoint("documents", admin_media.OwnDocumentsAdminAPIViewSet)
    router.register_endpoint("images", admin_media.OwnImagesAdminAPIViewSet)


for action_class in admin_media.BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=1)
