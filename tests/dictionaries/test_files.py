"""Dictionary files that cannot be used are one clear error naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.dictionaries import load_petrarch_agents
from dyadscope.dictionaries.files import read_dictionary_text
from dyadscope.dictionaries.petrarch_verbs import load_petrarch_dictionary
from dyadscope.errors import DictionaryError

# bytes with no NUL but many control codes: what a random binary blob looks like
CONTROL_BYTES = bytes(range(1, 9)) * 40 + b"ARNOR [~GOV]\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"GOV\x00\x01", "binary file"),
        (CONTROL_BYTES, "binary file"),
    ],
)
@pytest.mark.parametrize("load", [load_petrarch_agents, load_petrarch_dictionary])
def test_unusable_files(tmp_path: Path, content: bytes | None, reason: str, load: object) -> None:
    path = tmp_path / "my.verbs"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DictionaryError, match=reason) as caught:
        load(path)  # type: ignore[operator]
    assert str(path) in str(caught.value)


def test_text_decodes_utf8_or_the_fallback(tmp_path: Path) -> None:
    path = tmp_path / "old.verbs"
    path.write_bytes("SAY\nCAF\xc9\n".encode("latin-1"))
    with pytest.raises(DictionaryError, match="not UTF-8"):
        read_dictionary_text(path)
    assert read_dictionary_text(path, fallback="latin-1") == "SAY\nCAF\xc9\n"
    path.write_bytes("\ufeffSAY\n".encode())
    assert read_dictionary_text(path) == "SAY\n"  # the byte-order mark is dropped
