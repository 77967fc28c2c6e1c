from django.urls import path

from catalogue.editors import views

app_name = "catalogue_editors"
urlpatterns = [
    path("pridat/", views.onboard, name="onboard"),
    path("overeni/<int:page_id>/", views.confirm_verified, name="confirm_verified"),
]
