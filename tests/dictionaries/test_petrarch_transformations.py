"""PETRARCH-2 transformations (``~`` lines) read from verb dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.classify.transform import VerbRef
from dyadscope.dictionaries.petrarch_verbs import (
    load_petrarch_dictionary,
    load_petrarch_verbs,
    read_petrarch_dictionary,
)
from dyadscope.errors import DictionaryError
from dyadscope.model import Rejection

VERBS = [
    "--- DECLARE [010] ---",
    "DECLARE",
    "ANNOUNCE",
    "",
    "--- DESIRE [---] ---",
    "DESIRE",
    "CRAVE [030]",
    "",
    "--- STRIKE [190] ---",
    "STRIKE {STRUCK}",
    "SHELL [195]",
    "",
    "--- TRY [---] ---",
    "TRY {TRIED}",
    "",
]


def test_transformations_are_read_with_verb_names_resolved_to_codes() -> None:
    lines = [
        *VERBS,
        "~ a (a b STRIKE) DECLARE = a b 015",
        "~ a (b . SHELL ) CRAVE = a b 021   # a comment",
        "~ a (a b Q) ANNOUNCE = a b Q",
        "~ a (_ b STRIKE) TRY = a b 185",
    ]
    read = read_petrarch_dictionary(lines, "mine.verbs")
    own, mine, copied, attempt = read.transformations.rules
    # a verb's block code, or its own code where it has one
    assert (own.outer.code, own.inner.code if own.inner else None) == ("010", "190")
    assert (own.outer_source, own.inner_source, own.inner_target) == ("a", "a", "b")
    assert (own.result_source, own.result_target, own.result_code) == ("a", "b", "015")
    assert own.source == f"mine.verbs:{len(VERBS) + 1}"
    assert mine.outer.code == "030" and mine.inner is not None and mine.inner.code == "195"
    assert mine.inner_target == "." and mine.result_code == "021"
    # a single capital letter is a code variable, copied to the result
    assert copied.inner is None and copied.variable == "Q" and copied.result_code == "Q"
    # a verb that codes nothing keeps its forms, so it can still be recognised
    assert attempt.outer.code == "---" and "tried" in attempt.outer.forms
    # word forms map to the code of their verb (for telling outer verbs)
    assert read.transformations.verb_codes["struck"] == "190"
    assert read.transformations.verb_codes["announced"] == "010"
    # the patterns are unchanged by the transformations
    assert {p.cameo for p in read.patterns} == {"010", "---", "030", "190", "195"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("~ a (a b STRIKE) WHISPER = a b 015", "unknown verb 'WHISPER'"),
        ("~ a (a b FLY) DECLARE = a b 015", "unknown verb 'FLY'"),
        ("~ a a b STRIKE DECLARE = a b 015", "is not '~ a"),
        ("~ a (a b STRIKE) DECLARE = a c 015", "result 'c' is not bound"),
        ("~ a (a * STRIKE) DECLARE = a a 015", "binder '\\*'"),
        ("~ A (a b STRIKE) DECLARE = a b 015", "outer source 'A'"),
        ("~ a (a b STRIKE) DECLARE = a b Q", "result code 'Q'"),
    ],
)
def test_malformed_transformations_name_file_and_line(line: str, reason: str) -> None:
    with pytest.raises(DictionaryError, match=reason) as caught:
        read_petrarch_dictionary([*VERBS, line], "bad.verbs")
    assert caught.value.path == "bad.verbs" and caught.value.line == len(VERBS) + 1


def test_a_rejected_transformation_keeps_the_others() -> None:
    lines = [*VERBS, "~ a (a b NOPE) DECLARE = a b 015", "~ a (b . STRIKE) DECLARE = a b 112"]
    rejections: list[Rejection] = []
    read = read_petrarch_dictionary(lines, "part.verbs", rejections)
    assert [(r.line, r.stage) for r in rejections] == [(len(VERBS) + 1, "dictionary")]
    assert [r.result_code for r in read.transformations.rules] == ["112"]


def test_load_from_a_file_keeps_the_patterns_only_api(tmp_path: Path) -> None:
    path = tmp_path / "x.verbs"
    path.write_text("\n".join([*VERBS, "~ a (a b STRIKE) DECLARE = a b 015"]), encoding="utf-8")
    read = load_petrarch_dictionary(path)
    assert len(read.transformations.rules) == 1
    assert load_petrarch_verbs(path) == read.patterns


@pytest.mark.parametrize(
    ("named", "code", "covered"),
    [
        ("190", "190", True),
        ("190", "193", True),  # a code ending in 0 covers its root
        ("190", "1931", True),
        ("190", "200", False),
        ("138", "1381", True),  # and every code under it
        ("138", "139", False),
        ("010", "012", True),
        ("010", "020", False),
        ("---", "010", False),  # a null code names no event code
    ],
)
def test_a_verb_name_covers_its_code_and_the_codes_under_it(
    named: str, code: str, covered: bool
) -> None:
    assert VerbRef("X", named, frozenset()).covers(code) is covered
