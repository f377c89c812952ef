"""connectors/inbound.py: what every channel does to a message before anything reads it."""


from connectors.inbound import client_metadata, normalised_text


def test_text_is_normalised_before_anything_reads_it():
    assert normalised_text("ｈｅｌｌｏ\u200b wor\x00ld\ud800") == "hello world?"
    assert normalised_text("line one\nline two\t!") == "line one\nline two\t!"


def test_client_metadata_keeps_only_short_allowed_strings():
    assert client_metadata({"page": "/a", "locale": "es-US", "typed_shortcut": "/x",
                            "page2": "b"}) == {"page": "/a", "locale": "es-US"}
    assert client_metadata({"page": "x" * 301}) == {}
    assert client_metadata({"page": {"nested": 1}}) == {}
    assert client_metadata(None) == {}
