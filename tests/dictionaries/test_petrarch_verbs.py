"""PETRARCH/TABARI verb dictionaries read as dyadscope event patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.classify.patterns import Pattern, PatternSet
from dyadscope.classify.tokens import tokenize
from dyadscope.dictionaries.petrarch_verbs import (
    is_verbs_file,
    load_petrarch_verbs,
    read_petrarch_verbs,
)
from dyadscope.errors import DictionaryError
from dyadscope.model import Rejection

SAMPLE = Path(__file__).parent / "fixtures" / "sample.verbs"


@pytest.fixture(scope="module")
def sample() -> list[Pattern]:
    return load_petrarch_verbs(SAMPLE)


def _by_code(patterns: list[Pattern], code: str) -> list[Pattern]:
    return [p for p in patterns if p.cameo == code]


def _words(pattern: Pattern) -> list[frozenset[str]]:
    return [e.words for e in pattern.elements]


def test_block_default_code_and_verb_forms(sample: list[Pattern]) -> None:
    bare = [p for p in _by_code(sample, "051") if len(p.elements) == 1]
    assert len(bare) == 2  # one per verb line
    assert all(p.elements[0].anchor and p.dyadic and p.roles == "s>o" for p in bare)
    words = frozenset().union(*(p.elements[0].words for p in bare))
    # regular inflections of every verb line plus the forms given in braces
    assert {"praise", "praised", "praising", "laud", "lauded", "lauds"} <= words
    assert bare[0].kind == "support_statement" and bare[0].plover == "SUPPORT"


def test_specific_patterns_come_before_the_bare_verb(sample: list[Pattern]) -> None:
    praise = [p for p in sample if "praise" in p.elements[p.anchor_index].words]
    assert len(praise[-1].elements) == 1  # the verb alone is tried last
    assert any(p.discard for p in praise)  # "NOT_*" [---] codes nothing


def test_synsets_nest_and_multiword_members_expand(sample: list[Pattern]) -> None:
    gifts = _by_code(sample, "071")
    shapes = [[sorted(w) for w in _words(p) if w] for p in gifts]
    singles = [s for s in shapes if any({"dollars", "euros", "gold"} <= set(w) for w in s)]
    assert singles, shapes  # one variant holds the single-word members together
    assert any(["swiss"] in s and ["francs"] in s for s in shapes)
    # "* &CASH GIFT": the verb, the money word and "gift" in that order
    patterns = PatternSet(gifts)
    assert patterns.matches(tokenize("They praised the generous gold gift"))
    assert not patterns.matches(tokenize("They praised the gift of gold"))
    # nouns also match their regular plurals, as PETRARCH matches them
    assert patterns.matches(tokenize("They praised the generous gold gifts"))


def test_slots_and_reverse_codes(sample: list[Pattern]) -> None:
    # the pattern as written, then the same with its nouns' plurals (tried after it)
    drew, plural = [p for p in _by_code(sample, "051") if any(e.slot for e in p.elements)]
    assert plural.source == drew.source and len(plural.elements) == len(drew.elements)
    assert [e.slot for e in drew.elements if e.slot] == ["+", "$"]
    visit = _by_code(sample, "042")
    assert visit and all(p.reverse_cameo == "043" for p in visit)
    multi = [p for p in visit if len(p.elements) == 2]
    assert multi and multi[0].anchor_index == 0
    assert {"call", "called", "calling"} <= _words(multi[0])[0]
    assert _words(multi[0])[1] == frozenset({"on"})


def test_grouped_words_are_consecutive_and_compound_marks_sym(sample: list[Pattern]) -> None:
    delay = _by_code(sample, "191")[0]
    # "* (THEIR {JOINT MEETING})": the group may sit a few words after the verb,
    # but its words are consecutive, bar an article ("in a firefight")
    assert delay.elements[1].gap and not any(e.gap for e in delay.elements[2:])
    words = [sorted(e.words) for e in delay.elements[2:] if not e.optional]
    assert words == [["their"], ["joint"], ["meeting"]]
    assert all(e.words == {"a", "an", "the"} for e in delay.elements[2:] if e.optional)
    renew = _by_code(sample, "064")[0]
    assert renew.roles == "sym"
    assert any(p.discard and p.cameo == "---" for p in sample)  # DELAY's default


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (["- * TALKS [031]"], "outside a verb block"),
        (["--- MEET [031] ---", "MEET", "- * TALKS"], r"without a \[code\]"),
        (["--- MEET [031] ---", "MEET", "- TALKS [031]"], "without '*'"),
        (["--- MEET [031] ---", "MEET", "- * &NOSUCH [031]"], "unknown synset"),
        (["--- MEET [031] ---", "MEET", "- * (TALKS [031]"], "unbalanced"),
    ],
)
def test_malformed_lines_name_file_and_line(lines: list[str], reason: str) -> None:
    with pytest.raises(DictionaryError, match=reason) as caught:
        read_petrarch_verbs(lines, "bad.verbs")
    assert caught.value.path == "bad.verbs" and caught.value.line == len(lines)


def test_rejections_keep_the_rest_of_the_file() -> None:
    lines = ["--- MEET [031] ---", "MEET", "- * &NOSUCH [036]", "- * TALKS [040]"]
    rejections: list[Rejection] = []
    patterns = read_petrarch_verbs(lines, "part.verbs", rejections)
    assert [r.line for r in rejections] == [3]
    assert rejections[0].stage == "dictionary" and "NOSUCH" in rejections[0].reason
    assert {p.cameo for p in patterns} == {"040", "031"}


def test_unreadable_file_is_one_clear_error(tmp_path: Path) -> None:
    binary = tmp_path / "x.verbs"
    binary.write_bytes(b"\x00\x01--- A [010] ---")
    with pytest.raises(DictionaryError, match="binary"):
        load_petrarch_verbs(binary)
    with pytest.raises(DictionaryError, match="cannot read"):
        load_petrarch_verbs(tmp_path / "missing.verbs")


def test_is_verbs_file_by_name_or_header(tmp_path: Path) -> None:
    assert is_verbs_file(SAMPLE)
    assert is_verbs_file(Path("PETR.Validate.verbs.txt"))
    headed = tmp_path / "CAMEO.txt"
    headed.write_text("# comment\n---  ACCEPT   [---]  ---\nACCEPT\n", encoding="utf-8")
    assert is_verbs_file(headed)
    actors = tmp_path / "my.actors"
    actors.write_text("GONDOR [GON]\n", encoding="utf-8")
    assert not is_verbs_file(actors)


@pytest.mark.parametrize(
    "relative",
    [
        "benchmarks/petrarch2/PETR.Validate.verbs.txt",
        "benchmarks/petrarch2/universal-petrarch/PETR.Validate.verbs.2.0.txt",
        "benchmarks/cameo/petrarch2-dictionaries/CAMEO.2.0.txt",
    ],
)
def test_shared_verb_dictionaries_load(shared: Path, relative: str) -> None:
    rejections: list[Rejection] = []
    patterns = load_petrarch_verbs(shared / relative, rejections)
    assert len(patterns) > 500
    # a few lines in these files are broken upstream; they are reported, not fatal
    assert len(rejections) < len(patterns) / 50
    assert all(r.line for r in rejections)
    PatternSet(patterns)  # indexable


def test_forms_separated_by_commas_add_no_comma_verb() -> None:
    lines = ["--- CHOOSE [---] ---", "+IS_CHOSEN {+WAS_CHOSEN , +ARE_CHOSEN} [030]"]
    (pattern,) = read_petrarch_verbs(lines, "commas.verbs")
    verbs = pattern.elements[pattern.anchor_index].words
    assert {"is", "was", "are"} <= verbs and "," not in verbs  # "+" marks the verb word
