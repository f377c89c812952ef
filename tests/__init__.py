"""The assistant's tests, in layers that mirror the code (see README, "Tests"):
unit/ (one module at a time), quality/ (evaluation gates and checks of the data), http/ (the
real servers end to end), browser/ (Chromium); the server harness in harness/, evaluation sets
and fixtures in data/, and `make bench` in bench/."""

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
