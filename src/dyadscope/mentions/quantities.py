"""Amounts in a sentence: money (with currency and scale), counts of things, percentages.

``find_quantities`` returns ``QuantityMention``s sorted by offset. Values are in base
units ("$37.45 million" -> 37450000.0, computed exactly with Decimal). An
approximation word before the number ("around", "more than") is kept in the
mention text, since the model has no field for it.

What is *not* a quantity: years and dates ("in 1995", "24 October"), ordinals
("5th", "the fifth meeting"), numbers inside names and codes ("AMAN-2013",
"JF-17", "art3w16"), labels ("No. 1", "pp. 42-58"), durations ("twenty years") and
bare numbers with nothing counted after them.

Ambiguous currency forms: "$" is US dollars; "Rs", "₨" and "rupees" are Pakistani
rupees unless ``country`` names another rupee country (IND, LKA, NPL).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from dyadscope.mentions.numbers import (
    NUMBER_WORD_TOKENS,
    NUMBER_WORDS,
    NUMBER_WORDS_LOWER,
    NUMERAL,
    SCALE,
    SHORT_SCALES,
    currency_forms,
    parse_numeral,
    previous_word,
    reads_as_year,
    role_values,
    scale_of,
    singularise,
    words_to_number,
    words_with_role,
)
from dyadscope.model import Quantity, QuantityMention

__all__ = ["find_quantities"]

_RUPEE_FORMS = frozenset({"Rs", "Rs.", "₨", "rupee", "rupees"})
_RUPEE_BY_COUNTRY = {"IND": "INR", "LKA": "LKR", "NPL": "NPR", "PAK": "PKR"}
_MAX_ITEM_WORDS = 5

_PERCENT = re.compile(r"\s?%|\s+(?i:per\s?cent|percent|pct)(?![A-Za-z0-9_])")
_ITEM_WORD = re.compile(r"\s+([A-Za-z][A-Za-z0-9'’-]*)")
_ACRONYM_PLURAL = re.compile(r"(?=[^A-Z]*[A-Z][^A-Z]*[A-Z])[A-Za-z0-9-]{2,}s")  # APCs, MoUs
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class _Patterns:
    digits: re.Pattern[str]  # a numeral, then an optional scale word
    words: re.Pattern[str]  # a cardinal in words (run on the lower-cased text)
    words_any_case: re.Pattern[str]
    suffix: re.Pattern[str]  # a currency name or code just after the number/scale
    unit: re.Pattern[str]  # a measure just after the number/scale ("tons", "MW")


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """Compiled once; the currency prefix is looked for by hand, backwards from each number."""
    forms = currency_forms()
    scale = rf"(?:(?P<gap>\s?)(?P<scale>{SCALE}))?"
    names = sorted((f for f, (k, _) in forms.items() if k == "name"), key=len, reverse=True)
    codes = sorted(f for f, (k, _) in forms.items() if k == "code")
    units = sorted(_units(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in units)
    name_alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return _Patterns(
        digits=re.compile(rf"(?=[0-9])(?P<num>{NUMERAL}){scale}"),
        words=re.compile(rf"(?=[zotfsena])(?P<num>{NUMBER_WORDS_LOWER}){scale}"),
        words_any_case=re.compile(rf"(?P<num>{NUMBER_WORDS}){scale}"),
        unit=re.compile(rf"\s?(?P<unit>{unit_alt})(?![A-Za-z0-9_])(?:\s+of(?=\s))?"),
        suffix=re.compile(
            rf"\s+(?:(?P<name>(?i:{name_alt}))|(?P<code>{'|'.join(codes)}))(?![A-Za-z0-9_])"
        ),
    )


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    """Measure words ("tonnes", "MW") -> the unit name a Quantity carries."""
    return role_values("unit")


def _currency(form: str, country: str | None) -> str:
    forms = currency_forms()
    key = form if form in forms else form.lower()
    key = re.sub(r"\s+", " ", key)
    if key not in forms:  # "US \$" with a backslash or odd spacing
        key = re.sub(r"[\\\s]", "", key)
    code = forms.get(key, ("", "USD"))[1]
    if country and (form in _RUPEE_FORMS or form.lower() in _RUPEE_FORMS):
        return _RUPEE_BY_COUNTRY.get(country.upper(), code)
    return code


def _prefix_before(text: str, pos: int) -> tuple[int, str] | None:
    """A currency symbol or code right before ``pos`` ("US\\$ 46"): (its start, its form).

    Done by hand rather than with a backwards regex search, which costs far more.
    """
    end = pos - 1 if pos and text[pos - 1] == " " else pos
    start = end
    while start > 0 and end - start < 5 and not text[start - 1].isspace():
        start -= 1
    token = text[start:end]
    forms = currency_forms()
    for offset in range(len(token)):
        form = token[offset:]
        clean = form.replace("\\", "")
        if clean in forms and forms[clean][0] != "name":
            if clean[0].isalpha() and offset and token[offset - 1].isalpha():
                continue  # the tail of a longer word
            begin = start + offset
            if clean == "$" and text[max(0, begin - 3) : begin] == "US ":
                begin -= 3  # "US $ 46 billion"
            return begin, text[begin:end]
    return None


_MAX_DIGITS = 15  # longer digit runs are identifiers, and beyond what a float holds exactly


def _value(num: str) -> Decimal | None:
    if num[0].isdigit():
        if sum(c.isdigit() for c in num) > _MAX_DIGITS:
            return None
        return parse_numeral(num)
    words = words_to_number(num)
    return Decimal(words) if words is not None else None


def _item(text: str, pos: int, *, singular: bool = True) -> tuple[str, int] | None:
    """The counted noun phrase after ``pos`` ("trainer aircrafts" -> "trainer aircraft")."""
    stop, duration = words_with_role("stop"), words_with_role("duration")
    words: list[tuple[str, int]] = []
    while len(words) < _MAX_ITEM_WORDS:
        match = _ITEM_WORD.match(text, pos)
        if match is None:
            break
        word = match.group(1)
        lower = word.lower()
        base = lower.split("'")[0].split("’")[0]  # "another's" -> "another"
        if lower in stop or base in stop or (words and lower in duration):
            break
        if not words and lower in duration:
            return None
        if words and word[0].islower() and (
            lower.endswith(("ed", "ing", "ly")) or (_plural(words[-1][0]) and lower[-1] != "s")
        ):
            break  # a verb or adverb: "ships visited", "students study"
        words.append((word, match.end()))
        pos = match.end()
    while words and not (words[-1][0][0].islower() or _ACRONYM_PLURAL.fullmatch(words[-1][0])):
        words.pop()
    if not words:
        return None
    head = singularise(words[-1][0]) if singular else words[-1][0]
    phrase = " ".join([w for w, _ in words[:-1]] + [head])
    return phrase, words[-1][1]


def _plural(word: str) -> bool:
    """A lower-case plural noun ("students"), the usual last word of a counted item."""
    return (
        word[0].islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word.lower() not in words_with_role("invariant")
    )


def _is_label_or_code(text: str, start: int, end: int) -> bool:
    """Numbers that name rather than count: "JF-17", "No. 5", "5th", "42-58", "10:30"."""
    before = text[start - 1] if start else " "
    if before.isalnum() or before in "-_/.,#\\":
        return True
    after = text[end : end + 2]
    if after[:1].isalpha() or after[:1] in "/_" or re.match(r"[-:.,][0-9A-Za-z]", after):
        return True
    return previous_word(text, start, need_space=False) in words_with_role("label")


def find_quantities(text: str, *, country: str | None = None) -> list[QuantityMention]:
    """Every money amount, count and percentage in ``text``, in order.

    >>> [m.quantity.value for m in find_quantities("a budget of over US$ 46 billion")]
    [46000000000.0]
    """
    pats = _patterns()
    lower = text.lower()
    word_matches: Iterator[re.Match[str]] = iter(())
    if NUMBER_WORD_TOKENS.isdisjoint(lower.split()):
        pass  # no cardinal in words followed by a space: nothing to count in words
    elif len(lower) == len(text):
        word_matches = pats.words.finditer(lower)
    else:  # lower-casing changed the length (rare scripts): offsets would drift
        word_matches = pats.words_any_case.finditer(text)
    found: list[tuple[int, int, Quantity]] = []
    for match in (*pats.digits.finditer(text), *word_matches):
        item = _read(text, match, pats, country)
        if item is not None:
            found.append(item)
    found.sort(key=_first)
    mentions: list[QuantityMention] = []
    last_end = 0
    for start, end, quantity in found:
        start = _qualifier_start(text, start, last_end)
        if start < last_end:
            continue
        mentions.append(
            QuantityMention(
                start,
                end,
                Quantity(quantity.value, quantity.unit, quantity.currency, quantity.item,
                         text[start:end]),
            )
        )
        last_end = end
    return mentions


def _qualifier_start(text: str, start: int, floor: int) -> int:
    """Where an approximation before the number begins ("more than 20"); else ``start``."""
    if not start or not text[start - 1].isspace():
        return start
    window_start = max(floor, start - 24)
    spans = [m.span() for m in _WORD.finditer(text, window_start, start)]
    qualifiers = words_with_role("qualifier")
    for n in (3, 2, 1):
        if len(spans) < n:
            continue
        phrase = " ".join(text[a:b] for a, b in spans[-n:]).lower()
        begin = spans[-n][0]
        if phrase in qualifiers and (begin == 0 or not text[begin - 1].isalnum()):
            return begin
    return start


def _first(item: tuple[int, int, Quantity]) -> int:
    return item[0]


def _read(
    text: str, match: re.Match[str], pats: _Patterns, country: str | None
) -> tuple[int, int, Quantity] | None:
    """One number -> (start, end, quantity), or None when it is not a quantity."""
    num, scale = match["num"], match["scale"]
    first = match.start()
    if num[0].isdigit() and first and (text[first - 1].isalnum() or text[first - 1] in "-_/.,#"):
        return None  # inside a code, a name or a URL: "JF-17", "art3w16", "2016/05"
    before = None
    if num[0].isdigit() and first:
        mark = text[first - 2] if text[first - 1] == " " and first > 1 else text[first - 1]
        if not (mark.islower() and mark != "s") and not mark.isspace() and mark not in "(,;:":
            before = _prefix_before(text, first)
    pre = before[1] if before is not None else None
    end = match.end()
    if scale and scale.lower() in SHORT_SCALES and (pre is None or match["gap"]):
        scale, end = None, match.end("num")  # "20m" without money: metres; "10 B-52s"
    number = _value(num)
    if number is None:
        return None
    amount = number * scale_of(scale)
    start = before[0] if before is not None else match.start()
    if pre is not None:
        return start, end, Quantity(float(amount), "money", _currency(pre, country))
    num_start, num_end = match.span("num")
    measure = pats.unit.match(text, end)
    if measure is not None:
        unit = _units()[re.sub(r"\s+", " ", measure["unit"])]
        item = None
        if measure.group().endswith("of"):  # "tons of rice": a mass noun, kept as written
            item = _item(text, measure.end(), singular=False)
        stop = item[1] if item else measure.end("unit")
        return start, stop, Quantity(float(amount), unit, item=item[0] if item else None)
    if num[0].isdigit() and _is_label_or_code(text, num_start, end):
        return None
    money = pats.suffix.match(text, end)
    if money is not None:
        form = money["name"] or money["code"]
        return start, money.end(), Quantity(float(amount), "money", _currency(form, country))
    percent = _PERCENT.match(text, end)
    if percent is not None and not scale:
        return start, percent.end(), Quantity(float(number), "percent")
    if re.fullmatch(r"[12][0-9]{3}", num) and not scale and reads_as_year(text, num_start, num_end):
        return None
    item = _item(text, end)
    if item is None:
        return None
    phrase, item_end = item
    if amount == 2 and phrase in words_with_role("dyad_noun") and (
        previous_word(text, start) in words_with_role("determiner")
    ):
        return None  # "the two countries": a reference to the dyad, not an amount
    return start, item_end, Quantity(float(amount), "count", item=phrase)
