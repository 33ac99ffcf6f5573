"""Shallow syntax questions the coder asks about token positions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from dyadscope.classify import syntax
from dyadscope.classify.tokens import Token, tokenize


def _at(text: str, word: str) -> tuple[list[Token], int]:
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


Question = Callable[[Sequence[Token], int], bool]

CASES: list[tuple[Question, str, str, bool]] = [
    # nouns, not verbs
    (syntax.is_noun_head, "Pakistan made a surprise visit to Baku.", "visit", True),
    (syntax.is_noun_head, "Pakistan's official visit ended.", "visit", True),
    (syntax.is_noun_head, "The rebels attacked the town.", "attacked", False),  # past tense
    (syntax.is_noun_head, "Pakistan visited Baku.", "visited", False),
    # hyphenated compounds
    (syntax.in_compound, "an Al Qaeda-linked group", "linked", True),
    (syntax.in_compound, "a UK-based group", "based", True),
    (syntax.in_compound, "they linked the two", "linked", False),
    (syntax.in_compound, "a pre - planned move", "planned", False),  # spaced dashes join nothing
    # words governed by a preposition, -ing forms that say why, how or with what result
    (syntax.is_gerund_object, "jailed for helping militants", "helping", True),
    (syntax.is_gerund_object, "aimed at pushing for a ceasefire", "pushing", True),
    (syntax.is_gerund_object, "rebels shelled the town, killing eight people", "killing", True),
    (syntax.is_gerund_object, "they are helping militants", "helping", False),
    (syntax.is_gerund_object, "a turn in favor of closer ties", "favor", True),
    (syntax.is_gerund_object, "they favor closer ties", "favor", False),
    # capitalised words inside names
    (syntax.in_name, "They struck an Islamic State target.", "state", True),
    (syntax.in_name, "Officials State that nothing changed.", "state", False),  # sentence start
    (syntax.in_name, "Pakistan Signs Deal With Azerbaijan", "signs", False),  # a headline
    (syntax.in_name, "Pakistan signs a deal.", "signs", False),
    # reporting verbs of trailing attributions
    (syntax.in_attribution, "Pakistan signed the deal, officials said on Monday.", "said", True),
    (syntax.in_attribution, "Pakistan said it signed the deal.", "said", False),
    # passives
    (syntax.is_passive, "The embassy was attacked on Monday.", "attacked", True),
    (syntax.is_passive, "civilians killed by the shelling", "killed", True),
    (syntax.is_passive, "Rebels attacked the embassy.", "attacked", False),
    (syntax.is_passive, "They are seeking to strengthen ties.", "strengthen", False),
    (syntax.is_passive, "There were ten soldiers killed in the town.", "killed", True),
    (syntax.is_passive, "There were reports that soldiers killed two men.", "killed", False),
]


@pytest.mark.parametrize(
    ("question", "text", "word", "expected"),
    CASES,
    ids=[f"{q.__name__}: {text}" for q, text, _, _ in CASES],
)
def test_word_questions(question: Question, text: str, word: str, expected: bool) -> None:
    tokens, index = _at(text, word)
    assert question(tokens, index) is expected
