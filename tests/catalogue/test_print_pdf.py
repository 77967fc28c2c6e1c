"""The printed catalogue as a PDF (``/katalog/tisk.pdf``): cover with its edition, contents and
index with page numbers, each service once, QR codes of the live pages, bad input."""

import io
import re

import pytest
import zxingcpp
from django.core.cache import cache
from PIL import Image, ImageOps
from pypdf import PdfReader

from catalogue.printing import views as printing_views
from catalogue.printing.collation import czech_key
from portal.base_url import absolute_url
from portal.pdf import RENDER_SLOTS, SLOT_KEY
from tests.catalogue import factories as f
from tests.pdf_pages import pages_of

PDF_URL = "/katalog/tisk.pdf"


def page_number_of(pages, text):
    """The number (1-based) of the only page showing ``text``."""
    found = [number for number, page in enumerate(pages, start=1) if text in page]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.fixture
def two_area_service(sample):
    """A counselling service for seniors and for families: printed under "Děti a rodina" (the
    first of its areas in the areas' order), referred to under "Senioři"."""
    return f.service(
        sample["homes"],
        "Poradna pro seniory a rodiny",
        "poradna-seniori-rodiny",
        planning_areas=[
            f.PlanningAreaFactory(name="Senioři"),
            f.PlanningAreaFactory(name="Děti a rodina"),
        ],
        summary="Poradenství pro seniory a jejich rodiny.",
    )


def test_pdf_has_cover_contents_chapters_and_index(client, sample, django_assert_max_num_queries):
    client.get("/katalog/")  # caches the vocabularies the filters use
    with django_assert_max_num_queries(25):
        response = client.get(PDF_URL)

    pages = pages_of(response)
    assert response["Content-Disposition"] == 'inline; filename="katalog-socialnich-sluzeb.pdf"'
    # Cover, guide and contents, three chapters (one page each), the index.
    assert len(pages) == 6
    assert "Katalog sociálních služeb" in pages[0]
    assert "Úplné vydání" in pages[0]
    assert "5 služeb" in pages[0]
    assert "Obsah" in pages[1]


def test_contents_lists_chapters_with_their_page_numbers(client, sample):
    pages = pages_of(client.get(PDF_URL))

    contents = pages[1]
    for number, title in enumerate(
        ["Děti a rodina", "Občané společensky nepřizpůsobení", "Senioři"], start=1
    ):
        page = page_number_of(pages[2:], f"{number}. {title}") + 2
        assert re.search(rf"{number}\. {title} {page}\b", contents), (title, page, contents)
    assert re.search(r"Rejstřík služeb a poskytovatelů 6\b", contents)


def test_index_lists_services_and_providers_with_page_numbers(client, sample):
    pages = pages_of(client.get(PDF_URL))

    index = pages[-1]
    shelters = page_number_of(pages, "Azylový dům Poruba Charita Ukázková")
    seniors = page_number_of(pages, "Domov pro seniory Ukázka Domov Ukázka")
    foster = page_number_of(pages, "Poradna pro pěstounskou péči Domov Ukázka")
    assert f"Azylový dům Poruba {shelters}" in index
    assert f"Domov pro seniory Ukázka {seniors}" in index
    assert f"Charita Ukázková {shelters}, {shelters}, {shelters}" in index
    assert f"Domov Ukázka, příspěvková organizace {foster}, {seniors}" in index


def test_a_service_in_two_areas_is_printed_once_and_referred_to_elsewhere(
    client, sample, two_area_service
):
    pages = pages_of(client.get(PDF_URL))

    text = " ".join(pages)
    assert text.count("Poradenství pro seniory a jejich rodiny.") == 1
    printed_on = page_number_of(pages, "Poradenství pro seniory a jejich rodiny.")
    assert "1. Děti a rodina" in pages[printed_on - 1]
    seniors_chapter = page_number_of(pages, "3. Senioři Domovy pro seniory")
    assert (
        f"Poradna pro seniory a rodiny (Domov Ukázka, příspěvková organizace) – viz s. {printed_on}"
        in pages[seniors_chapter - 1]
    )


def test_qr_code_decodes_to_the_service_page(client, sample):
    response = client.get(PDF_URL, {"obvod": "poruba"})

    reader = PdfReader(io.BytesIO(response.content))
    # WeasyPrint lists the document's images in every page's resources: read each once.
    codes = {image.data: image.image for page in reader.pages for image in page.images}
    decoded = set()
    for code in codes.values():
        # One pixel a module: enlarge it without smoothing, as a camera sees it on paper.
        code = code.convert("L")
        code = ImageOps.expand(
            code.resize((code.width * 8, code.height * 8), Image.NEAREST), 32, 255
        )
        decoded |= {result.text for result in zxingcpp.read_barcodes(code)}
    assert decoded == {absolute_url(sample["poruba_shelter"].url)}
    assert decoded.pop().endswith("/katalog/charita-ukazkova/azylovy-dum-poruba/")


def test_filters_make_an_edition(client, sample):
    response = client.get(PDF_URL, {"obvod": "poruba"})

    pages = pages_of(response)
    assert "Vydání pro obvod Poruba" in pages[0]
    assert "1 služba" in pages[0]
    assert response["Content-Disposition"] == (
        'inline; filename="katalog-socialnich-sluzeb-poruba.pdf"'
    )
    text = " ".join(pages)
    assert "Azylový dům Poruba" in text
    assert "Domov pro seniory Ukázka" not in text


def test_secret_address_is_not_printed(client, sample):
    pages = pages_of(client.get(PDF_URL, {"q": "domaciho nasili"}))

    text = " ".join(pages)
    assert "Azylový dům pro oběti domácího násilí" in text
    assert "adresa se z bezpečnostních důvodů nezveřejňuje" in text
    assert "Ruská" not in text
    assert "703 00" not in text


def test_filters_matching_nothing_give_a_short_pdf_saying_so(client, sample):
    pages = pages_of(client.get(PDF_URL, {"obvod": "poruba", "oblast": "seniori"}))

    assert len(pages) <= 2
    assert "Výběru neodpovídá žádná služba" in " ".join(pages)


def test_unknown_filter_values_are_named_not_an_error(client, sample):
    pages = pages_of(client.get(PDF_URL, {"obvod": "atlantida", "strana": "x"}))

    assert "Filtr „Městský obvod“ nezná hodnotu „atlantida“" in " ".join(pages)


def test_too_big_a_selection_asks_to_narrow_it(client, sample, monkeypatch):
    monkeypatch.setattr(printing_views, "MAX_SERVICES", 3)

    pages = pages_of(client.get(PDF_URL))

    assert len(pages) <= 2
    text = " ".join(pages)
    assert "Výběr je na tištěný katalog příliš velký" in text
    assert "odpovídá 5 služeb; tištěný katalog jich pojme nejvýše 3" in text


def test_busy_server_answers_in_czech_with_retry_after(client, sample):
    for number in range(RENDER_SLOTS):
        cache.add(f"{SLOT_KEY}:{number}", 1, 60)
    try:
        response = client.get(PDF_URL)
    finally:
        cache.delete_many([f"{SLOT_KEY}:{number}" for number in range(RENDER_SLOTS)])

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Zkuste to prosím znovu" in response.text
    assert client.get(PDF_URL).status_code == 200  # the slots are free again


def test_pdf_of_an_unknown_page_path_is_not_found(client, sample):
    assert client.get("/neexistuje/tisk.pdf").status_code == 404


def test_download_link_keeps_the_filters(client, sample):
    for url in ["/katalog/", "/katalog/tisk/"]:
        response = client.get(url, {"obvod": "poruba"})

        assert f'href="{PDF_URL}?obvod=poruba"' in response.text, url
        assert "Stáhnout PDF" in response.text


def test_czech_order_puts_ch_after_h_and_hacek_letters_after_their_base():
    names = ["Chráněné bydlení", "Hospic", "Cesta", "Čajovna", "Ireland", "Řeka", "Rok", "Žije"]

    assert sorted(names, key=czech_key) == [
        "Cesta",
        "Čajovna",
        "Hospic",
        "Chráněné bydlení",
        "Ireland",
        "Rok",
        "Řeka",
        "Žije",
    ]
