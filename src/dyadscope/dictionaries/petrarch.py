"""Reading TABARI/PETRARCH actor (``.actors``) and agent (``.agents``) dictionaries.

Analysts have years of curated dictionaries in these formats; reading them lets
them reuse that work. The format, as the files use it:

- ``PHRASE_IN_CAPS [CODE]``: words joined by ``_`` (a trailing ``_`` asks for an
  exact word; our matching is always word-exact, so it is dropped); plain spaces
  also join words in older files.
- ``+SYNONYM`` lines add phrases to the entry above.
- a code block ``[CODE]``, possibly on its own (indented) line, possibly several;
  date restrictions ``[CODE yymmdd-yymmdd]``, ``[CODE >yymmdd]`` (from),
  ``[CODE <yymmdd]`` (until); dates with 6 (yymmdd, years < 40 are 20xx) or 8 digits.
- ``#`` starts a comment; ``<!-- ... -->`` blocks are comments.
- agents: ``PHRASE {PLURAL} [~SEC]`` (``{}`` = regular plural) and ``NGO~`` style codes;
  ``!MACRO! = A, B`` lines define substitutions used as ``CONGRESS!PERSON!``.

Codes are kept as given (upper-cased); discard codes (``---``, ``+++``, ``###``)
drop the phrase. A malformed code block raises ``DictionaryError`` naming
``file:line`` unless the caller collects problems in ``rejections``: then the
block is skipped, recorded as a ``Rejection``, and the rest of the file kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dyadscope.dictionaries.files import read_dictionary_text
from dyadscope.errors import DictionaryError
from dyadscope.model import Rejection

DISCARD_CODES = frozenset({"---", "+++", "###"})
_BLOCK = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(r"(?:<\s*(\d+)|>\s*(\d+)|(\d+)\s*-\s*(\d+))")
_MACRO_DEF = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_MACRO_USE = re.compile(r"![A-Z]+!")
_PLURAL = re.compile(r"\{([^}]*)\}")
_CODE = re.compile(r"[A-Za-z0-9~/]+")


@dataclass(frozen=True, slots=True)
class PetrarchCode:
    """One code of an entry; ``start``/``end`` ISO dates ("" = open)."""

    code: str
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class PetrarchActor:
    phrases: tuple[str, ...]  # words joined by spaces, as written (upper case)
    codes: tuple[PetrarchCode, ...]
    line: int


@dataclass(frozen=True, slots=True)
class PetrarchAgent:
    phrases: tuple[str, ...]  # incl. plural forms
    code: str  # without the "~": "GOV", "GOVFRM", "NGO"
    line: int


def is_petrarch_file(path: Path) -> str | None:
    """"actors" or "agents" when the file name says it is such a dictionary, else None."""
    name = path.name.lower()
    for kind in ("agents", "actors"):
        if name.endswith(f".{kind}") or kind in name:
            return kind
    return None


def load_petrarch_actors(
    path: Path | str, rejections: list[Rejection] | None = None
) -> list[PetrarchActor]:
    """Entries of an actor dictionary, in file order (entries without a code are merged
    into the next entry that has one, as TABARI groups them)."""
    label = str(path)
    entries: list[PetrarchActor] = []
    phrases: list[str] = []
    codes: list[PetrarchCode] = []
    first_line = 0

    blocks_seen = 0

    def flush() -> None:
        # phrases with no code block yet wait for the next entry's codes (TABARI groups
        # them); once a block was seen (even a rejected one) the entry is complete
        nonlocal phrases, codes, blocks_seen
        real = [c for c in codes if c.code not in DISCARD_CODES]
        if phrases and blocks_seen:
            if real:
                entries.append(PetrarchActor(tuple(phrases), tuple(real), first_line))
            phrases, codes, blocks_seen = [], [], 0

    for number, line in _lines(label):
        blocks = _BLOCK.findall(line)
        head = _BLOCK.sub(" ", line).strip()
        if head.startswith("+"):
            phrase = _phrase(head[1:])
            if phrase:
                phrases.append(phrase)
        elif head:
            flush()
            if not phrases:
                first_line = number
            phrases.append(_phrase(head))
        for block in blocks:
            blocks_seen += 1
            parsed = _code(block, label, number, rejections)
            if parsed is not None:
                codes.append(parsed)
    flush()
    return entries


def load_petrarch_agents(
    path: Path | str, rejections: list[Rejection] | None = None
) -> list[PetrarchAgent]:
    """Entries of an agent dictionary with macros expanded and plural forms added."""
    label = str(path)
    macros: dict[str, list[str]] = {}
    agents: list[PetrarchAgent] = []
    for number, line in _lines(label):
        definition = _MACRO_DEF.match(line.strip())
        if definition:
            macros[definition.group(1)] = [w.strip() for w in definition.group(2).split(",")]
            continue
        blocks = _BLOCK.findall(line)
        if not blocks:
            _problem(label, number, "agent line without a [~CODE] block", rejections, line)
            continue
        code = blocks[0].strip().replace(" ", "")
        if "~" not in code or not code.replace("~", "").isalnum():
            _problem(label, number, f"agent code [{blocks[0]}] is malformed", rejections, line)
            continue
        head = _BLOCK.sub(" ", line)
        plurals = _PLURAL.findall(head)
        head = _PLURAL.sub(" ", head).strip()
        forms = _expand(head, macros)
        phrases: list[str] = []
        for form in forms:
            phrase = _phrase(form)
            phrases.append(phrase)
            if not plurals or plurals == [""]:
                phrases.append(regular_plural(phrase))
        for plural in plurals:
            if plural.strip():
                phrases.extend(_phrase(p) for p in _expand(plural.strip(), macros))
        agents.append(PetrarchAgent(tuple(dict.fromkeys(phrases)), code.replace("~", ""), number))
    return agents


def _lines(label: str) -> Iterator[tuple[int, str]]:
    """Content lines with comments (``#``, ``<!-- -->`` blocks) removed."""
    text = read_dictionary_text(label, fallback="utf-8")  # undecodable bytes replaced
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!") or line.lstrip().startswith("<! "):
            in_comment = "-->" not in line
            continue
        if "#" in line:
            line = line[: line.index("#")]
        if line.strip():
            yield number, line.rstrip()


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).upper()


def _expand(head: str, macros: dict[str, list[str]]) -> list[str]:
    forms = [head]
    for name in _MACRO_USE.findall(head):
        options = macros.get(name, [])
        forms = [f.replace(name, option, 1) for f in forms for option in options]
    return forms


def regular_plural(phrase: str) -> str:
    """The regular plural of an upper-case phrase's last word, as PETRARCH forms it."""
    if phrase.endswith("Y") and len(phrase) > 1 and phrase[-2] not in "AEIOU":
        return phrase[:-1] + "IES"
    if phrase.endswith(("S", "X", "CH", "SH", "Z")):
        return phrase + "ES"
    return phrase + "S"


def _code(
    block: str, label: str, number: int, rejections: list[Rejection] | None
) -> PetrarchCode | None:
    parts = block.strip().split(None, 1)
    if not parts:
        _problem(label, number, "empty code block []", rejections, block)
        return None
    code = parts[0].upper()
    rest = parts[1].strip() if len(parts) > 1 else ""
    malformed = code[0] in "<>" or code[0].isdigit() or not _CODE.fullmatch(code)
    if malformed and code not in DISCARD_CODES:
        _problem(label, number, f"code block [{block.strip()}] has no code", rejections, block)
        return None
    if not rest:
        return PetrarchCode(code)
    match = _RESTRICTION.fullmatch(rest)
    if match is None:
        _problem(label, number, f"date restriction {rest!r} is malformed", rejections, block)
        return None
    until, since, start, end = match.groups()
    try:
        if until:
            return PetrarchCode(code, "", _iso(until))
        if since:
            return PetrarchCode(code, _iso(since), "")
        return PetrarchCode(code, _iso(start), _iso(end))
    except ValueError as exc:
        _problem(label, number, str(exc), rejections, block)
        return None


def _iso(digits: str) -> str:
    """yymmdd or yyyymmdd -> YYYY-MM-DD (two-digit years below 40 are 20xx)."""
    if len(digits) == 6:
        yy = int(digits[:2])
        year = 2000 + yy if yy < 40 else 1900 + yy
        rest = digits[2:]
    elif len(digits) == 8:
        year, rest = int(digits[:4]), digits[4:]
    else:
        raise ValueError(f"date {digits!r} is neither yymmdd nor yyyymmdd")
    try:
        return date(year, int(rest[:2]), int(rest[2:])).isoformat()
    except ValueError:
        raise ValueError(f"date {digits!r} is not a calendar date") from None


def _problem(
    label: str, number: int, reason: str, rejections: list[Rejection] | None, content: str
) -> None:
    if rejections is None:
        raise DictionaryError(label, number, reason)
    rejections.append(
        Rejection(path=label, reason=reason, line=number, content=content.strip(),
                  stage="dictionary")
    )
