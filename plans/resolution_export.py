"""The published resolution table of a plan's consultation as CSV and XLSX files: each comment,
the part of the plan it concerns, the decision and its reasoning, and the address of the
measure it concerns. The same rows as the HTML table (``plans/resolution_table.html``); a
commenter's e-mail is never in them.

Every cell is typed text from the public: in CSV a cell that would start a formula is
neutralised (``portal.spreadsheets``); in XLSX it is written as a text cell.
"""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from plans.outline import iter_measures
from portal.spreadsheets import neutralise_formula

HEADINGS = [
    "Č.",
    "Část plánu",
    "Autor",
    "Připomínka",
    "Navrhovaná změna",
    "Vypořádání",
    "Odůvodnění",
    "Odkaz na opatření",
]
WIDTHS = [5, 40, 30, 60, 60, 20, 60, 50]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def resolution_rows(plan, comments, request):
    """One list of cells per comment, in the order of the HTML table."""
    measures = {measure.pk: measure for measure in iter_measures(plan.outline)}
    rows = []
    for number, comment in enumerate(comments, start=1):
        measure = measures.get(comment.measure_id)
        rows.append(
            [
                number,
                comment.target_label,
                ", ".join(part for part in (comment.name, comment.organisation) if part),
                comment.comment,
                comment.proposed_change,
                comment.get_resolution_display(),
                comment.resolution_reasoning,
                request.build_absolute_uri(measure.public_url) if measure else "",
            ]
        )
    return rows


def filename(plan, extension):
    return f"vyporadani-pripominek-{plan.slug}.{extension}"


def csv_response(plan, rows):
    """UTF-8 with a byte-order mark, so that Excel opens the Czech letters right."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(HEADINGS)
    for row in rows:
        writer.writerow([neutralise_formula(cell) for cell in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename(plan, "csv")}"'
    return response


def xlsx_response(plan, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Vypořádání připomínek"
    sheet.append(HEADINGS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text as typed, never a formula
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename(plan, "xlsx")}"'
    return response
