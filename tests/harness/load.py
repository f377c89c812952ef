"""A closed-loop load generator on loopback: `concurrency` patients, each taking the next
conversation and sending its turns one after another (each waits for the previous answer), over
Rasa's REST channel. Used by the scaled-topology tests and `make bench`."""

import asyncio
import json
import statistics
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import aiohttp
import sqlalchemy

# A conversation: greeting, article questions, a read suggestion (a custom action call), thanks.
TURNS = ("hello", "what causes fibromyalgia?", "can you suggest something to read?",
         "is it all in my head?", "thank you")
REST_PATH = "/webhooks/rest/webhook"


@dataclass
class Turn:
    sender: str
    index: int
    text: str
    status: int             # HTTP status; 0 when no answer came (refused, reset, time-out)
    latency_s: float
    replies: Optional[list] = None

    @property
    def answered(self) -> bool:
        return self.status == 200 and bool(self.replies)


@dataclass
class LoadResult:
    turns: List[Turn] = field(default_factory=list)
    wall_s: float = 0.0

    @property
    def errors(self) -> List[Turn]:
        return [turn for turn in self.turns if not turn.answered]

    @property
    def messages_per_s(self) -> float:
        return (len(self.turns) - len(self.errors)) / self.wall_s if self.wall_s else 0.0

    def latency_ms(self, percentile: int) -> float:
        """The `percentile`-th latency of answered turns, in milliseconds."""
        latencies = sorted(turn.latency_s for turn in self.turns if turn.answered)
        if len(latencies) < 2:
            return latencies[0] * 1000 if latencies else float("nan")
        return statistics.quantiles(latencies, n=100, method="inclusive")[percentile - 1] * 1000

    def senders(self) -> List[str]:
        return sorted({turn.sender for turn in self.turns})


def conversation_ids(count: int, prefix: str = "load") -> List[str]:
    run = uuid.uuid4().hex[:8]
    return [f"{prefix}-{run}-{number}" for number in range(count)]


async def _patient(session: aiohttp.ClientSession, url: str, pending: List[str],
                   turns: Sequence[str], result: LoadResult, timeout_s: float) -> None:
    while pending:
        sender = pending.pop()
        for index, text in enumerate(turns):
            started = time.perf_counter()
            status, replies = 0, None
            try:
                async with session.post(url, json={"sender": sender, "message": text},
                                        timeout=aiohttp.ClientTimeout(total=timeout_s)) as reply:
                    status = reply.status
                    replies = await reply.json(content_type=None) if status == 200 else None
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
                pass
            result.turns.append(Turn(sender, index, text, status,
                                     time.perf_counter() - started, replies))


async def _run(base_url: str, senders: Sequence[str], concurrency: int, turns: Sequence[str],
               timeout_s: float) -> LoadResult:
    result = LoadResult()
    pending = list(reversed(senders))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(_patient(session, base_url + REST_PATH, pending, turns, result,
                                        timeout_s) for _ in range(concurrency)))
        result.wall_s = time.perf_counter() - started
    return result


def run_load(base_url: str, senders: Sequence[str], concurrency: int,
             turns: Sequence[str] = TURNS, timeout_s: float = 90.0) -> LoadResult:
    """Every conversation in `senders` through all `turns`, `concurrency` at a time."""
    return asyncio.run(_run(base_url, senders, concurrency, turns, timeout_s))


def stored_turns(database_url: str, sender: str) -> List[Tuple[str, int]]:
    """Each patient message stored for `sender`, in Rasa's order (by time), with the number of
    bot messages stored after it and before the next patient message."""
    engine = sqlalchemy.create_engine(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(sqlalchemy.text(
                "SELECT type_name, data FROM events WHERE sender_id = :sender "
                "ORDER BY timestamp, id"), {"sender": sender}).all()
    finally:
        engine.dispose()
    turns: List[Tuple[str, int]] = []
    for type_name, data in rows:
        if type_name == "user":
            turns.append((json.loads(data).get("text"), 0))
        elif type_name == "bot" and turns:
            text, answers = turns[-1]
            turns[-1] = (text, answers + 1)
    return turns


def out_of_order(database_url: str, result: LoadResult) -> Dict[str, list]:
    """The conversations whose stored turns are not exactly the answered turns, each once, in
    the order sent, each answered before the next: {sender: what is stored}."""
    wrong = {}
    for sender in result.senders():
        sent = [turn.text for turn in sorted(result.turns, key=lambda turn: turn.index)
                if turn.sender == sender and turn.answered]
        stored = stored_turns(database_url, sender)
        if [text for text, _ in stored] != sent or any(answers == 0 for _, answers in stored):
            wrong[sender] = stored
    return wrong
