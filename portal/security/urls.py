from django.urls import path

from portal.security import two_factor

urlpatterns = [
    path("admin/overeni/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
    path("admin/overeni/nastaveni/", two_factor.setup, name="security_two_factor_setup"),
]
