"""Custom actions served by the rasa-sdk action server (`make run` starts it on :5055)."""
