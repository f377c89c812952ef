"""`make bench` (`python -m tests.bench`): measure the assistant against its targets and print the
numbers. quality.py: NLU on both evaluation files, the safety triage per tier, the reads
ranking, training time. serving.py: start-up, reply latency (plain answers and turns that call
the action server), the widget in Chromium, a soak. memory.py: resident memory of each process
next to the stock starter bot's."""
