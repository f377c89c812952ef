"""Rasa's lock store, chosen by LOCK_STORE_URL: in memory for one rasa process (`make run`),
Redis for several (`make run-scaled`, deploy/).

Rasa serves a conversation's messages one at a time and in order by giving each a ticket from
the conversation's lock. Rasa 3.6's `RedisLockStore` issues and returns tickets with a plain
GET, change, SET (RasaHQ/rasa#9213; the fix was reverted in open source): two processes that
read the lock at the same moment issue the same ticket number and serve one conversation at
once, out of order. `AtomicRedisLockStore` makes every change to a lock one Redis transaction
(WATCH the key, MULTI/EXEC the write, try again if another process wrote in between), and keeps
a waiting message's ticket alive, so that only a crashed process's ticket runs out
(TICKET_LOCK_LIFETIME seconds, Rasa's default 60).
"""

import asyncio
import json
import logging
import time
from typing import Callable, Optional, TypeVar
from urllib.parse import urlsplit

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

Result = TypeVar("Result")
# How often a message waiting for its conversation's lock checks whether its turn has come.
WAIT_BETWEEN_CHECKS_S = 0.05


class AtomicRedisLockStore(RedisLockStore):
    """`RedisLockStore` whose tickets are issued and returned atomically."""

    @classmethod
    def from_url(cls, url: str) -> "AtomicRedisLockStore":
        """The store at a redis://[user:password@]host:port/db URL."""
        parts = urlsplit(url)
        return cls(host=parts.hostname or "localhost", port=parts.port or 6379,
                   db=int(parts.path.strip("/") or 1), username=parts.username or None,
                   password=parts.password or None, use_ssl=parts.scheme == "rediss")

    def _change(self, conversation_id: str,
                change: Callable[[TicketLock], Result]) -> Result:
        """Apply `change` to the conversation's lock in one transaction; the lock is deleted
        when it holds no ticket afterwards."""
        key = self.key_prefix + conversation_id

        def attempt(pipe) -> Result:  # a redis Pipeline, WATCHing `key`: re-run if it changed
            stored = pipe.get(key)
            lock = (TicketLock.from_dict(json.loads(stored)) if stored
                    else self.create_lock(conversation_id))
            result = change(lock)
            pipe.multi()
            if lock.tickets:
                pipe.set(key, lock.dumps())
            else:
                pipe.delete(key)
            return result

        return self.red.transaction(attempt, key, value_from_callable=True)

    def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
             wait_time_in_seconds: float = WAIT_BETWEEN_CHECKS_S):
        """Rasa's lock, checked every WAIT_BETWEEN_CHECKS_S instead of every second."""
        return super().lock(conversation_id, lock_lifetime, wait_time_in_seconds)

    async def _acquire_lock(self, conversation_id: str, ticket: int,
                            wait_time_in_seconds: float) -> TicketLock:
        """Wait for the ticket's turn, renewing it at each check: only the ticket of a process
        that died expires (Rasa's lets a waiting ticket expire too, and then fails)."""
        while True:
            lock = self._change(conversation_id, lambda lock: _renewed(lock, ticket))
            if lock is None:
                raise LockError(f"Could not acquire lock for conversation_id "
                                f"'{conversation_id}': its ticket expired.")
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait_time_in_seconds)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            return self._change(conversation_id, lambda lock: lock.issue_ticket(lock_lifetime))
        except Exception as error:  # as Rasa's: the channel sees a LockError
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        self._change(conversation_id, TicketLock.remove_expired_tickets)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._change(conversation_id, lambda lock: lock.remove_ticket_for(ticket_number))

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Return the ticket; the lock goes with its last ticket (in the same transaction)."""
        self.finish_serving(conversation_id, ticket_number)


def _renewed(lock: TicketLock, ticket_number: int) -> Optional[TicketLock]:
    """`lock` with the expired tickets gone and `ticket_number`'s given a new lifetime; None
    if that ticket is gone."""
    lock.remove_expired_tickets()
    ticket = next((ticket for ticket in lock.tickets if ticket.number == ticket_number), None)
    if ticket is None:
        return None
    ticket.expires = time.time() + LOCK_LIFETIME
    return lock


class LockStoreFromUrl:
    """The lock store endpoints.yml names: Redis (atomic tickets) when its `url` is set,
    otherwise this process's memory. Rasa calls it with the endpoint's configuration."""

    def __new__(cls, endpoint_config: Optional[EndpointConfig] = None):  # type: ignore[misc]
        url = (endpoint_config.url if endpoint_config else None) or ""
        if not url:
            return InMemoryLockStore()
        logger.info("lock store: Redis at %s", urlsplit(url).hostname)
        return AtomicRedisLockStore.from_url(url)
