"""Officials named again by their title alone: "Saudi Crown Prince Mohammed bin Salman
said ... The Crown Prince was speaking at a banquet". News names a person in full once
and then writes "the Crown Prince", "the prime minister", "the ambassador"; that title
stands for the last person the document named with it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dyadscope.mentions.spans import overlaps_any
from dyadscope.model import Actor, ActorMention

_WORD = re.compile(r"[\w-]+")
# titles news uses for one another ("Prime Minister Sharif ... the premier")
_SAME_OFFICE = {"premier": "prime minister", "prime minister": "premier"}


class Titles:
    """The titles of office a gazetteer knows, ready to look up: built once per run,
    not per document (its expression joins every title)."""

    def __init__(self, titles: frozenset[str]) -> None:
        # longest first, so "the deputy prime minister" is not "the prime minister"
        ordered = sorted((t for t in titles if t.strip()), key=len, reverse=True)
        self.words = frozenset(tuple(t.split()) for t in ordered)
        self.longest = max((len(t) for t in self.words), default=0)
        self.bare = re.compile(
            r"\b[Tt]he\s+(" + "|".join(re.escape(t) for t in ordered) + r")\b(?!\s+of\b)",
            re.IGNORECASE,
        ) if ordered else None  # fmt: skip


class TitleMemory:
    """Per document: the last actor named with each title of office."""

    def __init__(self, titles: Titles) -> None:
        self._titles = titles
        self._last: dict[str, Actor] = {}

    def complete(self, text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
        """The sentence's mentions plus "the <title>" for each title the document has
        already given a name, then remember this sentence's titled mentions."""
        out = list(mentions)
        bare = self._titles.bare
        if bare is not None and self._last:
            for found in bare.finditer(text):
                start, end = found.span()
                if overlaps_any(start, end, mentions):
                    continue  # inside a mention ("the Prime Minister of Pakistan")
                if end < len(text) and text[end : end + 2].strip()[:1].isupper():
                    continue  # a name follows: the gazetteer's own business
                actor = self._last.get(found.group(1).lower())
                if actor is not None:
                    out.append(ActorMention(start, end, text[start:end], actor, "person"))
            out.sort(key=lambda m: m.start)
        for mention in mentions:
            self._remember(mention)
        return out

    def _remember(self, mention: ActorMention) -> None:
        actor = mention.actor
        if actor is None or len(actor.code) != 3 or mention.kind == "location":
            return
        words = _WORD.findall(mention.text.lower())
        known = self._titles.words
        for size in range(min(self._titles.longest, len(words)), 0, -1):  # the longest title
            for at in range(len(words) - size + 1):
                title = tuple(words[at : at + size])
                if title in known:
                    name = " ".join(title)
                    self._last[name] = actor
                    if name in _SAME_OFFICE:
                        self._last[_SAME_OFFICE[name]] = actor
                    return
