"""How the API's lists answer: the HSDS page envelope, or every item as NDJSON.

Items are a queryset, a list or a ``proximity.DistanceOrdered``; ``serialize`` turns one item
into a dict, and ``prepare`` (optional) is called with each page or chunk of items before they
are serialized, so related objects can be read for the whole chunk at once.
"""

import json
import math

from django.db.models import QuerySet
from django.http import StreamingHttpResponse

from catalogue.hsds import params
from catalogue.hsds.params import DEFAULT_PER_PAGE, BadParameter
from catalogue.hsds.queries import in_chunks
from catalogue.hsds.responses import json_response

CHUNK = 200


def listing(request, items, serialize, prepare=None, default_per_page=DEFAULT_PER_PAGE):
    """One page of ``items``, or all of them with ``format=ndjson``."""
    if params.output_format(request.GET) == "ndjson":
        return ndjson(items, serialize, prepare, name=request.path.rsplit("/", 1)[-1])
    return paginated(request, items, serialize, prepare, default_per_page)


def paginated(request, items, serialize, prepare=None, default_per_page=DEFAULT_PER_PAGE):
    """The HSDS page envelope; ``default_per_page`` None puts everything on one page."""
    page, per_page = params.page_params(request.GET, default_per_page)
    total = items.count() if isinstance(items, QuerySet) else len(items)
    per_page = per_page or max(total, 1)
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise BadParameter(f"Stránka {page} neexistuje; výsledky mají {pages} stránek.", 404)
    chunk = list(items[(page - 1) * per_page : page * per_page])
    if prepare:
        prepare(chunk)
    return json_response(
        {
            "total_items": total,
            "total_pages": pages,
            "page_number": page,
            "size": len(chunk),
            "first_page": page == 1,
            "last_page": page == pages,
            "empty": not chunk,
            "contents": [serialize(item) for item in chunk],
        }
    )


def chunks(items, size=CHUNK):
    """``items`` as lists of at most ``size``, read from the database one chunk at a time."""
    if isinstance(items, QuerySet):
        chunk = []
        for item in in_chunks(items, size):
            chunk.append(item)
            if len(chunk) == size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
    else:
        for start in range(0, len(items), size):
            yield list(items[start : start + size])


def ndjson(items, serialize, prepare=None, name="hsds"):
    """Every item, one JSON object per line, without pagination, in constant memory."""

    def lines():
        for chunk in chunks(items):
            if prepare:
                prepare(chunk)
            for item in chunk:
                yield json.dumps(serialize(item), ensure_ascii=False) + "\n"

    response = StreamingHttpResponse(lines(), content_type="application/x-ndjson; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ndjson"'
    return response
