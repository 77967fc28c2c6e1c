from django.urls import path

from catalogue.editors import review_views, views

app_name = "catalogue_editors"
urlpatterns = [
    path("pridat/", views.OnboardView.as_view(), name="onboard"),
    path("overeni/<int:page_id>/", views.ConfirmVerifiedView.as_view(), name="confirm_verified"),
    path(
        "schvalovani/<int:task_state_id>/",
        review_views.ReviewDoneView.as_view(),
        name="review_done",
    ),
    path("napoveda/", review_views.EditorHelpView.as_view(), name="help"),
]
