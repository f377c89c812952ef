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
# axe-core (accessibility checks in the browser tests), from the npm registry, checked by hash.
AXE_VERSION := 4.14.1
AXE_SHA512  := 1477dafa598d8d065f273d6af302aa203c02e83131707b7fa648cd41bd3d6b734f8c22a0dab86ee6a6f64b8afbe804b214d36db85a2826965edfb3a0b9d546b5
AXE         := build/axe-$(AXE_VERSION).min.js
# rasa-webchat (botfront), the most used third-party socket.io client: the channel's
# compatibility test runs it in Chromium. From the npm registry, checked by hash.
WEBCHAT_VERSION := 1.0.1
WEBCHAT_SHA512  := 2ddd73549bd301a4ebb3a039a7cb7bd1a80d36b2984725e5bea5d94600680ef28a5176c0d238492840a2e5b74f1a5691ea3b26a96b55ca51d2f98a88aa8d31f3
WEBCHAT         := build/rasa-webchat-$(WEBCHAT_VERSION).js

# Configuration: override on the command line or in the environment.
export RASA_HOST         ?= 127.0.0.1
export RASA_PORT         ?= 5005
export ACTION_HOST       ?= 127.0.0.1
export ACTION_PORT       ?= 5055
export ACTION_SERVER_URL ?= http://$(ACTION_HOST):$(ACTION_PORT)/webhook
# SCALED=1 points the staff tools (make staff-user, queue, purge) at make run-scaled's PostgreSQL.
export SCALED_POSTGRES_PORT ?= 5433
ifdef SCALED
export TRACKER_STORE_URL := postgresql://fibro:$(shell cat var/scaled/postgres.password 2>/dev/null)@127.0.0.1:$(SCALED_POSTGRES_PORT)/fibro
endif
export TRACKER_STORE_URL ?= sqlite:///$(CURDIR)/var/tracker.db
# Empty: the lock store is in the rasa process's memory (see endpoints.yml).
export LOCK_STORE_URL    ?=
export DEMO_HOST         ?= 127.0.0.1
export DEMO_PORT         ?= 8000
export RASA_PUBLIC_URL   ?= http://127.0.0.1:$(RASA_PORT)
export CORS_ORIGINS      ?= http://localhost:$(DEMO_PORT) http://127.0.0.1:$(DEMO_PORT)
export LOG_LEVEL         ?= INFO
# Staff console (console/): loopback only unless changed; data older than RETENTION_DAYS goes
# with `make purge` (or the console's admin page).
export STAFF_HOST        ?= 127.0.0.1
export STAFF_PORT        ?= 8001
export RETENTION_DAYS    ?= 90
# Live hand-off: where the console sends its steps, and how long a taken-over chat may go without
# a staff message before the assistant hands it back.
export STAFF_RELAY_URL   ?= http://$(RASA_HOST):$(RASA_PORT)/webhooks/live/relay
export LIVE_IDLE_MINUTES ?= 10
# No network at run time: no telemetry, quiet TensorFlow and SQLAlchemy start-up noise.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL   := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TQDM_DISABLE           := 1

# make run-scaled: REPLICAS rasa processes behind nginx, PostgreSQL and Redis (deploy/local.py).
export REPLICAS          ?= 2

.PHONY: help install train run run-scaled scaled-deps shell test bench queue staff-user purge lock clean

help:
	@echo "make run    install, train if needed, start the bot (:$(RASA_PORT)), the demo page (:$(DEMO_PORT)) and the staff console (:$(STAFF_PORT))"
	@echo "make run-scaled  the same behind nginx on :$(RASA_PORT): $(REPLICAS) rasa processes (REPLICAS=n), PostgreSQL, Redis"
	@echo "make test   install, train if needed, run every test"
	@echo "make shell  talk to the bot in this terminal"
	@echo "make train  train the model if the data or config changed"
	@echo "make bench  measure NLU and safety quality, training and start-up time, latency, memory"
	@echo "make queue  list hand-off requests and safety flags for clinic staff"
	@echo "make staff-user NAME=... ROLE=staff|admin   create or reset a staff console account"
	@echo "make purge  delete conversations and staff records older than RETENTION_DAYS ($(RETENTION_DAYS))"
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

$(AXE):
	@mkdir -p build
	curl -sfL https://registry.npmjs.org/axe-core/-/axe-core-$(AXE_VERSION).tgz -o build/axe-core.tgz
	echo "$(AXE_SHA512)  build/axe-core.tgz" | sha512sum -c --quiet
	tar -xzf build/axe-core.tgz -C build package/axe.min.js && mv build/package/axe.min.js $@
	rm -rf build/axe-core.tgz build/package

$(WEBCHAT):
	@mkdir -p build
	curl -sfL https://registry.npmjs.org/rasa-webchat/-/rasa-webchat-$(WEBCHAT_VERSION).tgz -o build/rasa-webchat.tgz
	echo "$(WEBCHAT_SHA512)  build/rasa-webchat.tgz" | sha512sum -c --quiet
	tar -xzf build/rasa-webchat.tgz -C build package/lib/index.js && mv build/package/lib/index.js $@
	rm -rf build/rasa-webchat.tgz build/package

train: install
	$(BIN)/rasa train --fixed-model-name fibro --out models

run: train
	scripts/run.sh

# PostgreSQL, Redis and nginx from Debian (when missing), then the scaled topology; data in var/scaled/.
scaled-deps:
	@scripts/install_scaled.sh

run-scaled: train scaled-deps
	@set -a; if [ -f .env ]; then . ./.env; fi; set +a; $(BIN)/python -m deploy.local

shell: train
	scripts/run.sh shell

test: train scaled-deps $(AXE) $(WEBCHAT)
	AXE_JS=$(AXE) WEBCHAT_JS=$(WEBCHAT) $(BIN)/pytest

bench: train
	$(BIN)/python -m tests.bench

queue: $(INSTALLED)
	@$(BIN)/python -m records.queue

# The password comes from STAFF_PASSWORD or is asked for.
staff-user: $(INSTALLED)
	@test -n "$(NAME)" || { echo "usage: make staff-user NAME=jane ROLE=staff|admin" >&2; exit 2; }
	@$(BIN)/python -m records.migrate
	@$(BIN)/python -m console.staff_user "$(NAME)" "$(or $(ROLE),staff)"

purge: $(INSTALLED)
	@$(BIN)/python -m records.migrate
	@$(BIN)/python -m records.retention

# Re-resolve the full lock from requirements*.txt in a scratch virtualenv.
lock:
	@PY=$$(scripts/find_python.sh) && rm -rf /tmp/fibro-lock && "$$PY" -m venv /tmp/fibro-lock
	/tmp/fibro-lock/bin/pip install --quiet -r requirements.txt -r requirements-dev.txt
	{ head -n 2 constraints.txt; /tmp/fibro-lock/bin/pip freeze; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean:
	rm -rf $(VENV) build models var .pytest_cache
