"""Rasa plug-ins of the assistant: input channels and the tracker store.

Referenced by module path from credentials.yml and endpoints.yml.
"""
