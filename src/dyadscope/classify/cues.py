"""Cue-word lists from ``data/cues.toml``, loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    hypothetical: frozenset[str]
    planned: frozenset[str]
    planned_phrases: tuple[tuple[str, ...], ...]
    intent: frozenset[str]
    topic: frozenset[str]
    narrative_links: frozenset[str]
    clause_breaks: frozenset[str]
    host_prepositions: frozenset[str]
    domains: dict[str, frozenset[str]]
    domestic_groups: dict[str, str]


@cache
def cues() -> Cues:
    raw = tomllib.loads(resources.files("dyadscope.data").joinpath("cues.toml").read_text("utf-8"))
    status = raw["status"]
    return Cues(
        negation=frozenset(w for w in status["negation"] if " " not in w),
        hypothetical=frozenset(status["hypothetical"]),
        planned=frozenset(status["planned"]),
        planned_phrases=tuple(tuple(p.split()) for p in status["planned_phrases"]),
        intent=frozenset(status["intent"]),
        topic=frozenset(status["topic"]),
        narrative_links=frozenset(status["narrative_links"]),
        clause_breaks=frozenset(raw["clause"]["breaks"]),
        host_prepositions=frozenset(raw["clause"]["host_prepositions"]),
        domains={name: frozenset(words) for name, words in raw["domain"].items()},
        domestic_groups=dict(raw["domestic"]["groups"]),
    )
