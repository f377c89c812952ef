"""Charts of the statistics tables as SVG made on the server: no JavaScript, nothing from a CDN,
and no style attributes (the console's Content-Security-Policy allows SVG presentation
attributes only).

Every label is escaped. Each chart is one image with a title and a description; the page shows
the same figures as a table next to it, for screen readers and exact values.
"""

import math
from typing import List, Sequence, Tuple

from markupsafe import Markup, escape

from console.stats import STACKED_COLUMNS, Cell, Table, cell_text

WIDTH = 720
INK = "#1b1f24"
GRID = "#d0d7de"
# Each at least 4.8:1 against white (WCAG asks 3:1 for graphics); stacked segments are also
# parted by a white line and named in a legend.
SERIES_COLOURS = ("#0b5cad", "#af5500", "#007a5e", "#a63d86", "#4a5561")
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12"'
CHAR_WIDTH = 7  # a generous average at 12px, for laying out labels
MAX_LABEL_CHARS = 34

# Horizontal bars
BAR_ROW = 24
BAR_HEIGHT = 16
VALUE_ROOM = 56

# Stacked columns
COLUMNS_HEIGHT = 300
LEGEND_ROOM = 30
AXIS_ROOM_LEFT = 48
AXIS_ROOM_BOTTOM = 28


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[:MAX_LABEL_CHARS - 1] + "…"


def nice_step(largest: int, ticks: int = 4) -> int:
    """A gridline step for counts up to `largest`: 1, 2 or 5 times a power of ten, giving
    about `ticks` steps."""
    rough = largest / ticks if largest > 0 else 1
    power = 10 ** math.floor(math.log10(rough))
    return max(int(next(multiple * power for multiple in (1, 2, 5, 10)
                        if rough <= multiple * power)), 1)


def _svg(chart_id: str, title: str, description: str, height: int, body: List[str]) -> Markup:
    chart_id = escape(chart_id)
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" {FONT} fill="{INK}">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
        + "".join(body) + "</svg>")


def bar_chart(chart_id: str, title: str, description: str, labels: Sequence[str],
              values: Sequence[Cell]) -> Markup:
    """One horizontal bar per label, its value written at its end."""
    largest = max((value for value in values if value), default=0) or 1
    label_room = min(max((len(_short(label)) for label in labels), default=0) * CHAR_WIDTH + 12,
                     MAX_LABEL_CHARS * CHAR_WIDTH)
    plot_width = WIDTH - label_room - VALUE_ROOM
    height = len(labels) * BAR_ROW + 8
    body = [f'<line x1="{label_room}" y1="0" x2="{label_room}" y2="{height}" '
            f'stroke="{INK}"/>']
    for index, (label, value) in enumerate(zip(labels, values)):
        top = 4 + index * BAR_ROW
        middle = top + BAR_HEIGHT / 2
        length = plot_width * (value or 0) / largest
        shown = escape(cell_text(value) or "none")
        body += [
            f'<text x="{label_room - 6}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(_short(label))}</text>',
            f'<rect x="{label_room}" y="{top}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            f'fill="{SERIES_COLOURS[0]}"><title>{escape(label)}: {shown}</title></rect>',
            f'<text x="{label_room + length + 4:.1f}" y="{middle}" '
            f'dominant-baseline="middle">{shown}</text>',
        ]
    return _svg(chart_id, title, description, height, body)


def _legend(names: Sequence[str]) -> List[str]:
    parts, x = [], 0
    for index, name in enumerate(names):
        parts += [f'<rect x="{x}" y="4" width="12" height="12" '
                  f'fill="{SERIES_COLOURS[index % len(SERIES_COLOURS)]}"/>',
                  f'<text x="{x + 18}" y="10" dominant-baseline="middle">{escape(name)}</text>']
        x += 18 + len(name) * CHAR_WIDTH + 18
    return parts


def stacked_column_chart(chart_id: str, title: str, description: str, labels: Sequence[str],
                         series: Sequence[Tuple[str, Sequence[int]]]) -> Markup:
    """One column per label (e.g. per day) with the series stacked in it, a legend above and a
    scale on the left; only as many labels under the columns as fit."""
    totals = [sum(values[index] for _, values in series) for index in range(len(labels))]
    step = nice_step(max(totals, default=0))
    scale_top = step * max(math.ceil(max(totals, default=0) / step), 1)
    left, right = AXIS_ROOM_LEFT, WIDTH - 8
    top, bottom = LEGEND_ROOM, COLUMNS_HEIGHT - AXIS_ROOM_BOTTOM
    slot = (right - left) / max(len(labels), 1)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / scale_top

    body = _legend([name for name, _ in series])
    for tick in range(int(scale_top / step) + 1):
        y = y_of(tick * step)
        body += [f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{GRID}"/>',
                 f'<text x="{left - 6}" y="{y:.1f}" text-anchor="end" '
                 f'dominant-baseline="middle">{tick * step}</text>']
    label_width = max((len(label) for label in labels), default=1) * CHAR_WIDTH
    label_every = math.ceil(label_width / (slot * 0.9))
    for index, label in enumerate(labels):
        x = left + index * slot + slot * 0.125
        base = 0
        for number, (name, values) in enumerate(series):
            if values[index]:
                colour = SERIES_COLOURS[number % len(SERIES_COLOURS)]
                body.append(
                    f'<rect x="{x:.1f}" y="{y_of(base + values[index]):.1f}" '
                    f'width="{slot * 0.75:.1f}" '
                    f'height="{y_of(base) - y_of(base + values[index]):.1f}" fill="{colour}" '
                    f'stroke="#ffffff" stroke-width="1"><title>{escape(label)}, {escape(name)}: '
                    f'{values[index]}</title></rect>')
                base += values[index]
        centre = left + (index + 0.5) * slot
        if index % label_every == 0 and centre + label_width / 2 <= WIDTH:
            body.append(f'<text x="{centre:.1f}" y="{bottom + 16}" '
                        f'text-anchor="middle">{escape(label)}</text>')
    body.append(f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{INK}"/>')
    return _svg(chart_id, title, description, COLUMNS_HEIGHT, body)


def chart_for(table: Table) -> Markup:
    """The chart the table asks for (nothing when it charts no column or has no rows)."""
    if not table.charted or not table.rows:
        return Markup("")
    labels = [cell_text(row[0]) for row in table.rows]
    chart_id = f"chart-{table.name}"
    charted = ", ".join(table.columns[column] for column in table.charted)
    if table.chart == STACKED_COLUMNS:
        description = (f"Stacked columns: {charted} by {table.columns[0]}. "
                       "The figures are in the table below.")
        series = [(table.columns[column], [row[column] or 0 for row in table.rows])
                  for column in table.charted]
        return stacked_column_chart(chart_id, table.title, description, labels, series)
    [column] = table.charted
    description = f"Bars: {charted} by {table.columns[0]}. The figures are in the table below."
    return bar_chart(chart_id, table.title, description, labels,
                     [row[column] for row in table.rows])
