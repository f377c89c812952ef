# Fibromyalgia assistant: `make run` to talk to the bot, `make test` to check it.
# Every target installs what it needs first; a second run skips what has not changed.

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV       := .venv
BIN        := $(VENV)/bin
REQ_FILES  := requirements.txt requirements-dev.txt constraints.txt
REQ_HASH   := $(shell cat $(REQ_FILES) | sha256sum | cut -c1-16)
INSTALLED  := $(VENV)/.installed-$(REQ_HASH)
SPACY_DIR  := build/spacy_en
SPACY_META := $(SPACY_DIR)/meta.json
MODEL      := models/fibro.tar.gz

# Configuration: override on the command line or in the environment.
export RASA_HOST         ?= 127.0.0.1
export RASA_PORT         ?= 5005
export ACTION_PORT       ?= 5055
export ACTION_SERVER_URL ?= http://127.0.0.1:$(ACTION_PORT)/webhook
export TRACKER_STORE_URL ?= sqlite:///$(CURDIR)/var/tracker.db
export CORS_ORIGINS      ?= http://localhost:8000 http://127.0.0.1:8000
export LOG_LEVEL         ?= INFO
# No network at run time: no telemetry, quiet TensorFlow and SQLAlchemy start-up noise.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL   := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TQDM_DISABLE           := 1

.PHONY: help install train run shell test bench queue lock clean

help:
	@echo "make run    install, train if needed, start the bot (REST + socket.io on :$(RASA_PORT))"
	@echo "make test   install, train if needed, run every test"
	@echo "make shell  talk to the bot in this terminal"
	@echo "make train  train the model if the data or config changed"
	@echo "make bench  measure NLU quality, training time, start-up time and reply latency"
	@echo "make queue  list hand-off requests and safety flags for clinic staff"
	@echo "make clean  remove the virtualenv, models, built pipeline and local data"

$(INSTALLED): $(REQ_FILES)
	@PY=$$(scripts/find_python.sh) && echo "creating $(VENV) with $$PY" && \
	  rm -rf $(VENV) && "$$PY" -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check \
	  -r requirements.txt -r requirements-dev.txt -c constraints.txt
	touch $@

install: $(INSTALLED) $(SPACY_META)

$(SPACY_META): $(INSTALLED) scripts/build_spacy_pipeline.py
	$(BIN)/python scripts/build_spacy_pipeline.py $(SPACY_DIR)

train: install
	$(BIN)/rasa train --fixed-model-name fibro --out models

run: train
	scripts/run.sh

shell: train
	scripts/run.sh shell

test: train
	$(BIN)/pytest

bench: train
	PYTHONPATH=. $(BIN)/python scripts/bench.py

queue: $(INSTALLED)
	@PYTHONPATH=. $(BIN)/python scripts/staff_queue.py

# Re-resolve the full lock from requirements*.txt in a scratch virtualenv.
lock:
	@PY=$$(scripts/find_python.sh) && rm -rf /tmp/fibro-lock && "$$PY" -m venv /tmp/fibro-lock
	/tmp/fibro-lock/bin/pip install --quiet -r requirements.txt -r requirements-dev.txt
	{ head -n 2 constraints.txt; /tmp/fibro-lock/bin/pip freeze; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean:
	rm -rf $(VENV) build models var .pytest_cache
