"""Reading TABARI/PETRARCH verb dictionaries (``.verbs``) as dyadscope event patterns.

Analysts' verb dictionaries (the CAMEO verb file, project dictionaries) hold
decades of coding decisions; reading them lets a user code with them as they are.
The format, as the files use it:

- ``--- NAME [code] ---`` opens a verb block whose default code is ``code``;
  ``[---]`` (or ``[+++]``) codes nothing. Files may also start a block with verb
  lines alone (no header): a verb line after a block's patterns opens a new one.
- verb lines: ``VERB``, ``VERB {FORM FORM}`` (irregular forms), ``VERB [code]``
  (its own code); multi-word verbs join words with ``_`` and mark the verb with
  ``+`` (``WIRE_+TAP``, ``+BREAK_DOWN {+BROKE_DOWN}``).
- pattern lines: ``- PRE * POST [code]``: ``*`` is the block's verb; words joined
  by ``_`` (or grouped in ``{...}`` / ``(...)``) are consecutive, words apart may
  have up to a few tokens between them; ``$`` is where the source actor is, ``+``
  the target, ``%`` says the subject is a compound acting on itself (coded as an
  undirected event), ``^`` skips a word; ``&NAME`` refers to a synset.
- synsets: ``&NAME`` followed by ``+PHRASE`` lines (a phrase may be ``&OTHER``),
  ended by a blank line.
- ``[src:tgt]`` codes the source's side and, reversed, the target's (``[032:033]``:
  a visit by X to Y is also Y hosting X); ``#`` and ``<!-- -->`` are comments.
- PETRARCH-2 transformations: ``~ a (b . ATTACK) SAY = a b 112`` ("X said Y
  attacked": X accuses Y). Verb names stand for the code the file gives that
  verb; a single capital letter (``Q``) is a code variable copied to the result.
  They are read by ``read_petrarch_dictionary`` (``classify.transform`` applies them).

Each pattern becomes a ``classify.patterns.Pattern`` anchored on the verb, with
kind, PLOVER type and domain from the CAMEO table (``codes.cameo``); a code the
table does not know (old WEIS codes) is kept as written with kind ``other``. A
malformed line raises ``DictionaryError`` naming ``file:line`` unless the caller
collects problems in ``rejections``: then that line, or the block it breaks, is
skipped and recorded, and the rest of the file kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dyadscope.classify.patterns import GAP, Element, Pattern, inflect
from dyadscope.classify.transform import NULL_CODES, TransformRules
from dyadscope.codes.cameo import cameo
from dyadscope.dictionaries.files import read_dictionary_text
from dyadscope.dictionaries.petrarch import regular_plural as _regular_plural
from dyadscope.dictionaries.petrarch_transforms import read_transformations
from dyadscope.errors import DictionaryError
from dyadscope.model import Rejection

SNIFF_CHARS = 200_000  # how far into a file to look for a verb block header
MAX_VARIANTS = 64  # multi-word synset members expand a pattern into variants; cap them
_HEADER = re.compile(r"^---+[^\[]*\[([^\]]*)\].*---+$")
_CODE = re.compile(r"\[([^\]]*)\]\s*$")
_FORMS = re.compile(r"\{([^}]*)\}")
_NEGATION = re.compile(r"[_\s]+N'T\b", re.IGNORECASE)
_WORD = re.compile(r"^[A-Za-z0-9'.\-]+$")
_ARTICLE = Element(frozenset({"a", "an", "the"}), optional=True)


def is_verbs_file(path: Path) -> bool:
    """Is this a PETRARCH/TABARI verb dictionary? Told by the name (``.verbs``,
    "verbs" in it) or by a ``--- VERB [code] ---`` block header near the top
    (the CAMEO verb file is ``CAMEO.2.0.txt``)."""
    name = path.name.lower()
    if name.endswith(".verbs") or "verbs" in name:
        return True
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(SNIFF_CHARS)
    except OSError:
        return False
    return any(_HEADER.match(line.strip()) for line in head.splitlines())


@dataclass(slots=True)
class _Verb:
    words: list[str]  # lower case
    verb_index: int  # which word is the verb
    forms: frozenset[str]  # forms of the verb word
    code: str | None
    line: int


@dataclass(slots=True)
class _Block:
    code: str
    line: int
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str]] = field(default_factory=list)  # line, body, code


class _Reader:
    def __init__(self, label: str, rejections: list[Rejection] | None) -> None:
        self.label = label
        self.rejections = rejections
        self.synsets: dict[str, list[str]] = {}
        self.singular_only: set[str] = set()  # synsets labelled "&NAME_": no plurals
        self.blocks: list[_Block] = []
        self.transforms: list[tuple[int, str]] = []  # line number, text: resolved last

    def problem(self, number: int, reason: str, content: str) -> None:
        if self.rejections is None:
            raise DictionaryError(self.label, number, reason)
        self.rejections.append(
            Rejection(
                path=self.label,
                reason=reason,
                line=number,
                content=content.strip(),
                stage="dictionary",
            )
        )

    def read(self, lines: Iterable[str]) -> None:
        synset: str | None = None
        block: _Block | None = None
        in_comment = False
        for number, raw in enumerate(lines, start=1):
            line = raw.rstrip("\n")
            if in_comment or "<!--" in line:
                in_comment = "-->" not in line
                continue
            if not line.strip():
                synset = None  # a blank line ends a synset
                continue
            line = re.split(r"[#;]", line, maxsplit=1)[0].strip()
            if not line:
                continue
            if line.startswith("~"):  # PETRARCH-2 transformations name verbs read later
                self.transforms.append((number, line))
                continue
            header = _HEADER.match(line)
            if header:
                synset = None
                block = _Block(_clean_code(header.group(1)), number)
                self.blocks.append(block)
            elif line.startswith("&") and not line.startswith("&&"):
                label = line.split()[0][1:]
                synset = label.rstrip("_").upper()
                if label.endswith("_"):
                    self.singular_only.add(synset)
                self.synsets[synset] = []
            elif line.startswith("+") and synset is not None:
                self.synsets[synset].append(line[1:].strip())
            elif line.startswith("-"):
                synset = None
                if block is None:
                    self.problem(number, "pattern line outside a verb block", line)
                    continue
                code = _CODE.search(line)
                if code is None:
                    self.problem(number, "pattern line without a [code]", line)
                    continue
                body = line[1 : code.start()].strip()
                block.patterns.append((number, body, _clean_code(code.group(1))))
            else:
                synset = None
                if block is None or block.patterns:  # a new, header-less block
                    block = _Block("---", number)
                    self.blocks.append(block)
                verb = self.verb(line, number)
                if verb is not None:
                    block.verbs.append(verb)

    def verb(self, line: str, number: int) -> _Verb | None:
        code_match = _CODE.search(line)
        code = _clean_code(code_match.group(1)) if code_match else None
        text = line[: code_match.start()] if code_match else line
        forms_match = _FORMS.search(text)
        text = _FORMS.sub(" ", text).strip()
        words = [w for w in re.split(r"[_\s]+", text) if w]
        if not words:
            self.problem(number, "verb line without a verb", line)
            return None
        marked = [i for i, w in enumerate(words) if w.startswith("+")]
        index = marked[0] if marked else 0
        words = [w.lstrip("+").lower() for w in words]
        if not all(_WORD.match(w) for w in words):
            self.problem(number, f"unreadable verb '{text}'", line)
            return None
        forms = set(inflect(words[index]))
        # forms are separated by spaces (some files also put commas between them)
        for form in forms_match.group(1).replace(",", " ").split() if forms_match else ():
            parts = [p for p in re.split(r"_", form) if p]
            plus = [p for p in parts if p.startswith("+")]
            chosen = plus[0] if plus else parts[min(index, len(parts) - 1)] if parts else ""
            if _WORD.match(chosen.lstrip("+")):
                forms.add(chosen.lstrip("+").lower())
        return _Verb(words, index, frozenset(forms), code, number)

    def members(self, name: str, seen: frozenset[str] = frozenset()) -> list[list[str]]:
        """The phrases (as word lists) of a synset, nested synsets resolved."""
        if name in seen:
            raise ValueError(f"synset &{name} refers to itself")
        if name not in self.synsets:
            raise ValueError(f"unknown synset &{name}")
        out: list[list[str]] = []
        for phrase in self.synsets[name]:
            if phrase.startswith("&"):
                out += self.members(phrase[1:].strip().rstrip("_").upper(), seen | {name})
                continue
            words = [w.lower() for w in re.split(r"[_\s]+", _contract(phrase)) if w]
            if words:
                out.append(words)
                if (
                    name not in self.singular_only
                    and not phrase.rstrip().endswith("_")
                    and not words[-1].endswith("s")  # "DOLLARS" is plural already
                ):
                    # synset phrases get regular plurals ("&WEAPON" has WEAPON: "weapons")
                    out.append([*words[:-1], _regular_plural(words[-1].upper()).lower()])
        return out


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    """What a verb dictionary holds: its patterns and its transformations."""

    patterns: list[Pattern]
    transformations: TransformRules


def load_petrarch_verbs(
    path: Path | str, rejections: list[Rejection] | None = None
) -> list[Pattern]:
    """Event patterns from a PETRARCH/TABARI verb dictionary, most specific first
    within each verb block (as PETRARCH tries them)."""
    return load_petrarch_dictionary(path, rejections).patterns


def load_petrarch_dictionary(
    path: Path | str, rejections: list[Rejection] | None = None
) -> VerbDictionary:
    """A verb dictionary's patterns and its PETRARCH-2 transformations."""
    text = read_dictionary_text(path, fallback="latin-1")
    return read_petrarch_dictionary(text.splitlines(), str(path), rejections)


def read_petrarch_verbs(
    lines: Iterable[str], label: str, rejections: list[Rejection] | None = None
) -> list[Pattern]:
    """``load_petrarch_verbs`` on lines already read; ``label`` names them in errors."""
    return read_petrarch_dictionary(lines, label, rejections).patterns


def read_petrarch_dictionary(
    lines: Iterable[str], label: str, rejections: list[Rejection] | None = None
) -> VerbDictionary:
    """``load_petrarch_dictionary`` on lines already read."""
    reader = _Reader(label, rejections)
    reader.read(lines)
    patterns: list[Pattern] = []
    for block in reader.blocks:
        if not block.verbs:
            reader.problem(block.line, "verb block without verbs", "")
            continue
        patterns += _block_patterns(reader, block)
    verbs = [(v.words, v.forms, v.code or b.code) for b in reader.blocks for v in b.verbs]
    rules = read_transformations(verbs, reader.transforms, reader.label, reader.problem)
    return VerbDictionary(patterns, rules)


def _block_patterns(reader: _Reader, block: _Block) -> list[Pattern]:
    verb_words = frozenset().union(*(v.forms for v in block.verbs))
    verb = Element(verb_words, anchor=True)
    specific: list[tuple[float, Pattern]] = []
    # a pattern written twice in a block keeps its last code (later lines override)
    last = {" ".join(body.split()): (number, code) for number, body, code in block.patterns}
    for number, body, code in block.patterns:
        if last[" ".join(body.split())][0] != number:
            continue
        try:
            variants = _pattern_elements(reader, body, verb)
        except ValueError as exc:
            reader.problem(number, str(exc), body)
            continue
        roles = "sym" if "%" in body.split() else "s>o"
        for elements in variants:
            weight = sum(1 for e in elements if e.words and not e.anchor) + sum(
                1 for e in elements if e.slot
            )
            source = f"{reader.label}:{number}"
            specific.append((weight, _pattern(code, roles, elements, source)))
            plural = _with_plurals(elements)
            if plural != elements:  # after every exact pattern of the same weight
                specific.append((weight - 0.5, _pattern(code, roles, plural, source)))
    specific.sort(key=lambda item: -item[0])  # stable: file order among equals
    out = [p for _, p in specific]
    for v in sorted(block.verbs, key=lambda v: -len(v.words)):
        elements = tuple(
            Element(v.forms, anchor=True) if i == v.verb_index else Element(frozenset({w}))
            for i, w in enumerate(v.words)
        )
        out.append(_pattern(v.code or block.code, "s>o", elements, f"{reader.label}:{v.line}"))
    return out


def _pattern(code: str, roles: str, elements: tuple[Element, ...], source: str) -> Pattern:
    """``code`` is ``src`` or ``src:tgt`` (the target's side of the same event)."""
    code, _, reverse = code.partition(":")
    reverse = "" if reverse in NULL_CODES else reverse
    if code in NULL_CODES:
        return Pattern("", code, "", "auto", roles, elements, source, dyadic=True)
    info = cameo(code or reverse)  # "[:030]" codes only the target's side
    kind, plover, domain = (
        (info.kind, info.plover or "", info.domain) if info else ("other", "", "auto")
    )
    return Pattern(
        kind, code, plover, domain, roles, elements, source, dyadic=True, reverse_cameo=reverse
    )


def _pattern_elements(reader: _Reader, body: str, verb: Element) -> list[tuple[Element, ...]]:
    """The element sequences of one pattern body (several when a synset has
    multi-word members)."""
    body = _join_groups(_contract(body))
    # each position: a list of alternatives, each alternative a tuple of elements
    slots: list[list[tuple[Element, ...]]] = []
    has_verb = False
    for g, group in enumerate(body.split()):
        if g:
            slots.append([(Element(frozenset(), gap=GAP),)])
        for k, item in enumerate(i for i in group.split("_") if i):
            if k:  # consecutive words, but a phrase's article is no word of its own
                slots.append([(_ARTICLE,)])  # ("IN FIREFIGHT": "in a firefight")
            if item == "*":
                slots.append([(verb,)])
                has_verb = True
            elif item in ("$", "+"):
                slots.append([(Element(frozenset(), slot=item),)])
            elif item == "%":
                continue
            elif item == "^":
                slots.append([(Element(frozenset(), gap=2),)])
            elif item.startswith("&"):
                slots.append(_synset_alternatives(reader, item[1:].rstrip("_").upper()))
            elif all(_WORD.match(word) for word in item.split("/")):  # "FAVOUR/FAVOR"
                slots.append([(Element(frozenset(item.lower().split("/"))),)])
            else:
                raise ValueError(f"unreadable pattern word '{item}'")
    if not has_verb:
        raise ValueError("pattern without '*' (the verb)")
    variants = []
    for combo in itertools.islice(itertools.product(*slots), MAX_VARIANTS):
        elements = [e for part in combo for e in part]
        variants.append(_tidy(elements))
    return variants


def _with_plurals(elements: tuple[Element, ...]) -> tuple[Element, ...]:
    """The pattern with its nouns also matching their regular plurals ("ASSURANCE":
    "assurances"), as PETRARCH matches them; short words (prepositions) are left."""
    out = []
    for element in elements:
        if element.words and not element.anchor and not element.slot:
            plurals = {
                _regular_plural(w.upper()).lower()
                for w in element.words
                if len(w) > 3 and not w.endswith("s")
            }
            element = Element(element.words | plurals, element.optional, element.gap)
        out.append(element)
    return tuple(out)


def _contract(text: str) -> str:
    """TreeBank splits "didn't" as "DID N'T"; our tokens keep it whole."""
    return _NEGATION.sub("N'T", text)


def _join_groups(body: str) -> str:
    """Words grouped in ``{...}`` or ``(...)`` (nested or not) are consecutive."""
    out: list[str] = []
    depth = 0
    for char in body:
        if char in "{(":
            depth += 1
            out.append(" " if depth == 1 else "_")
        elif char in "})":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced braces or brackets in pattern")
            out.append(" " if depth == 0 else "_")
        elif char.isspace() and depth:
            out.append("_")
        else:
            out.append(char)
    if depth:
        raise ValueError("unbalanced braces or brackets in pattern")
    return "".join(out)


def _synset_alternatives(reader: _Reader, name: str) -> list[tuple[Element, ...]]:
    """One element for the synset's single words, one sequence per multi-word phrase."""
    members = reader.members(name)
    singles = frozenset(m[0] for m in members if len(m) == 1)
    out: list[tuple[Element, ...]] = []
    if singles:
        out.append((Element(singles),))
    for words in members:
        if len(words) > 1:
            out.append(tuple(Element(frozenset({w})) for w in words))
    if not out:
        raise ValueError(f"synset &{name} is empty")
    return out


def _tidy(elements: Sequence[Element]) -> tuple[Element, ...]:
    """Merge neighbouring gaps and drop gaps at either end (patterns cannot start
    or end with one)."""
    out: list[Element] = []
    for element in elements:
        if element.gap and out and out[-1].gap:
            gap = min(out[-1].gap + element.gap, 2 * GAP)
            out[-1] = Element(frozenset(), gap=gap)
        else:
            out.append(element)
    while out and out[0].gap:
        out.pop(0)
    while out and out[-1].gap:
        out.pop()
    return tuple(out)


def _clean_code(text: str) -> str:
    """The code as written, upper-cased, without spaces: ``030``, ``032:033``."""
    return "".join(text.split()).upper()
