from django.urls import reverse
from wagtail import hooks


@hooks.register("register_account_menu_item")
def two_factor_setup_item(request):
    return {
        "url": reverse("security_two_factor_setup"),
        "label": "Dvoufázové ověření",
        "help_text": "Při přihlášení budete kromě hesla zadávat i kód z aplikace v telefonu.",
    }
