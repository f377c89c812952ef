"""Turn on the messaging channels whose environment variables are set.

credentials.yml lists every channel with its settings as `${VAR}` placeholders. Rasa refuses to
start when a placeholder's variable is unset, so `make run` (and the tests) give Rasa a copy
without the channels none of whose own variables are set. A channel with only some set is an
error that names the missing ones. `PUBLIC_URL` is shared, needed by every channel that uses
it. Placeholders are kept: the copy holds no secret, Rasa reads the values from the environment.

Usage: python -m connectors.messaging.config credentials.yml var/credentials.yml
prints each messaging channel that is on, with the webhook URL to register with the platform.
"""

import os
import re
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Set

import yaml

PLACEHOLDER = re.compile(r"\$\{([^}]+)\}")
PUBLIC_URL_VAR = "PUBLIC_URL"
MESSAGING_PACKAGE = "connectors.messaging."
SHARED_VARIABLES = {PUBLIC_URL_VAR}


class ChannelConfigError(ValueError):
    """A channel's variables are only partly set, or a value cannot be used."""


def placeholders(settings: Any) -> Set[str]:
    """The variable names in a channel's settings."""
    return set(PLACEHOLDER.findall(yaml.safe_dump(settings))) if settings else set()


def channels_on(template: Mapping[str, Any], environ: Mapping[str, str]) -> Dict[str, Any]:
    """The channels of `template` to start: those without variables, and those whose own
    variables are all set."""
    kept = {}
    for channel, settings in template.items():
        names = placeholders(settings)
        own = names - SHARED_VARIABLES
        if own and not any(environ.get(name) for name in own):
            continue
        missing = sorted(name for name in names if not environ.get(name))
        if missing:
            raise ChannelConfigError(f"{channel} is half configured: set {', '.join(missing)} "
                                     "as well, or unset its other variables to turn it off")
        kept[channel] = settings
    public_url = environ.get(PUBLIC_URL_VAR, "")
    if public_url and not public_url.startswith(("https://", "http://")):
        raise ChannelConfigError(f"{PUBLIC_URL_VAR} must be a URL such as https://bot.example.org")
    return kept


def channel_name(class_path: str) -> str:
    """A messaging channel's name, which is its module's (connectors.messaging.telegram....):
    read from the path so that printing it does not import Rasa."""
    return class_path.split(".")[-2]


def webhook_lines(channels: Mapping[str, Any], environ: Mapping[str, str]) -> Iterator[str]:
    """For each messaging channel that is on: its name and the URL platforms post to."""
    base = environ.get(PUBLIC_URL_VAR, "").rstrip("/") or "<PUBLIC_URL>"
    for channel, settings in channels.items():
        if placeholders(settings) and channel.startswith(MESSAGING_PACKAGE):
            name = channel_name(channel)
            yield f"{name:<9} {base}/webhooks/{name}/webhook"


def main(arguments: List[str]) -> int:
    template_path, output_path = (Path(argument) for argument in arguments)
    template = yaml.safe_load(template_path.read_text()) or {}
    try:
        channels = channels_on(template, os.environ)
    except ChannelConfigError as error:
        print(f"messaging channels: {error}", file=sys.stderr)
        return 2
    output_path.parent.mkdir(parents=True, exist_ok=True)
    output_path.write_text(f"# Written from {template_path} by connectors/messaging/config.py; "
                           "edit that file instead.\n" + yaml.safe_dump(channels, sort_keys=False))
    for line in webhook_lines(channels, os.environ):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
