from django.urls import path

from portal.search import views

urlpatterns = [
    path("hledat/", views.search, name="search"),
    path("hledat/napoveda/", views.suggest, name="search_suggestions"),
]
