"""A title alone names the last person the document named with it."""

from __future__ import annotations

from dyadscope.mentions.actors import Gazetteer
from dyadscope.mentions.titles import TitleMemory, Titles


def _run(sentences: list[str]) -> list[list[tuple[str, str | None]]]:
    gazetteer = Gazetteer.default()
    memory = TitleMemory(Titles(gazetteer.titles()))
    return [
        [(m.text, m.actor.code if m.actor else None) for m in memory.complete(s, gazetteer.find(s))]
        for s in sentences
    ]


def test_the_title_alone_is_the_person_named_with_it_before() -> None:
    _, second = _run([
        "Saudi Crown Prince Mohammed bin Salman arrived in Islamabad.",
        "The Crown Prince was received by the prime minister.",
    ])
    assert ("The Crown Prince", "SAU") in second
    # no prime minister named yet: "the prime minister" stays nobody
    assert all(text != "the prime minister" for text, _ in second)


def test_a_later_holder_of_the_title_replaces_the_earlier() -> None:
    *_, last = _run([
        "Pakistani Prime Minister Shehbaz Sharif met Azerbaijani Prime Minister Ali Asadov.",
        "Turkish President Erdogan joined them.",
        "The Prime Minister thanked the President.",
    ])
    assert ("The Prime Minister", "AZE") in last  # the last prime minister named
    assert ("the President", "TUR") in last


def test_a_title_with_its_own_owner_or_name_is_left_to_the_gazetteer() -> None:
    *_, last = _run([
        "Pakistani President Arif Alvi spoke.",
        "The President of Azerbaijan replied, and the President Ilham Aliyev left.",
    ])
    codes = [code for _, code in last]
    assert "PAK" not in codes


def test_the_premier_is_the_prime_minister_named_before() -> None:
    *_, last = _run([
        "Pakistani Prime Minister Shehbaz Sharif called on President Ilham Aliyev.",
        "The premier arrived at the palace in Baku.",
    ])
    assert ("The premier", "PAK") in last
