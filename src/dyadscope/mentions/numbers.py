"""Number words, scales, month names and the shared "is this 4-digit number a year?" rule.

Both ``dates.py`` and ``quantities.py`` read numbers out of prose; they must agree on
whether "1995" is a year or a count ("in 1995" vs "1995 tons"), so the rule and
the word lists it needs live here, once. The lists themselves are data files in
``dyadscope/data`` (``quantity_words.tsv``, ``currencies.tsv``).
"""

from __future__ import annotations

import re
import string
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

from dyadscope.calendar_words import MONTHS, SMALL_NUMBERS, WEEKDAYS

# --- data files -------------------------------------------------------------------------


def load_table(name: str) -> list[list[str]]:
    """Rows of a package TSV file, without comment lines (``#``) and the header row."""
    text = resources.files("dyadscope.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]


@lru_cache(maxsize=1)
def _word_roles() -> dict[str, dict[str, str]]:
    roles: dict[str, dict[str, str]] = {}
    for row in load_table("quantity_words.tsv"):
        word, role = row[0], row[1]
        roles.setdefault(role, {})[word] = row[2] if len(row) > 2 else ""
    return roles


def role_values(role: str) -> dict[str, str]:
    """Word -> value column for one role of ``quantity_words.tsv`` ("unit": "tons" -> "tonne")."""
    return dict(_word_roles().get(role, {}))


@lru_cache(maxsize=32)
def words_with_role(role: str) -> frozenset[str]:
    """Lower-case words of ``quantity_words.tsv`` with this role (stop, label, ...)."""
    return frozenset(_word_roles().get(role, {}))


@lru_cache(maxsize=1)
def currency_forms() -> dict[str, tuple[str, str]]:
    """Surface form -> (kind, ISO 4217 code); names are keyed lower-case."""
    forms: dict[str, tuple[str, str]] = {}
    for row in load_table("currencies.tsv"):
        form, kind, code = row[0], row[1], row[2]
        forms[form.lower() if kind == "name" else form] = (kind, code)
    return forms


# --- number words -----------------------------------------------------------------------

_SMALL = SMALL_NUMBERS
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "dozen": 12}

_SMALL_ALT = "|".join(sorted(_SMALL, key=len, reverse=True))
_TOKEN = rf"(?:{_SMALL_ALT}|hundred|thousand|dozen)"
# "thirteen", "twenty-five", "two hundred and fifty", "a dozen", "a thousand"
NUMBER_WORDS = (
    rf"(?i:\b(?:a\s+(?:dozen|hundred|thousand)|{_SMALL_ALT})"
    rf"(?:(?:\s+and\s+|[\s-]+){_TOKEN})*(?![A-Za-z0-9_]))"
)

# Whitespace-separated tokens that can start (or be) a cardinal in words: a cheap set test
# tells whether the slower number-word scan is needed at all.
NUMBER_WORD_TOKENS = frozenset(
    [*_SMALL, "dozen", "hundred", "thousand"]
    + [f"{t}-{u}" for t in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                            "eighty", "ninety") for u in list(_SMALL)[1:10]]
)

# The same, lower case only: scanning lower-cased text is several times faster.
NUMBER_WORDS_LOWER = (
    rf"\b(?:a\s+(?:dozen|hundred|thousand)|{_SMALL_ALT})"
    rf"(?:(?:\s+and\s+|[\s-]+){_TOKEN})*(?![A-Za-z0-9_])"
)


def words_to_number(text: str) -> int | None:
    """The value of a cardinal in words ("two hundred and five" -> 205), else None."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] == "a":
        if len(tokens) == 1:
            return None
        tokens[0] = "one"
    total, current, seen = 0, 0, False
    for token in tokens:
        if token in _SMALL:
            value = _SMALL[token]
            below = current % 100
            if below and not (below % 10 == 0 and below >= 20 and value < 10):
                return None  # "one two", "twenty thirty": a list, not one number
            current += value
            seen = True
        elif token in _MULTIPLIERS and seen:
            factor = _MULTIPLIERS[token]
            if factor == 1000:
                total += (current or 1) * factor
                current = 0
            else:
                current = (current or 1) * factor
        else:
            return None
    return total + current


# --- numerals and scales ----------------------------------------------------------------

# "1,500", "18.735", "2017"; a comma group must be exactly three digits.
NUMERAL = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"

SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "millions": Decimal(10) ** 6, "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6, "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "billions": Decimal(10) ** 9, "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9, "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "tn": Decimal(10) ** 12, "trn": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "lac": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7, "cr": Decimal(10) ** 7,
}
# Abbreviations that only count as a scale when glued to the number and money is
# around ("EUR20m"); otherwise "20m" is twenty metres.
SHORT_SCALES = frozenset({"k", "m", "b"})
SCALE = (
    r"(?i:"
    + "|".join(sorted((re.escape(s) for s in SCALES), key=len, reverse=True))
    + r")(?![A-Za-z0-9_])"
)


def parse_numeral(text: str) -> Decimal | None:
    """Digits with thousands commas and a decimal point -> exact Decimal, or None."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def scale_of(word: str | None) -> Decimal:
    """The multiplier a scale word stands for; 1 when there is none."""
    if not word:
        return Decimal(1)
    return SCALES.get(word.lower(), Decimal(1))


# --- calendar words ---------------------------------------------------------------------

def _title_or_upper(words: list[str]) -> str:
    forms = [w.title() for w in words] + [w.upper() for w in words]
    return "|".join(sorted(forms, key=len, reverse=True))


_FULL_MONTHS = list(MONTHS)[:12]
_SHORT_MONTHS = list(MONTHS)[12:]
# Month names are capitalised in English; matching them case-sensitively keeps the
# modal "may" and the verb "march" out. Only abbreviations take a full stop.
MONTH = (
    rf"(?<![a-zA-Z])(?:{_title_or_upper(_FULL_MONTHS)}|(?:{_title_or_upper(_SHORT_MONTHS)})\.?)"
    r"(?![a-zA-Z])"
)
WEEKDAY = rf"\b(?:{_title_or_upper(list(WEEKDAYS))})(?![A-Za-z0-9_])"


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[name.rstrip(".").lower()]


# --- plurals ----------------------------------------------------------------------------


def singularise(word: str) -> str:
    """The singular of a plural noun head ("countries" -> "country"); others unchanged."""
    lower = word.lower()
    irregular = _word_roles().get("plural", {})
    if lower in irregular:
        single = irregular[lower]
        return single[:1].upper() + single[1:] if word[:1].isupper() else single
    if lower in words_with_role("invariant") or len(word) < 3:
        return word
    if word.endswith("s") and sum(c.isupper() for c in word) >= 2:
        return word[:-1]  # acronyms: "APCs", "MoUs"
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if lower.endswith(("ss", "us", "is")):
        return word
    if lower.endswith("s"):
        return word[:-1]
    return word


# --- the shared year rule ---------------------------------------------------------------

_WORD_AFTER = re.compile(r"\s+([A-Za-z][A-Za-z'-]*)")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹₨₼₺₽₩]|\b[A-Z]{3}|\bRs\.?)\s?$")
_NOT_YEAR_AFTER = re.compile(r"\s?%|\s+(?i:per\s?cent|percent)\b|\s?" + SCALE)


_ASCII_LETTERS = frozenset(string.ascii_letters)


def previous_word(text: str, start: int, *, need_space: bool = True) -> str:
    """The word right before ``start`` (ASCII letters, maybe a full stop), lower-cased.

    A hand-written backwards scan: a ``$``-anchored regex search tries every start
    position of its window and costs several times more.
    """
    end = start
    while end > 0 and start - end < 8 and text[end - 1].isspace():
        end -= 1
    if need_space and end == start:
        return ""
    stop = end - 1 if end > 0 and text[end - 1] == "." else end
    begin = stop
    while begin > 0 and stop - begin < 16 and text[begin - 1] in _ASCII_LETTERS:
        begin -= 1
    if begin == stop or (begin > 0 and text[begin - 1].isalpha()):
        return ""
    return text[begin:end].lower()


def reads_as_year(text: str, start: int, end: int) -> bool:
    """Whether the 4-digit number ``text[start:end]`` is a year rather than an amount.

    A year after a year-like preposition ("in 1995", "since 2005"); otherwise only
    1900-2100, and not when money, a percent sign, a scale word or a counted noun
    surrounds it ("$2014", "2015%", "1995 tons"). A determiner before it keeps it a
    year even before a noun ("the 2014 elections").
    """
    value = int(text[start:end])
    before = text[max(0, start - 6) : start]
    if _CURRENCY_BEFORE.search(before):
        code = before.rstrip()[-3:]
        if not code.isalpha() or code in currency_forms():
            return False
    if _NOT_YEAR_AFTER.match(text, end):
        return False
    previous = previous_word(text, start)
    if previous in words_with_role("year_prep"):
        return 1000 <= value <= 2999
    if not 1900 <= value <= 2100:
        return False
    if previous in words_with_role("determiner"):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = after.group(1)
    lower = word.lower()
    if lower in currency_forms():
        return False
    return not (word[0].islower() and lower not in words_with_role("stop"))
