"""The statistics page (charts with their tables) and each table's CSV export."""

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from console.charts import chart_for
from console.clock import now
from console.csv_export import csv_text
from console.stats import DEFAULT_DAYS, PERIODS, TABLE_NAMES, Period, cell_text, statistics
from console.web import in_database, render


def chosen_period(request: Request) -> Period:
    """The last 7, 30 or 90 UTC days up to today, as `?days=` asks; 30 for anything else."""
    days = {str(days): days for days in PERIODS}.get(request.query_params.get("days", ""),
                                                      DEFAULT_DAYS)
    return Period(days, now().date())


async def stats_page(request: Request) -> Response:
    period = chosen_period(request)
    tables = await in_database(request, statistics, period)
    return render(request, "stats.html", period=period, periods=PERIODS, cell_text=cell_text,
                  sections=[(table, chart_for(table)) for table in tables])


async def stats_csv(request: Request) -> Response:
    name = request.path_params["table"]
    if name not in TABLE_NAMES:
        raise HTTPException(404, "There is no such statistics table.")
    period = chosen_period(request)
    tables = await in_database(request, statistics, period)
    [table] = [table for table in tables if table.name == name]
    filename = f"{name}-{period.first.isoformat()}-to-{period.until.isoformat()}.csv"
    return Response(csv_text(table), media_type="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
