"""Actor slots in event patterns (``$`` actor1, ``+`` actor2) and PETRARCH-style
(dyadic) coding of verb-dictionary patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.api import extract
from dyadscope.classify.patterns import PatternSet, parse_patterns
from dyadscope.classify.tokens import tokenize
from dyadscope.errors import DictionaryError
from dyadscope.model import Event

SAMPLE_VERBS = Path(__file__).parent.parent / "dictionaries" / "fixtures" / "sample.verbs"
HEADER = "# dyadscope event patterns\n"


def _set(*lines: str) -> PatternSet:
    return PatternSet(parse_patterns(lines, "test"))


def test_slots_bind_actor_spans() -> None:
    patterns = _set("criticism_hostility\t111\tACCUSE\tauto\ts>o\t$ !accuse~ +")
    tokens = tokenize("Pakistan accused New Delhi of meddling")
    (match,) = patterns.matches(tokens, [(0, 0), (2, 3)])
    assert match.bound("$") == (0,) and match.bound("+") == (2,)
    assert tokens[match.anchor].low == "accused"
    assert (match.start, match.end) == (0, 4)
    # slots need actor mentions: without spans, or with the words not an actor, no match
    assert patterns.matches(tokens) == []
    assert patterns.matches(tokens, [(0, 0)]) == []


def test_a_slot_takes_coordinated_actors() -> None:
    patterns = _set("criticism_hostility\t111\tACCUSE\tauto\ts>o\t$ !accuse~ +")
    tokens = tokenize("Pakistan, Iran and Turkey accused India")
    (match,) = patterns.matches(tokens, [(0, 0), (2, 2), (4, 4), (6, 6)])
    assert match.bound("$") == (0, 2, 4)
    assert match.bound("+") == (6,)


def test_optional_slot_and_words_without_slots_still_match() -> None:
    patterns = _set("visit\t042\tCONSULT\tauto\ts>o\t?$ !visit~ +")
    tokens = tokenize("then visited Baku")
    (match,) = patterns.matches(tokens, [(2, 2)])
    assert match.bound("$") == () and match.bound("+") == (2,)


@pytest.mark.parametrize(
    ("body", "reason"),
    [("!$ accuse~", "cannot anchor"), ("$ +", "at least one required word")],
)
def test_slot_misuse_is_an_error(body: str, reason: str) -> None:
    with pytest.raises(DictionaryError, match=reason):
        parse_patterns([f"other\t010\tCONSULT\tauto\ts>o\t{body}"], "bad.patterns")


def _events(text: str, *dictionaries: Path) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for record in extract(text, dictionaries=dictionaries):
        if isinstance(record, Event):
            one = record.actor1.code if record.actor1 else None
            two = record.actor2.code if record.actor2 else None
            out.append((one, two, record.cameo))
    return sorted(out, key=lambda t: tuple(x or "" for x in t))


def test_slot_bound_actors_override_the_usual_roles(tmp_path: Path) -> None:
    with_slots = tmp_path / "with.patterns"
    with_slots.write_text(
        HEADER + "support_statement\t051\tSUPPORT\tauto\ts>o\t+ !drew praise from $\n",
        encoding="utf-8",
    )
    without = tmp_path / "without.patterns"
    without.write_text(
        HEADER + "support_statement\t051\tSUPPORT\tauto\ts>o\t!drew praise from\n",
        encoding="utf-8",
    )
    text = "India drew praise from Pakistan on Monday."
    # the usual roles take the subject as the actor; the slots say Pakistan praised
    assert _events(text, without) == [("IND", "PAK", "051")]
    assert _events(text, with_slots) == [("PAK", "IND", "051")]


def test_verb_dictionary_codes_compounds_one_event_per_member() -> None:
    text = "Pakistan and Turkey praised India on Monday."
    assert _events(text, SAMPLE_VERBS) == [("PAK", "IND", "051"), ("TUR", "IND", "051")]


def test_verb_dictionary_reverse_code_and_reciprocal_subject() -> None:
    assert _events("Pakistan visited India on Monday.", SAMPLE_VERBS) == [
        ("IND", "PAK", "043"),
        ("PAK", "IND", "042"),
    ]
    assert _events("Pakistan and India renewed ties on Monday.", SAMPLE_VERBS) == [
        ("IND", "PAK", "064"),
        ("PAK", "IND", "064"),
    ]


def test_verb_dictionary_discard_pattern_and_one_sided_events_code_nothing() -> None:
    assert _events("Pakistan did not praise India.", SAMPLE_VERBS) == []
    # PETRARCH codes an event only with both a source and a target
    assert _events("Pakistan praised the decision.", SAMPLE_VERBS) == []


def test_a_users_pattern_wins_where_it_overlaps_the_packages(tmp_path: Path) -> None:
    # the package codes "held talks" (046, anchored on "held"); a user's pattern on
    # "talks" lies inside that match and would otherwise add nothing
    mine = tmp_path / "mine.patterns"
    mine.write_text(HEADER + "other\t040\tCONSULT\tauto\ts>o\t!talks with\n", encoding="utf-8")
    text = "Pakistan held talks with India on Monday."
    assert [c for _, _, c in _events(text)] == ["046"]
    assert [c for _, _, c in _events(text, mine)] == ["040"]


def test_dictionaries_only_leaves_out_the_package_patterns(tmp_path: Path) -> None:
    mine = tmp_path / "mine.patterns"
    mine.write_text(HEADER + "other\t040\tCONSULT\tauto\ts>o\t!talks with\n", encoding="utf-8")
    text = "Pakistan held talks with India. Pakistan signed a trade agreement with India."
    added = {r.cameo for r in extract(text, dictionaries=[mine]) if isinstance(r, Event)}
    alone = {
        r.cameo
        for r in extract(text, dictionaries=[mine], dictionaries_only=True)
        if isinstance(r, Event)
    }
    assert "040" in added and len(added) > 1  # the package still codes the agreement
    assert alone == {"040"}
