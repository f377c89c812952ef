"""The staff console: a small web application for clinic support staff (hand-off queue, safety
flags, transcripts, unanswered questions, statistics, retention), started by `make run` on
http://127.0.0.1:8001/ (`python -m console`). It reads the same database as the bot through
records/; its pages and static files are in web/console/.
"""
