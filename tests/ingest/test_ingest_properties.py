"""Any bytes in any supported format: a Document or an InputError, nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadscope.errors import InputError
from dyadscope.ingest import load_bytes

SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".pdf"])
TEXTY = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda s: s.encode("utf-8")),
    st.text(max_size=200).map(lambda s: s.encode("utf-16")),
    st.text(alphabet="<>/ab=\"'pscript&;#x!-", max_size=200).map(str.encode),
    st.just(b"%PDF-1.4\n").map(lambda head: head + b"1 0 obj<<>>endobj trailer<<>>"),
)


@settings(max_examples=150, deadline=None)
@given(TEXTY, SUFFIXES)
def test_bytes_give_document_or_input_error(data: bytes, suffix: str) -> None:
    try:
        doc = load_bytes(data, source=f"input{suffix}", suffix=suffix)
    except InputError as exc:
        assert str(exc).startswith(f"input{suffix}: ")
        assert "\n" not in str(exc)
        return
    assert doc.text.strip()
    assert "\r" not in doc.text
    assert len(doc.id) == 16
