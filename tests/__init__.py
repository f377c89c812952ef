"""The assistant's tests, in layers that mirror the code (see README, "Tests"):
unit/ (one module at a time), http/ (the real servers end to end), browser/ (Chromium),
quality/ (evaluation gates and checks of the data), with the server harness in harness/."""

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
