"""schema.org JSON-LD, serialised so that it is safe inside a <script> element."""

import json

from django.utils.safestring import mark_safe


def as_json_ld(data):
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False)
    escaped = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(escaped)
