"""Serving uploaded files only to those who may see them (``portal.security.media_access``).

Documents are always served by Wagtail's view at ``/soubory/<id>/<name>``
(``WAGTAILDOCS_SERVE_METHOD = "serve_view"``), which asks :func:`check_document_access` first.
Under ``MEDIA_URL`` this module serves images (originals and renditions) of public images and of
the signed-in user's collections, and never a document file.
"""

from django.conf import settings
from django.http import Http404
from django.utils.cache import add_never_cache_headers
from django.views.static import serve
from wagtail.images import get_image_model
from wagtail.wagtail_hooks import require_wagtail_login

from portal.security.media_access import can_read


def check_document_access(document, request):
    """Wagtail's ``before_serve_document`` hook: let the download through, send an anonymous
    visitor to the login, or answer 404 to a signed-in account without access."""
    if can_read(request.user, document):
        return None
    if not request.user.is_authenticated:
        response = require_wagtail_login(next=request.get_full_path())
        add_never_cache_headers(response)
        return response
    raise Http404("Dokument nebyl nalezen.")


def image_for_file(path):
    """The image whose original or one of whose renditions is stored at ``path``, or None.

    Wagtail stores renditions under ``images/`` and originals under ``original_images/``, so the
    path says which table to look in (most requests are renditions). The collection comes along:
    ``can_read`` checks a signed-in user's permission on it.
    """
    Image = get_image_model()
    if path.startswith("images/"):
        renditions = Image.get_rendition_model().objects.filter(file=path)
        rendition = renditions.select_related("image__collection").first()
        return rendition.image if rendition else None
    return Image.objects.filter(file=path).select_related("collection").first()


def serve_media(request, path):
    """A file under ``MEDIA_URL``: an image the visitor may see, nothing else."""
    image = image_for_file(path)
    if image is None or not can_read(request.user, image):
        raise Http404("Soubor nebyl nalezen.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)
