"""Shallow syntax questions the coder asks about token positions."""

from __future__ import annotations

import pytest

from dyadscope.classify import syntax
from dyadscope.classify.tokens import tokenize


def _at(text: str, word: str) -> tuple[list, int]:
    tokens = tokenize(text)
    return tokens, [t.low for t in tokens].index(word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Before leaving for Baku on Monday, the minister signed it.", "the"),
        ("After the talks, Pakistan signed it.", "pakistan"),
    ],
)
def test_main_clause_starts_after_a_fronted_adverbial(text: str, word: str) -> None:
    tokens, index = _at(text, word)
    assert syntax.main_clause_start(tokens) == index


def test_a_sentence_without_a_fronted_adverbial_starts_at_once() -> None:
    assert syntax.main_clause_start(tokenize("Pakistan, after talks, signed it.")) == 0


@pytest.mark.parametrize(
    ("text", "word", "noun"),
    [
        ("Pakistan made a surprise visit to Baku.", "visit", True),
        ("Pakistan's official visit ended.", "visit", True),
        ("The rebels attacked the town.", "attacked", False),  # past tense: a verb
        ("Pakistan visited Baku.", "visited", False),
    ],
)
def test_noun_heads(text: str, word: str, noun: bool) -> None:
    tokens, index = _at(text, word)
    assert syntax.is_noun_head(tokens, index) is noun


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("an Al Qaeda-linked group", "linked", True),
        ("a UK-based group", "based", True),
        ("they linked the two", "linked", False),
        ("a pre - planned move", "planned", False),  # spaced dashes join nothing
    ],
)
def test_hyphenated_compounds(text: str, word: str, expected: bool) -> None:
    tokens, index = _at(text, word)
    assert syntax.in_compound(tokens, index) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("jailed for helping militants", "helping", True),
        ("aimed at pushing for a ceasefire", "pushing", True),
        ("rebels shelled the town, killing eight people", "killing", True),
        ("they are helping militants", "helping", False),
    ],
)
def test_gerunds_after_prepositions(text: str, word: str, expected: bool) -> None:
    tokens, index = _at(text, word)
    assert syntax.is_gerund_object(tokens, index) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("They struck an Islamic State target.", "state", True),
        ("Officials State that nothing changed.", "state", False),  # first capital after none
        ("Pakistan Signs Deal With Azerbaijan", "signs", False),  # a title-case headline
        ("Pakistan signs a deal.", "signs", False),
    ],
)
def test_capitalised_words_inside_names_are_no_verbs(text: str, word: str, expected: bool) -> None:
    tokens, index = _at(text, word)
    assert syntax.in_name(tokens, index) is expected


def test_the_reporting_verb_of_a_trailing_attribution() -> None:
    tokens, index = _at("Pakistan signed the deal, officials said on Monday.", "said")
    assert syntax.in_attribution(tokens, index)
    tokens, index = _at("Pakistan said it signed the deal.", "said")
    assert not syntax.in_attribution(tokens, index)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The embassy was attacked on Monday.", "attacked", True),
        ("civilians killed by the shelling", "killed", True),
        ("Rebels attacked the embassy.", "attacked", False),
    ],
)
def test_passives(text: str, word: str, expected: bool) -> None:
    tokens, index = _at(text, word)
    assert syntax.is_passive(tokens, index) is expected
