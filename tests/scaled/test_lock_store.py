"""The Redis lock store's tickets exclude each other across processes (RasaHQ/rasa#9213)."""

import asyncio
import multiprocessing

import redis

from connectors.lock_store import AtomicRedisLockStore, LockStoreFromUrl
from rasa.core.lock_store import InMemoryLockStore
from rasa.utils.endpoints import EndpointConfig

PROCESSES = 4
ROUNDS = 40


def _count_under_the_lock(url: str, rounds: int) -> None:
    """Read a counter, yield to the event loop, write it back plus one: only correct if no
    other process holds the conversation's lock at the same time."""
    store = AtomicRedisLockStore.from_url(url)
    counter = redis.Redis.from_url(url)

    async def rounds_of_counting() -> None:
        for _ in range(rounds):
            async with store.lock("one-conversation", wait_time_in_seconds=0.001):
                value = int(counter.get("counter") or 0)
                await asyncio.sleep(0.001)
                counter.set("counter", value + 1)

    asyncio.run(rounds_of_counting())


def test_processes_sharing_the_lock_store_never_serve_one_conversation_at_once(stack):
    url = f"redis://{stack.settings.host}:{stack.settings.redis_port}/2"
    counter = redis.Redis.from_url(url)
    counter.flushdb()
    workers = [multiprocessing.get_context("spawn").Process(
        target=_count_under_the_lock, args=(url, ROUNDS)) for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)

    assert [worker.exitcode for worker in workers] == [0] * PROCESSES
    assert int(counter.get("counter")) == PROCESSES * ROUNDS
    assert counter.keys("lock:*") == []  # every ticket returned, the lock gone with the last


def test_the_lock_store_is_redis_when_a_url_is_set_and_memory_otherwise(stack):
    url = f"redis://{stack.settings.host}:{stack.settings.redis_port}/3"
    assert isinstance(LockStoreFromUrl(EndpointConfig(url=url)), AtomicRedisLockStore)
    assert isinstance(LockStoreFromUrl(EndpointConfig(url="")), InMemoryLockStore)
