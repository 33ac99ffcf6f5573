"""Quote marks of every style (straight, curly, low-high, guillemets) are read the same way
by each step that reads them, from one set in tokens.py."""

from __future__ import annotations

import pytest

from dyadscope.classify.tokens import tokenize


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("“", "”"), ("„", "“"), ("«", "»")])
def test_scare_quotes_around_a_word_are_dropped_in_every_style(opening: str, closing: str) -> None:
    """'China «summoned» the envoy': marks around one or two words are scare quotes, and the
    words read as if unquoted (guillemets and low-high marks were kept before)."""
    words = [t.text for t in tokenize(f"China {opening}summoned{closing} the envoy.")]
    assert words == ["China", "summoned", "the", "envoy", "."]


def test_a_quoted_clause_keeps_its_marks() -> None:
    """More than two words inside the marks are a quotation, not scare quotes."""
    words = [t.text for t in tokenize("He said «we will respond firmly» on Monday.")]
    assert "«" in words and "»" in words
