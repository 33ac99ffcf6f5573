"""What is estimated: the question, the answer counted, the population (``--where``),
the answer codes left out of the denominator (``--exclude``) and the groups (``--by``).

Survey files code non-answers as answers (CRRC: -1 Don't know, -2 Refuse, -3
Interviewer error, -7 Legal skip, -9 Break-off), so which of them a share counts is
a choice that changes the figure. The default leaves out the codes that say the
question was not put to the respondent or not recorded (``DEFAULT_EXCLUDE``) and
keeps Don't know and Refuse in, as CRRC's published figures do; the choice and the
codes kept are reported with every estimate. Respondents with no value at all
(system missing) are never in the denominator.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dyadscope.errors import UsageError
from dyadscope.surveys.reading import Code, SurveyData, code_text

# interviewer error, legal skip (not asked), break-off: no answer was given
DEFAULT_EXCLUDE: tuple[float, ...] = (-3.0, -7.0, -9.0)
NO_EXCLUSION = ("", "none")

Where = str | Sequence[str] | Mapping[str, str | float] | None


@dataclass(frozen=True)
class Selection:
    """A question, the answer whose share is estimated, and who is counted."""

    question: str
    answer: Code
    where: tuple[tuple[str, Code], ...] = ()
    exclude: tuple[Code, ...] = DEFAULT_EXCLUDE
    exclude_default: bool = True
    by: str | None = None


def select(
    data: SurveyData,
    *,
    question: str,
    answer: str | float,
    where: Where = None,
    exclude: str | Sequence[str | float] | None = None,
    by: str | None = None,
) -> Selection:
    """Every part checked against the file: the columns exist, the answer and the
    ``where`` values are codes or labels the file has, and someone is in the population."""
    column = data.column(question, "question")
    chosen = data.value(column, answer, "answer")
    conditions = tuple(_condition(data, item) for item in _where_items(where))
    excluded, default = _exclusions(data, column, exclude)
    if chosen in excluded:
        raise UsageError("answer", f"{data.shown(column, chosen)} is left out of the "
                         "denominator (exclude): it cannot also be the answer counted")  # fmt: skip
    group = data.column(by, "by") if by is not None else None
    if group == column:
        raise UsageError("by", f"{group} is the question itself: group by another column")
    return Selection(column, chosen, conditions, excluded, default, group)


def _where_items(where: Where) -> list[tuple[str, str | float]]:
    if where is None:
        return []
    if isinstance(where, Mapping):
        return [(str(k), v) for k, v in where.items()]
    items = [where] if isinstance(where, str) else list(where)
    pairs: list[tuple[str, str | float]] = []
    for item in items:
        name, sign, value = str(item).partition("=")
        if not sign or not name.strip() or not value.strip():
            raise UsageError("where", f"{item!r}: expected COLUMN=VALUE, e.g. COUNTRY=2 "
                             "(the value by code or by label)")  # fmt: skip
        pairs.append((name.strip(), value.strip()))
    return pairs


def _condition(data: SurveyData, item: tuple[str, str | float]) -> tuple[str, Code]:
    column = data.column(item[0], "where")
    value = data.value(column, item[1], "where")
    if value not in data.present(column):
        raise UsageError("where", f"no respondent in {data.name} has {column} = "
                         f"{data.shown(column, value)}: {data.answers_hint(column)}")  # fmt: skip
    return column, value


def _exclusions(
    data: SurveyData, column: str, exclude: str | Sequence[str | float] | None
) -> tuple[tuple[Code, ...], bool]:
    if exclude is None:
        return DEFAULT_EXCLUDE if data.is_numeric(column) else (), True
    items = exclude.split(",") if isinstance(exclude, str) else list(exclude)
    texts = [str(i).strip() if not isinstance(i, float | int) else i for i in items]
    if all(isinstance(t, str) and t.lower() in NO_EXCLUSION for t in texts):
        return (), False
    codes: list[Code] = []
    for text in texts:
        if isinstance(text, str) and not text:
            raise UsageError("exclude", f"{exclude!r}: give answer codes joined by commas, "
                             "e.g. -3,-7,-9, or 'none'")  # fmt: skip
        try:
            codes.append(data.value(column, text, "exclude"))
        except UsageError:
            if not data.is_numeric(column):
                raise
            try:  # a code no respondent gave and no label names still says what to drop
                codes.append(float(text))
            except ValueError:
                raise UsageError("exclude", f"{text!r} is neither an answer code nor a label "
                                 f"of {column}: {data.answers_hint(column)}") from None  # fmt: skip
    return tuple(dict.fromkeys(codes)), False


def population_text(data: SurveyData, selection: Selection) -> str:
    """Who the share is of, in words: the ``where`` values' labels ("Azerbaijan"), or
    all respondents."""
    if not selection.where:
        return "all respondents"
    return ", ".join(data.label(c, v) or f"{c} = {code_text(v)}" for c, v in selection.where)


def group_text(data: SurveyData, column: str, value: Code) -> str:
    """A ``--by`` group: "RESPSEX = 1 Male"."""
    return f"{column} = {data.shown(column, value)}"


def exclusion_notes(data: SurveyData, selection: Selection) -> list[str]:
    """The denominator in words: what was left out (and whether by default) and which
    non-answer codes (below 0) were kept in."""
    column = selection.question
    dropped = [data.shown(column, c) for c in selection.exclude]
    how = "the default; change it with --exclude" if selection.exclude_default else "as asked"
    lines = [
        f"left out of the denominator: {', '.join(dropped)} ({how})"
        if dropped else f"left out of the denominator: no answer code ({how})"
    ]  # fmt: skip
    codes = set(data.labels.get(column, {})) | set(data.present(column))
    kept = sorted(
        (c for c in codes if isinstance(c, float) and c < 0 and c not in selection.exclude),
        reverse=True,
    )
    shown = ", ".join(data.shown(column, c) for c in kept)
    lines.append(f"kept in the denominator: {shown} and every other answer" if kept
                 else "kept in the denominator: every other answer")  # fmt: skip
    return lines


def where_note(data: SurveyData, selection: Selection, size: int) -> str:
    """Who the population is, and that it is everyone when no ``where`` was given."""
    if not selection.where:
        return f"population: all {size:,} respondents of {data.name} (no --where)"
    shown = " and ".join(f"{c} = {data.shown(c, v)}" for c, v in selection.where)
    return f"population: {shown}, {size:,} respondents"
