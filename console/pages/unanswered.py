"""Unanswered questions: the messages the bot fell back on or was unsure of, grouped by similar
wording, and the picked ones downloaded as NLU training examples of an intent (audited)."""

from typing import List, Sequence

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from console import unanswered
from console.web import MAX_RECORD_ID, checked_form, in_database, render, session_of, whole_number
from records import audit


def _days(value: str) -> int:
    return whole_number(value, 1, unanswered.MAX_DAYS) or unanswered.DEFAULT_DAYS


async def unanswered_page(request: Request) -> Response:
    """The groups of unanswered messages; `days` and `below` (a confidence) narrow them, and
    anything unreadable is ignored."""
    days = _days(request.query_params.get("days", ""))
    below = unanswered.confidence_from_text(request.query_params.get("below", ""))
    if below is None:
        below = unanswered.default_confidence()
    found = await in_database(request, unanswered.find_unanswered, days, below)
    groups = await run_in_threadpool(unanswered.group_messages, found.messages)
    return render(request, "unanswered.html", groups=groups, count=len(found.messages),
                  capped=found.capped, max_messages=unanswered.MAX_MESSAGES, days=days,
                  max_days=unanswered.MAX_DAYS, below=below,
                  intents=unanswered.exportable_intents())


def _event_ids(values: Sequence) -> List[int]:
    """The picked messages' event numbers; anything that is not one is left out."""
    numbers = (whole_number(value, 1, MAX_RECORD_ID) for value in values if isinstance(value, str))
    return sorted({number for number in numbers if number is not None})


def _export(connection, event_ids: List[int], intent: str, actor: str) -> str:
    texts = unanswered.picked_texts(connection, event_ids)
    if not texts:
        raise HTTPException(400, "None of the picked messages can be exported: they may have "
                                 "been deleted since the page was shown. Reload it.")
    audit.record(connection, actor, "exported unanswered questions", f"intent {intent}",
                 f"{len(texts)} messages")
    return unanswered.nlu_yaml(intent, texts)


async def export(request: Request) -> Response:
    """The picked messages as a Rasa NLU file for the chosen intent, to download."""
    form = await checked_form(request)
    intent = str(form.get("intent") or "")
    if intent not in unanswered.exportable_intents():
        raise HTTPException(400, "Choose the intent the picked messages should teach the bot.")
    event_ids = _event_ids(form.getlist("message"))
    if not event_ids:
        raise HTTPException(400, "Pick at least one message to export.")
    if len(event_ids) > unanswered.MAX_MESSAGES:
        raise HTTPException(400, f"Pick at most {unanswered.MAX_MESSAGES} messages at a time.")
    nlu = await in_database(request, _export, event_ids, intent,
                            session_of(request).user.name)
    return Response(nlu, media_type="text/yaml; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="nlu-{intent}.yml"'})
