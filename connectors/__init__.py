"""Rasa input channels of the fibromyalgia assistant (referenced from credentials.yml)."""
