"""Read a survey file with its labels: question wordings and answer labels.

Stata ``.dta`` and SPSS ``.sav`` carry their labels; they are read with ``pyreadstat``
into polars (what ``svy`` estimates on). A CSV has none of its own: its labels come
from a codebook CSV (``variable,label,value,value_label``, one row per answer label,
the layout of the codebooks that come with the CRRC files), given explicitly or found
beside the data as ``<name>.codebook.csv`` or ``codebook.csv``.

Answer codes are compared as numbers in numeric columns (Stata and SPSS store codes
as floats: 8 and 8.0 are one answer) and as text in text columns.
"""

from __future__ import annotations

import csv
import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadscope.errors import InputError, UsageError

if TYPE_CHECKING:
    import polars as pl

Code = float | str
FORMATS: dict[str, str] = {".dta": "Stata", ".sav": "SPSS", ".zsav": "SPSS", ".csv": "CSV"}
CODEBOOK_COLUMNS = ("variable", "label", "value", "value_label")


@dataclass(frozen=True)
class SurveyData:
    """A survey file's respondents (one row each) and what its labels say."""

    path: Path
    kind: str  # "Stata" | "SPSS" | "CSV"
    frame: pl.DataFrame
    wordings: dict[str, str] = field(default_factory=dict)  # column -> question wording
    labels: dict[str, dict[Code, str]] = field(default_factory=dict)  # column -> code -> label
    notes: tuple[str, ...] = ()  # the file's own notes (e.g. "svyset [pweight=weight]")
    title: str | None = None  # the file's label, if it has one

    @property
    def name(self) -> str:
        return self.path.name

    def column(self, name: str, option: str) -> str:
        """The column ``name`` names, exactly or in another letter case; an unknown
        one is a wrong argument, with the nearest column as a hint."""
        columns = self.frame.columns
        if name in columns:
            return name
        folded = [c for c in columns if c.casefold() == name.strip().casefold()]
        if len(folded) == 1:
            return folded[0]
        close = difflib.get_close_matches(name, columns, n=1, cutoff=0.7)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise UsageError(option, f"no column {name!r} in {self.name}{hint}")

    def is_numeric(self, column: str) -> bool:
        return bool(self.frame.schema[column].is_numeric())

    def label(self, column: str, value: Code) -> str | None:
        return self.labels.get(column, {}).get(value)

    def shown(self, column: str, value: Code) -> str:
        """A code with its label, as the record spec writes answers: "8 Turkey"."""
        label = self.label(column, value)
        return f"{code_text(value)} {label}" if label else code_text(value)

    def present(self, column: str) -> list[Code]:
        """The distinct values respondents gave in ``column``, in order."""
        import polars as pl

        values = self.frame.get_column(column).drop_nulls()
        if self.is_numeric(column):
            values = values.cast(pl.Float64).filter(values.cast(pl.Float64).is_not_nan())
            return sorted(float(v) for v in values.unique().to_list())
        return sorted(str(v) for v in values.unique().to_list())

    def value(self, column: str, text: str | float, option: str) -> Code:
        """The code ``text`` stands for in ``column``: the code itself or its label (any
        letter case). Neither is a wrong argument that lists the column's answers."""
        known = self.labels.get(column, {})
        if isinstance(text, int | float) and not isinstance(text, bool):
            text = code_text(float(text))
        given = str(text).strip()
        if self.is_numeric(column):
            try:
                number = float(given)
            except ValueError:
                pass
            else:
                if number in known or number in self.present(column):
                    return number
                raise UsageError(option, f"{column} has no code {given} in {self.name}: "
                                 f"{self.answers_hint(column)}")  # fmt: skip
        by_label = {label.casefold(): code for code, label in known.items()}
        if given.casefold() in by_label:
            return by_label[given.casefold()]
        if not self.is_numeric(column):
            values = {str(v).casefold(): v for v in self.present(column)}
            if given in values.values():
                return given
            if given.casefold() in values:
                return values[given.casefold()]
        close = difflib.get_close_matches(given.casefold(), list(by_label), n=1, cutoff=0.75)
        hint = f"did you mean {self.shown(column, by_label[close[0]])}? " if close else ""
        raise UsageError(option, f"{given!r} is neither an answer code nor a label of {column} "
                         f"in {self.name}: {hint}{self.answers_hint(column)}")  # fmt: skip

    def answers_hint(self, column: str, most: int = 12) -> str:
        """The column's answers, as a user would pick one."""
        known = self.labels.get(column, {})
        codes: Iterable[Code] = sorted(known, key=_order) if known else self.present(column)
        shown = [self.shown(column, code) for code in codes]
        if not shown:
            return "it has no answers"
        more = f", ... ({len(shown)} in all)" if len(shown) > most else ""
        return "its codes are " + ", ".join(shown[:most]) + more


def _order(code: Code) -> tuple[int, float, str]:
    return (0, code, "") if isinstance(code, float) else (1, 0.0, code)


def code_text(value: Code) -> str:
    """A code as people write it: 8.0 -> "8", -3.0 -> "-3", 2.5 stays "2.5"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def survey_kind(path: Path) -> str:
    """The file's format by its extension; anything else is refused."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InputError(str(path), "not a survey file: give a Stata .dta, an SPSS .sav or a "
                         "CSV file")  # fmt: skip
    return kind


def read_survey(path: Path, labels: Path | None = None) -> SurveyData:
    """The respondents and labels of a survey file. A file that is not what its
    extension says, or cannot be read, raises ``InputError`` naming it."""
    kind = survey_kind(path)
    if kind == "CSV":
        return _read_csv(path, labels)
    if labels is not None:
        raise UsageError("labels", f"{path.name} is a {kind} file with labels of its own: "
                         "--labels is for CSV files")  # fmt: skip
    return _read_labelled(path, kind)


def _read_labelled(path: Path, kind: str) -> SurveyData:
    import pyreadstat

    reader = pyreadstat.read_dta if kind == "Stata" else pyreadstat.read_sav
    try:
        frame, meta = reader(str(path), output_format="polars")
    except (pyreadstat.ReadstatError, pyreadstat.PyreadstatError, OSError, ValueError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(str(path), f"not a readable {kind} file ({reason})") from None
    if frame.height == 0:
        raise InputError(str(path), "the file has no respondents")
    labels = {
        column: {_key(code): str(label) for code, label in mapping.items()}
        for column, mapping in (meta.variable_value_labels or {}).items()
    }
    wordings = {k: str(v) for k, v in (meta.column_names_to_labels or {}).items() if v}
    notes = tuple(str(n) for n in (getattr(meta, "notes", None) or ()) if str(n).strip())
    return SurveyData(path, kind, frame, wordings, labels, notes, meta.file_label or None)


def _key(code: Any) -> Code:
    """A label's code as the column's values compare: numbers as floats."""
    if isinstance(code, int | float) and not isinstance(code, bool):
        return float(code)
    try:
        return float(str(code))
    except ValueError:
        return str(code)


def _read_csv(path: Path, labels: Path | None) -> SurveyData:
    import polars as pl

    with path.open("rb") as handle:
        head = handle.read(8192)
    if b"\0" in head:
        raise InputError(str(path), "a binary file, not a CSV file")
    if not head.strip():
        raise InputError(str(path), "the file is empty")
    try:
        frame = pl.read_csv(path, infer_schema_length=None, encoding="utf8-lossy")
    except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(str(path), f"not a readable CSV file ({reason})") from None
    if frame.height == 0:
        raise InputError(str(path), "the file has no respondents (a header only)")
    codebook = labels if labels is not None else _codebook_beside(path)
    wordings, value_labels = _read_codebook(codebook) if codebook else ({}, {})
    return SurveyData(path, "CSV", frame, wordings, value_labels)


def _codebook_beside(path: Path) -> Path | None:
    for candidate in (path.with_name(f"{path.stem}.codebook.csv"), path.with_name("codebook.csv")):
        if candidate.is_file() and candidate != path:
            return candidate
    return None


def _read_codebook(path: Path) -> tuple[dict[str, str], dict[str, dict[Code, str]]]:
    """Wordings and answer labels from a codebook CSV (``variable,label,value,
    value_label``; a row with an empty value gives only the wording)."""
    wordings: dict[str, str] = {}
    labels: dict[str, dict[Code, str]] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in CODEBOOK_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                needed, lacking = ", ".join(CODEBOOK_COLUMNS), ", ".join(missing)
                reason = f"not a codebook: it needs the columns {needed} (missing {lacking})"
                raise InputError(str(path), reason)
            for row in reader:
                variable = (row["variable"] or "").strip()
                if not variable:
                    continue
                if row["label"]:
                    wordings.setdefault(variable, row["label"].strip())
                value = (row["value"] or "").strip()
                if value:
                    label = (row["value_label"] or "").strip()
                    labels.setdefault(variable, {})[_key(value)] = label
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(path), f"cannot read the codebook ({exc})") from None
    return wordings, labels
