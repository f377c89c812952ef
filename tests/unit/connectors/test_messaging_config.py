"""A messaging channel is on when its variables are set, off when none are, an error when some
are; the copy Rasa reads keeps the placeholders, never a secret."""

import subprocess
import sys

import pytest
import yaml
from rasa.shared.utils.common import class_from_module_path

from actions.constants import REPO
from connectors.messaging.config import ChannelConfigError, channel_name, channels_on

TEMPLATE = yaml.safe_load((REPO / "credentials.yml").read_text())
MESSAGING = [path for path in TEMPLATE if path.startswith("connectors.messaging.")]
TELEGRAM = {"TELEGRAM_TOKEN": "1:a", "TELEGRAM_BOT_NAME": "bot", "TELEGRAM_SECRET_TOKEN": "s"}


def test_the_four_platforms_are_in_credentials_yml():
    assert {channel_name(path) for path in MESSAGING} == {"telegram", "twilio", "slack",
                                                          "facebook"}


@pytest.mark.parametrize("path", MESSAGING)
def test_the_printed_name_is_the_channels_own(path):
    assert channel_name(path) == class_from_module_path(path).name()


def test_nothing_set_leaves_only_the_web_channels():
    assert set(channels_on(TEMPLATE, {})) == {"connectors.rest.ValidatingRestInput",
                                              "connectors.socket_io.GuardedSocketIOInput"}


def test_a_fully_configured_channel_is_on():
    on = channels_on(TEMPLATE, {**TELEGRAM, "PUBLIC_URL": "https://bot.example.org"})
    assert "connectors.messaging.telegram.TelegramInput" in on
    assert not any("twilio" in path or "slack" in path for path in on)


def test_public_url_alone_turns_nothing_on():
    assert len(channels_on(TEMPLATE, {"PUBLIC_URL": "https://bot.example.org"})) == 2


def test_a_half_configured_channel_names_what_is_missing():
    with pytest.raises(ChannelConfigError, match="PUBLIC_URL, TELEGRAM_SECRET_TOKEN"):
        channels_on(TEMPLATE, {"TELEGRAM_TOKEN": "1:a", "TELEGRAM_BOT_NAME": "bot"})


def test_public_url_must_be_a_url():
    with pytest.raises(ChannelConfigError, match="PUBLIC_URL"):
        channels_on(TEMPLATE, {**TELEGRAM, "PUBLIC_URL": "bot.example.org"})


def test_the_written_file_keeps_placeholders_and_lists_the_webhooks(tmp_path):
    env = {**TELEGRAM, "PUBLIC_URL": "https://bot.example.org/", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "connectors.messaging.config", "credentials.yml",
                           str(tmp_path / "credentials.yml")], cwd=REPO, env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["telegram",
                                   "https://bot.example.org/webhooks/telegram/webhook"]
    written = (tmp_path / "credentials.yml").read_text()
    assert "${TELEGRAM_SECRET_TOKEN}" in written and "1:a" not in written


def test_a_half_configured_channel_stops_the_start(tmp_path):
    done = subprocess.run([sys.executable, "-m", "connectors.messaging.config", "credentials.yml",
                           str(tmp_path / "credentials.yml")], cwd=REPO,
                          env={"SLACK_TOKEN": "xoxb", "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert "SLACK_SIGNING_SECRET" in done.stderr
    assert not (tmp_path / "credentials.yml").exists()
