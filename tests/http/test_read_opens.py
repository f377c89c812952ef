"""Read cards opened in the web widget are counted by the real Rasa server, in the real database:
which read and when, nothing else; bad requests are 4xx and store nothing."""

import requests
from sqlalchemy import func, select

from actions.catalog import load_catalog
from records.schema import read_opens
from records.store import StaffRecords


def _opens(bot):
    with StaffRecords(bot.tracker_url).engine.connect() as connection:
        return connection.execute(
            select(read_opens.c.read_id, func.count()).group_by(read_opens.c.read_id)).all()


def test_an_open_of_a_known_read_is_counted_and_anything_else_refused(bot):
    read_id = load_catalog()[0].id
    url = f"{bot.base_url}/webhooks/rest/read_opened"
    before = dict(_opens(bot))

    assert requests.post(url, json={"read": read_id}, timeout=30).status_code == 204
    assert requests.post(url, json={"read": "no-such-read"}, timeout=30).status_code == 400
    assert requests.post(url, data="{not json", timeout=30,
                         headers={"Content-Type": "application/json"}).status_code == 400
    assert requests.post(url, json={"read": read_id, "sender": "3f1c"},
                         timeout=30).status_code == 400
    assert requests.post(url, json={"read": "x" * 2000}, timeout=30).status_code == 413

    assert dict(_opens(bot)) == {**before, read_id: before.get(read_id, 0) + 1}


def test_the_widget_page_may_post_opens_across_origins(bot):
    origin = bot.cors_origins[0]
    answer = requests.options(f"{bot.base_url}/webhooks/rest/read_opened", timeout=30, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert answer.status_code < 300
    assert answer.headers.get("Access-Control-Allow-Origin") == origin
