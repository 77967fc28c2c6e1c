"""Wagtail's read-only API at /api/v2/: live pages, and the public images and documents."""

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from portal.security.media_access import public_documents, public_images


class PublicOnlySearchFilter(SearchFilter):
    """``?search=`` over every file of the model, narrowed to the listed (public) ones.

    Which files are public is not something the search index can filter by.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        found = super().filter_queryset(request, view.model.objects.all(), view)
        return queryset.filter(pk__in=[item.pk for item in found])


PUBLIC_FILTERS = [FieldsFilter, OrderingFilter, PublicOnlySearchFilter]


class WholeNumberIdMixin:
    """``find/?id=`` takes a whole number: anything else is a 400 with a Czech message, not the
    500 Wagtail raises when the database refuses the value."""

    def find_object(self, queryset, request):
        value = request.GET.get("id")
        if value is not None and not (value.isascii() and value.isdigit()):
            raise BadRequestError("Parametr id musí být celé kladné číslo.")
        return super().find_object(queryset, request)


class PublicPagesAPIViewSet(WholeNumberIdMixin, PagesAPIViewSet):
    """Live public pages, as Wagtail lists them."""


class PublicImagesAPIViewSet(WholeNumberIdMixin, ImagesAPIViewSet):
    """Only images anyone may see (``portal.security.media_access``), whoever asks."""

    filter_backends = PUBLIC_FILTERS

    def get_queryset(self):
        return public_images().order_by("id")


class PublicDocumentsAPIViewSet(WholeNumberIdMixin, DocumentsAPIViewSet):
    """Only documents anyone may download (``portal.security.media_access``), whoever asks."""

    filter_backends = PUBLIC_FILTERS

    def get_queryset(self):
        return public_documents().order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
