"""The code lists the catalogue's vocabularies are seeded from, shipped in ``catalogue/data/``.

Each file carries its source; ``catalogue/data/README.md`` lists them. Nothing outside the
repository is read at run time.
"""

import json
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def read_code_list(name):
    """The parsed JSON code list ``name`` (e.g. ``"service-types.json"``)."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
