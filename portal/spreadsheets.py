"""Spreadsheet exports that a spreadsheet program cannot mistake for formulas.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a
formula by Excel and LibreOffice when a CSV file is opened, so a registrant named
``=HYPERLINK(…)`` would become a live link in a coordinator's spreadsheet. Every export of
people's input goes through ``neutralise_formula``, which prefixes such a cell with an
apostrophe (OWASP's advice); the apostrophe shows that the text was typed, not computed.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """``value`` unchanged, or with a leading apostrophe when it would start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For a Wagtail ``IndexView`` with ``list_export``: its CSV cells are neutralised.

    (Wagtail already writes XLSX cells that look like formulas as plain text.)
    """

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise_formula(
                    self.preprocess_field_value(field, value, self.FORMAT_CSV)
                )
                for field, value in row_dict.items()
            }
        )
