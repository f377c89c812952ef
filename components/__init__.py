"""Custom Rasa graph components of the assistant (referenced from config.yml)."""
