"""States named again by their region: "Venezuela ... deploying warships to the waters
off the South American country", "Nepal ... the Himalayan nation". News varies its
wording this way; the phrase stands for the state of that region the document named
last (``gazetteer/regions.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources

from dyadscope.errors import DictionaryError
from dyadscope.mentions.actor_phrases import PREPOSITIONS
from dyadscope.mentions.spans import overlaps_any
from dyadscope.model import Actor, ActorMention, MentionKind

_NOUNS = ("country", "nation", "state", "kingdom", "republic", "neighbour", "neighbor",
          "island nation", "island state", "island country", "island", "archipelago",
          "emirate", "sultanate", "monarchy")  # fmt: skip
# everyday epithets news sets before a state's description ("the tiny Pacific island
# nation", "the oil-rich emirate", "the troubled Latin American country"): they describe,
# and leave the state the description stands for unchanged
_EPITHETS = ("tiny", "small", "little", "poor", "impoverished", "wealthy", "rich", "oil-rich",
             "gas-rich", "energy-rich", "resource-rich", "mineral-rich", "cash-strapped",
             "war-torn", "war-ravaged", "conflict-torn", "conflict-hit", "strife-torn",
             "crisis-hit", "crisis-ridden", "troubled", "restive", "isolated", "reclusive",
             "secretive", "mountainous", "vast", "populous", "sparsely populated", "predominantly",
             "mostly", "largely", "Muslim-majority", "Catholic", "Buddhist", "Muslim",
             "coup-hit", "military-ruled", "junta-led", "low-lying", "remote")  # fmt: skip
_EPITHET_WORD = r"(?:" + "|".join(re.escape(e) for e in _EPITHETS) + r")"
_EPITHET = r"(?:" + _EPITHET_WORD + r"\s+){0,2}"


# "the socialist-run country", "the oil-rich nation", "the communist state": a state's
# description with no region in it; it stands for the state the document named last
_DESCRIBED = re.compile(
    r"\b[Tt]he\s+(?:" + _EPITHET + r")(?:[a-z]+-(?:run|rich|torn|hit|led|ruled|dominated|"
    r"majority|locked|strapped|ravaged|ridden|governed|controlled|stricken)|"
    + _EPITHET_WORD
    + r"|communist|socialist|"
    r"Communist|Socialist|Hindu-majority)\s+(?:country|nation|state|kingdom|republic)\b"
    r"(?!\s+of\b)"
)


class Regions:
    """Region adjectives and their member states, with the expression that finds
    "the <adjective> <country noun>" (built once per run)."""

    def __init__(self, members: dict[str, frozenset[str]]) -> None:
        # "the Kingdom", "the emirate": a whole phrase, matched in any case
        self.members = {(k.lower() if k.startswith("the ") else k): v for k, v in members.items()}
        ordered = sorted((a for a in members if not a.startswith("the ")), key=len, reverse=True)
        phrases = sorted((a for a in members if a.startswith("the ")), key=len, reverse=True)
        self.phrase = re.compile(
            r"\b[Tt]he\s+" + _EPITHET + r"((?i:" + "|".join(re.escape(a) for a in ordered)
            + r"))\s+(" + "|".join(_NOUNS) + r")\b"
        ) if ordered else None  # fmt: skip
        self._cased = {a.lower(): a for a in ordered}  # "west African" is "West African"
        self.alone = re.compile(
            r"\b[Tt]he\s+(?i:" + _EPITHET + r")(" + "|".join(re.escape(p[4:]) for p in phrases)
            + r")\b(?!\s+of\b)", re.IGNORECASE
        ) if phrases else None  # fmt: skip

    def found(self, text: str) -> list[tuple[int, int, frozenset[str]]]:
        """Each region phrase in ``text``: where, and the states it may stand for."""
        out = []
        if self.phrase is not None:
            out += [(m.start(), m.end(), self.members[self._cased[m.group(1).lower()]])
                    for m in self.phrase.finditer(text)]  # fmt: skip
        if self.alone is not None:
            out += [(m.start(), m.end(), self.members["the " + m.group(1).lower()])
                    for m in self.alone.finditer(text)]  # fmt: skip
        taken = [(a, b) for a, b, _ in out]
        out += [(m.start(), m.end(), frozenset()) for m in _DESCRIBED.finditer(text)
                if not any(a < m.end() and m.start() < b for a, b in taken)]  # fmt: skip
        return sorted(out, key=lambda f: f[0])

    @classmethod
    @cache
    def default(cls) -> Regions:
        path = "dyadscope/data/gazetteer/regions.tsv"
        text = resources.files("dyadscope.data").joinpath("gazetteer/regions.tsv").read_text(
            "utf-8"
        )
        return cls(parse_regions(text, path))


def parse_regions(text: str, path: str) -> dict[str, frozenset[str]]:
    """``adjectives<TAB>members`` rows; comments and the header are skipped."""
    members: dict[str, frozenset[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("adjectives\t"):
            continue
        cells = line.split("\t")
        codes = frozenset(c.strip() for c in cells[1].split("|")) if len(cells) == 2 else None
        if not codes or any(len(c) != 3 for c in codes):
            raise DictionaryError(path, number, "expected 'adjectives<TAB>ISO3|ISO3|...'")
        for adjective in cells[0].split("|"):
            members[adjective.strip()] = codes
    return members


class RegionMemory:
    """Per document: the states named so far, latest last."""

    def __init__(
        self,
        regions: Regions,
        country: Callable[[str], Actor | None],
        is_place: Callable[[str], bool] = lambda name: False,
    ) -> None:
        self._regions = regions
        self._country = country
        self._is_place = is_place
        self._named: list[str] = []  # codes in the order the document named them

    def complete(self, text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
        """The sentence's mentions plus "the <region> country" for the state of that
        region named last before it; then remember the sentence's states."""
        out = list(mentions)
        # a place inside a state ("its attacks on Gaza") is no state "the Middle Eastern
        # country" recalls
        states = [(m.start, m.actor.code) for m in mentions
                  if m.actor and len(m.actor.code) == 3 and not self._is_place(m.text)]
        found = self._regions.found(text)
        if found:
            for start, end, members in found:
                if overlaps_any(start, end, mentions):
                    continue
                if text[end:].lstrip().startswith("of "):
                    continue  # "the Gulf nation of Qatar" names its state itself
                earlier = self._named + [code for at, code in states if at < start]
                # a described state with no region ("the socialist-run country"): any
                # state, but not one the sentence names after it: that is the act's
                # other side ("the oil-rich nation expelled the US ambassador")
                after = {code for at, code in states if at >= end} if not members else set()
                code = next(
                    (c for c in reversed(earlier)
                     if (c in members or not members) and c not in after),
                    None,
                )  # fmt: skip
                actor = self._country(code) if code else None
                if actor is not None:
                    named = Actor(actor.code, actor.name, None, text[start:end])
                    before = text[:start].split()[-1:]
                    # "in the South Asian country": where, as a state after "in" is
                    where = bool(before) and before[0].lower() in PREPOSITIONS
                    kind: MentionKind = "location" if where else "state"
                    out.append(ActorMention(start, end, text[start:end], named, kind))
            out.sort(key=lambda m: m.start)
        self._named += [code for _, code in states]
        return out
