"""Filtering the document library: ?q=&kolekce=&rok=&typ=&strana= (bad values are ignored)."""

from django import forms
from django.core.paginator import Paginator

from portal.search.analysis import analyse
from portal.search.engine import SearchRequest, object_ids
from portal.search.query import lexicon

PAGE_SIZE = 20
FILE_TYPES = [
    ("pdf", "PDF"),
    ("docx", "Word (DOCX)"),
    ("odt", "OpenDocument text (ODT)"),
    ("xlsx", "Excel (XLSX)"),
    ("ods", "OpenDocument tabulka (ODS)"),
    ("pptx", "PowerPoint (PPTX)"),
    ("rtf", "RTF"),
    ("txt", "Text (TXT)"),
    ("csv", "CSV"),
    ("zip", "ZIP"),
]


class DocumentFilterForm(forms.Form):
    q = forms.CharField(label="Hledat v dokumentech", required=False, max_length=200)
    kolekce = forms.ChoiceField(label="Druh dokumentu", required=False)
    rok = forms.ChoiceField(label="Rok", required=False)
    typ = forms.ChoiceField(
        label="Formát souboru", required=False, choices=[("", "všechny")] + FILE_TYPES
    )

    def __init__(self, *args, collections, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kolekce"].choices = [("", "všechny")] + [
            (str(c.pk), c.name) for c in collections
        ]
        self.fields["rok"].choices = [("", "všechny")] + [(str(y), str(y)) for y in years]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = (
                "Tato hodnota filtru neexistuje, nepoužili jsme ji."
            )
            field.error_messages["max_length"] = (
                "Hledaný text je příliš dlouhý (nejvýše 200 znaků)."
            )


def filter_documents(library, request):
    """The context of the library page: the filter form, one page of documents, the count."""
    documents = library.documents()
    years = [day.year for day in documents.dates("created_at", "year", order="DESC")]
    form = DocumentFilterForm(
        request.GET or None, collections=list(library.collections()), years=years
    )
    data = form.cleaned_data if form.is_bound and form.is_valid() else _valid_part(form)
    if data.get("kolekce"):
        documents = documents.filter(collection_id=int(data["kolekce"]))
    if data.get("rok"):
        documents = documents.filter(created_at__year=int(data["rok"]))
    if data.get("typ"):
        documents = documents.filter(file__iendswith=f".{data['typ']}")
    if data.get("q"):
        documents = documents.filter(pk__in=_matching_ids(data["q"]))
    paginator = Paginator(documents, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("strana"))
    return {
        "filter_form": form,
        "documents": page_obj,
        "paginator": paginator,
        "query_string": _query_without_page(request),
    }


def _matching_ids(text):
    """Ids of the documents the portal's search engine finds for ``text`` (any input)."""
    analysis = analyse(text, lexicon())
    return object_ids(SearchRequest(analysis=analysis, kinds=("dokument",)))


def _valid_part(form):
    """The fields that validated, so one bad parameter does not discard the others."""
    if not form.is_bound:
        return {}
    form.is_valid()
    return {name: value for name, value in form.cleaned_data.items() if name not in form.errors}


def _query_without_page(request):
    params = request.GET.copy()
    params.pop("strana", None)
    return params.urlencode()
