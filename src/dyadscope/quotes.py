"""Whether a stretch of text leaves a quotation open: the sentence splitter does not end
a sentence inside a short quotation, and the coder marks acts told inside one."""

from __future__ import annotations


def open_quote(text: str) -> str | None:
    """The mark that would close a quotation ``text`` leaves open (``"`` for straight
    quotes, ``”`` for curly ones), or None where every quotation in it is closed."""
    if text.count('"') % 2 == 1:
        return '"'
    if text.count("“") > text.count("”"):
        return "”"
    return None
