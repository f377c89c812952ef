"""Statistics tables as CSV files that are safe to open in a spreadsheet."""

import csv
import io

from console.stats import Table, cell_text

# What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """`text`, with a leading quote when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(table: Table) -> str:
    """The table as CSV: its column headings, then its rows as the page shows them."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([neutralised(heading) for heading in table.columns])
    writer.writerows([neutralised(cell_text(cell)) for cell in row] for row in table.rows)
    return output.getvalue()
