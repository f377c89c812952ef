"""Rasa's socket.io channel, with typed intent shortcuts handled as plain text."""

from rasa.core.channels.socketio import SocketIOInput

from connectors.shortcuts import ShortcutGuardMixin


class GuardedSocketIOInput(ShortcutGuardMixin, SocketIOInput):
    """`SocketIOInput` whose messages pass through a `ShortcutGuard`."""

    @classmethod
    def name(cls) -> str:
        return "socketio"
