"""The event-pattern language: inflection, parsing, matching, and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.classify.patterns import PatternSet, default_patterns, inflect, parse_patterns
from dyadscope.classify.tokens import tokenize
from dyadscope.errors import DictionaryError
from dyadscope.model import KINDS, SPEC_KINDS


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("sign", {"sign", "signs", "signed", "signing"}),
        ("purchase", {"purchases", "purchased", "purchasing"}),
        ("supply", {"supplies", "supplied", "supplying"}),
        ("plan", {"planned", "planning", "plans"}),
        ("hold", {"held", "holds", "holding"}),
        ("buy", {"bought", "buys", "buying"}),
    ],
)
def test_inflect_covers_the_forms_news_uses(lemma: str, forms: set[str]) -> None:
    assert forms <= inflect(lemma)


def _kinds(patterns: PatternSet, text: str) -> list[str]:
    return [m.pattern.kind for m in patterns.matches(tokenize(text))]


def test_gap_alternatives_and_classes_match() -> None:
    lines = [
        "@DOC = agreement+|memorandum",
        "agreement_signed\t057\tAGREE\tauto\tsym\t!sign~ ... @DOC",
    ]
    patterns = PatternSet(parse_patterns(lines, "test"))
    assert _kinds(patterns, "They signed two trade agreements.") == ["agreement_signed"]
    assert _kinds(patterns, "They signed a long and detailed memorandum.") == ["agreement_signed"]
    # the gap is bounded: six words between the two elements are too many
    assert _kinds(patterns, "They signed one two three four five six agreements.") == []


def test_a_hyphenated_compound_counts_as_one_word_of_a_gap() -> None:
    """ "the much-anticipated US-brokered peace agreement": four words, not eight."""
    lines = [
        "@DOC = agreement+|memorandum",
        "agreement_signed\t057\tAGREE\tauto\tsym\t!sign~ ... @DOC",
    ]
    patterns = PatternSet(parse_patterns(lines, "test"))
    assert _kinds(patterns, "They signed the much-anticipated US-brokered peace agreement.") == [
        "agreement_signed"]
    # spaced dashes are words of their own
    assert _kinds(patterns, "They signed one - two - three - four agreements.") == []


def test_gap_does_not_cross_a_semicolon() -> None:
    lines = ["meeting\t040\tCONSULT\tauto\tsym\t!hold~ ... talks"]
    patterns = PatternSet(parse_patterns(lines, "test"))
    assert _kinds(patterns, "They held firm; talks failed.") == []
    assert _kinds(patterns, "They held direct talks.") == ["meeting"]


def test_gap_does_not_cross_into_a_clause_of_its_own() -> None:
    """ "the deal expired soon after, and no agreement was signed": the gap stops at ",
    and" between clauses, not at a comma of a list of names."""
    lines = ["agreement_signed\t057\tAGREE\tauto\tsym\tdeal|agreement ...14 be~ !signed"]
    patterns = PatternSet(parse_patterns(lines, "test"))
    assert _kinds(patterns, "The deal expired soon after, and nothing was signed.") == []
    assert _kinds(patterns, "The deal of Canada, Mexico, and Chile was signed.") == [
        "agreement_signed"]


def test_a_hyphenated_word_matches_as_text_is_tokenised() -> None:
    """Text splits "co-chaired" into "co", "-", "chaired"; a pattern may still write
    the word whole, beside plain alternatives."""
    lines = ["meeting\t040\tCONSULT\tauto\tsym\t!co-chair~|cochair~ ... council"]
    patterns = PatternSet(parse_patterns(lines, "test"))
    assert _kinds(patterns, "They co-chaired the joint council.") == ["meeting"]
    assert _kinds(patterns, "They cochaired the joint council.") == ["meeting"]
    assert _kinds(patterns, "They chaired the joint council.") == []
    (match,) = patterns.matches(tokenize("They co-chaired the council."))
    assert match.anchor == 1  # the event is anchored at the word's first part


def test_optional_element_and_anchor() -> None:
    lines = ["visit\t042\tCONSULT\tauto\ts>o\t?official !visit+ to"]
    patterns = PatternSet(parse_patterns(lines, "test"))
    tokens = tokenize("an official visit to Baku")
    (match,) = patterns.matches(tokens)
    assert tokens[match.anchor].low == "visit"
    assert _kinds(patterns, "a visit to Baku") == ["visit"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("meeting\t040\tCONSULT\tauto\tsym", "expected 6 tab-separated columns"),
        ("meeting\t040\tCONSULT\tauto\tboth\tmeet~", "roles must be one of"),
        ("meeting\t040\tCONSULT\tauto\tsym\t... meet~", "cannot start or end"),
        ("meeting\t040\tCONSULT\tauto\tsym\t@NOPE", "unknown word class"),
        ("@CROWD = water cannon|tear gas", "single words, not 'water cannon'"),
    ],
)
def test_malformed_lines_name_file_and_line(line: str, reason: str) -> None:
    with pytest.raises(DictionaryError) as info:
        parse_patterns(["# header", line], "user.patterns")
    assert info.value.line == 2
    assert reason in str(info.value)
    assert str(info.value).startswith("user.patterns:2:")


def test_user_patterns_come_before_the_package_ones(tmp_path: Path) -> None:
    user = tmp_path / "mine.patterns"
    user.write_text("other\t0874\tRETREAT\tsecurity\ts>o\t!demine~ ... territory\n", "utf-8")
    patterns = PatternSet.from_files([user])
    assert patterns.patterns[0].source == f"{user}:1"
    assert len(patterns.patterns) == len(default_patterns().patterns) + 1
    assert _kinds(patterns, "Engineers demined the liberated territory.") == ["other"]


def test_package_patterns_parse_and_use_known_kinds() -> None:
    kinds = {p.kind for p in default_patterns().patterns if not p.discard}
    spec_kinds = set(SPEC_KINDS) - {"non_recognition", "other"}
    assert spec_kinds <= kinds
    assert kinds <= set(KINDS)  # every kind a pattern codes is a documented kind




def test_a_gap_does_not_skip_the_patterns_own_verb_again() -> None:
    """ "its diplomats were ordered to return and Kenyan envoys were ordered to leave":
    the first "ordered" does not reach across the second to its "envoys ... to leave",
    which are another order's; one verb with its own object still matches."""
    lines = ["sanction\t166\tSANCTION\tdiplomatic\ts>o\t!order~ ...12 envoys ...6 to leave"]
    patterns = PatternSet(parse_patterns(lines, "test"))
    assert _kinds(patterns, "Its diplomats were ordered to return and the Kenyan envoys "
                            "were ordered to leave.") == []
    assert _kinds(patterns, "Somalia ordered the Kenyan envoys to leave.") == ["sanction"]
