"""Officials named again by their title alone: "Saudi Crown Prince Mohammed bin Salman
said ... The Crown Prince was speaking at a banquet". News names a person in full once
and then writes "the Crown Prince", "the prime minister", "the ambassador"; that title
stands for the last person the document named with it. So does a surname alone ("Iranian
Foreign Minister Hossein Amir Abdollahian ... Abdollahian said"), for people the gazetteer
does not know by name."""

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
        self.vocabulary = frozenset(w for t in self.words for w in t)  # any title's words
        self.longest = max((len(t) for t in self.words), default=0)
        self.bare = re.compile(
            r"\b[Tt]he\s+(" + "|".join(re.escape(t) for t in ordered) + r")\b(?!\s+of\b)",
            re.IGNORECASE,
        ) if ordered else None  # fmt: skip


class TitleMemory:
    """Per document: the last actor named with each title of office, and with each
    surname of a titled person the gazetteer does not know ("Iranian Foreign Minister
    Hossein Amir Abdollahian ... Abdollahian said": news names him in full once)."""

    def __init__(self, titles: Titles) -> None:
        self._titles = titles
        self._last: dict[str, Actor] = {}
        self._surnames: dict[str, Actor] = {}
        # the name words before each remembered surname ("Mario Abdo" before "Benitez"):
        # a later short form may keep some of them ("Abdo Benitez visits Taiwan")
        self._given: dict[str, tuple[str, ...]] = {}

    def complete(self, text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
        """The sentence's mentions plus "the <title>" for each title the document has
        already given a name and each surname it has named a titled person by, then
        remember this sentence's titled mentions."""
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
        if self._surnames:
            out = _with_surnames(text, out, self._surnames, self._given)
        for mention in mentions:
            self._remember(mention)
            self._remember_title_before(text, mention)
            self._remember_surname(mention)
            self._remember_apposed(text, mention)
            self._remember_named_before(text, mention)
        return out

    def _remember_named_before(self, text: str, mention: ActorMention) -> None:
        """The surname of a name set before a state's office ("Kenji Mori, Japan's
        ambassador to Iran", "Li Wei, a spokesman for the Chinese embassy"): news names
        the person so once and then by surname alone."""
        actor = mention.actor
        if actor is None or len(actor.code) != 3 or mention.kind in ("location", "capital"):
            return
        found = _NAMED_BEFORE.search(text[max(0, mention.start - 120) : mention.start])
        if found is None or not all(
            w in _OFFICE_WORDS or w in self._titles.vocabulary
            for w in found.group(2).lower().split()
        ):
            return  # "Nikos Papas, filed a protest with the Turkish ambassador": not his
        surname = _surname_of(_WORD.findall(found.group(1)))
        if surname is not None:
            self._surnames.setdefault(surname, actor)

    def _remember_apposed(self, text: str, mention: ActorMention) -> None:
        """The surname of a name set after a titled mention ("his Iranian counterpart,
        Hossein Amir Abdollahian", "Chinese Ambassador, Cao Xiaolin said")."""
        actor = mention.actor
        if actor is None or len(actor.code) != 3 or mention.kind == "location":
            return
        found = _APPOSED.match(text, mention.end)
        if found is not None:
            words = _WORD.findall(found.group(0).rsplit(",", 1)[-1])
            family = _family_first(words)
            if family is not None:  # "Chinese Ambassador, Cao Xiaolin": "Cao said"
                self._surnames[family] = actor
                return
            surname = found.group(1)
            if len(surname) >= 4 and surname.lower() not in _NOT_NAMES:
                self._surnames[surname] = actor

    def _remember_surname(self, mention: ActorMention) -> None:
        """The last word of a titled person's name ("... Minister Hossein Amir
        Abdollahian"), when a first name stands before it."""
        actor = mention.actor
        if actor is None or len(actor.code) != 3 or mention.kind != "person":
            return
        words = _WORD.findall(mention.text)
        if len(words) < 3 or not all(w[:1].isupper() for w in words[-2:]):
            return
        family = _family_first(words)
        if family is not None:  # "Chinese Foreign Minister Wang Yi": "Wang said"
            self._surnames[family] = actor
            return
        surname = words[-1]
        if len(surname) >= 4 and surname.lower() not in _NOT_NAMES and not surname.isupper():
            self._surnames[surname] = actor
            self._given[surname] = tuple(words[:-1])

    def _remember_title_before(self, text: str, mention: ActorMention) -> None:
        """A known person named after his title, which his mention leaves out ("Prime
        Minister Muhammad Shehbaz Sharif": "Shehbaz Sharif"): "the prime minister" is he."""
        actor = mention.actor
        if actor is None or len(actor.code) != 3 or mention.kind != "person":
            return
        words = _WORD.findall(text[max(0, mention.start - 60) : mention.start])
        vocabulary = self._titles.vocabulary
        while words and words[-1][:1].isupper() and words[-1].lower() not in vocabulary:
            words.pop()  # the first names the mention leaves out ("Muhammad")
        lowered = [w.lower() for w in words]
        for size in range(min(self._titles.longest, len(lowered)), 0, -1):
            title = tuple(lowered[len(lowered) - size :])
            if title in self._titles.words:
                name = " ".join(title)
                self._last[name] = actor
                if name in _SAME_OFFICE:
                    self._last[_SAME_OFFICE[name]] = actor
                return

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


# words a name run may end on that are no surname ("... Uichiro Niwa Wednesday")
_NOT_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"}
)
# ", First Last" right after a title ("counterpart, Hossein Amir Abdollahian"): its last word
_APPOSED = re.compile(
    r"(?:\s+counterpart)?(?:\s+(?:in|to|at)\s+[A-Z][\w-]+)?,\s+(?:[A-Z][\w-]+\s+){1,3}([A-Z][\w-]+)"
    r"(?=[,.;]|\s+[a-z])"
)
# a name of two to four words, then ", [a|the] <office words> [of|for|to] [the]" just
# before a state's mention ("Hideo Mori, Japan's", "Li Wei, a spokesman for the Chinese")
_NAMED_BEFORE = re.compile(
    r"(?<![\w-])((?:[A-Z][a-z][\w'-]*\s+){1,3}[A-Z][a-z][\w'-]*),\s+"
    r"((?:[a-z][\w-]*\s+){0,5})(?:(?:of|for|to|at|in)\s+)?(?:the\s+)?$"
)
# the words an office is told with between a name and its state ("a senior adviser to")
_OFFICE_WORDS = frozenset(
    {"a", "an", "the", "deputy", "vice", "senior", "head", "chief", "director", "official",
     "spokesman", "spokesperson", "spokeswoman", "envoy", "representative", "adviser",
     "advisor", "member", "chairman", "minister", "ambassador", "foreign", "affairs",
     "defence", "defense", "interior", "trade", "national", "security", "former", "top",
     "acting", "special", "general", "press", "counsellor", "counselor", "diplomat",
     "secretary", "consul", "commander", "spokesmen", "and", "new", "first", "second",
     "of", "for", "to", "at", "in"}
)
# family names written first (Chinese, Korean): "Wang Yi" is "Wang" again; Vietnamese
# names are written so too, but news names the person again by the last word ("Thang")
_FAMILY_FIRST = frozenset(
    {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
     "Sun", "Hu", "Zhu", "Gao", "Lin", "Guo", "Luo", "Liang", "Zheng", "Xie", "Tang",
     "Feng", "Dong", "Xiao", "Cao", "Deng", "Peng", "Jiang", "Cai", "Wei", "Qin", "Xi",
     "Yi", "Hua", "Mao", "Geng", "Zhai", "Fu", "Kim", "Park", "Choi", "Yoon", "Moon",
     "Ri", "Choe", "Kwon"}
)


def _family_first(words: list[str]) -> str | None:
    """The family name of a two-word name written family name first ("Xi Jinping",
    "Wang Yi", "Kim Jong Un", "Roh Moo-hyun": a Korean given name is hyphenated)."""
    if (
        len(words) >= 2
        and words[-2][:1].isupper()
        and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1])
    ):
        return words[-2]
    for at in range(max(0, len(words) - 3), len(words) - 1):
        if words[at] in _FAMILY_FIRST and all(w[:1].isupper() for w in words[at:]):
            return words[at]
    return None


def _surname_of(words: list[str]) -> str | None:
    """The word a later mention names a person by: the family name of a name written
    family name first, else the last word of four letters or more."""
    family = _family_first(words)
    if family is not None:
        return family
    last = words[-1] if words else ""
    if len(words) >= 2 and len(last) >= 4 and last.lower() not in _NOT_NAMES:
        return last
    return None


# words before a surname that make it someone else's ("First Lady Janja da Silva")
_NAME_PARTICLES = frozenset({"da", "de", "di", "do", "dos", "bin", "ibn", "al", "el", "van", "von"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "pm", "sheikh"})


def _with_surnames(
    text: str,
    mentions: list[ActorMention],
    surnames: dict[str, Actor],
    given: dict[str, tuple[str, ...]] | None = None,
) -> list[ActorMention]:
    """``mentions`` plus each remembered surname standing alone ("Abdollahian said",
    "PM Modi"), not inside a mention and not after another name word ("Ghulam Sarwar
    Khan" is not the "Khan" named before)."""
    out = list(mentions)
    for surname, actor in surnames.items():
        if surname not in text:
            continue
        for found in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
            start, end = found.span()
            if overlaps_any(start, end, out):
                continue
            before = _WORD.findall(text[max(0, start - 40) : start])
            kept = _kept_given_names(before, (given or {}).get(surname, ()))
            if kept:
                # "Abdo Benitez" after "Mario Abdo Benitez": the short form keeps the
                # last names of the full one
                start = text.rindex(kept[0], 0, start)
                before = before[: len(before) - len(kept)]
            last = before[-1] if before else ""
            if last.lower() in _NAME_PARTICLES or (
                last[:1].isupper() and last.lower() not in _HONORIFICS and last != last.upper()
            ):
                continue
            out.append(ActorMention(start, end, text[start:end], actor, "person"))
    out.sort(key=lambda m: m.start)
    return out


def _kept_given_names(before: list[str], given: tuple[str, ...]) -> list[str]:
    """The words just before a surname that end the given names it was first written
    with ("Abdo" of "Mario Abdo Benitez"), longest first; none when they differ."""
    for size in range(min(len(before), len(given)), 0, -1):
        words = before[-size:]
        if [w.lower() for w in words] == [w.lower() for w in given[-size:]] and all(
            w[:1].isupper() for w in words
        ):
            return words
    return []
