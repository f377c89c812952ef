"""Messaging apps: Telegram, Twilio (SMS and WhatsApp), Slack and Facebook Messenger.

Rasa 3.6 ships connectors for all four, but their webhooks take forged requests (Twilio,
Telegram), check signatures with `==` and answer failures with 200 or 500 (Messenger), and
none can send the reads cards. Here every platform shares one webhook flow (`webhook.py`:
size limit, signature check, parsing, de-duplication of retries, the shortcut guard) and one
output layer (`output.py`, `replies.py`: buttons, cards, length limits, delivery failures),
and each platform module adds only its signature scheme, payload format and client.
`config.py` turns the channels on whose environment variables are set.
"""
