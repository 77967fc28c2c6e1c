"""A city's server holds the repository and nothing beside it: no product file reaches outside."""

import re
import subprocess
from pathlib import Path

from django.conf import settings

from catalogue.code_lists import DATA_DIR, read_code_list

ROOT = Path(settings.BASE_DIR)
# A path into the commissioning material beside the clone, however it is spelled.
OUTSIDE = re.compile(r"\.\./shared\b|[\"']shared[\"']|/shared/(?:domain|seeds|docs)\b")
PRODUCT_SUFFIXES = {".py", ".html", ".txt", ".js", ".css", ".json", ".toml", ".cfg", ".sh"}


def product_files():
    """Every tracked (or new, not ignored) file that runs on a server: all but the tests."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        path = ROOT / name
        if name.startswith("tests/") or not path.is_file():
            continue
        if path.suffix in PRODUCT_SUFFIXES or path.name in {"Makefile", "run"}:
            yield name, path


def test_no_product_file_refers_to_the_folder_beside_the_repository():
    offenders = [
        f"{name}:{number}: {line.strip()}"
        for name, path in product_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert offenders == []


def test_the_check_itself_finds_a_reference_outside():
    assert OUTSIDE.search('DOMAIN_DIR = settings.BASE_DIR.parent / "shared" / "domain"')
    assert OUTSIDE.search("cat ../shared/seeds/README.md")
    assert not OUTSIDE.search("the shared roles of the catalogue")


def test_the_code_lists_are_shipped_with_their_sources():
    for name in ["service-types.json", "service-forms.json", "target-groups.json", "ostrava.json"]:
        assert (DATA_DIR / name).is_file()
        assert read_code_list(name)["source"]
    assert len(read_code_list("ostrava.json")["districts"]) == 23
