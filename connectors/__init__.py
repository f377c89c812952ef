"""Rasa plug-ins of the assistant: input channels and the tracker store.

Referenced by module path from credentials.yml and endpoints.yml, so Rasa imports this package
at start: that is where the server's log redaction is installed (`log_redaction`).
"""

from connectors import log_redaction

log_redaction.install()
