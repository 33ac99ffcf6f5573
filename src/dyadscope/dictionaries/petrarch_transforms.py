"""PETRARCH-2 transformations (``~`` lines of a verb dictionary) read into rules.

``~ a (b . ATTACK) SAY = a b 112``: an outer SAY event of ``a`` whose complement is an
ATTACK by ``b`` becomes ``a`` accusing ``b`` (112). Verb names stand for the codes the
same dictionary gives those verbs; ``classify.transform`` applies the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dyadscope.classify.transform import Transformation, TransformRules, VerbRef

_TRANSFORM = re.compile(
    r"^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)$"
)
_LETTER = re.compile(r"^[a-z]$")
_VARIABLE = re.compile(r"^[A-Z]$")
_RESULT_CODE = re.compile(r"^\d{2,4}$")


def read_transformations(
    verbs: Sequence[tuple[list[str], frozenset[str], str]],
    lines: Sequence[tuple[int, str]],
    label: str,
    problem: Callable[[int, str, str], None],
) -> TransformRules:
    """The ``~`` lines (number, text) of a dictionary whose ``verbs`` are (words, forms,
    code); a malformed line goes to ``problem(number, reason, line)``."""
    names, codes = _verb_table(verbs)
    rules: list[Transformation] = []
    for number, line in lines:
        try:
            rules.append(_transformation(line, names, f"{label}:{number}"))
        except ValueError as exc:
            problem(number, str(exc), line)
    return TransformRules(tuple(rules), codes)


def _verb_table(
    verbs: Sequence[tuple[list[str], frozenset[str], str]],
) -> tuple[dict[str, VerbRef], dict[str, str]]:
    """Verb names (``SAY``, ``BREAK_DOWN``) -> the verb, and word forms -> the code
    of their verb (single-word verbs first: "broke" is BREAK before BREAK_DOWN)."""
    names: dict[str, VerbRef] = {}
    codes: dict[str, str] = {}
    for words, forms, code in sorted(verbs, key=lambda verb: len(verb[0]) > 1):
        name = "_".join(words).upper()
        names.setdefault(name, VerbRef(name, code, forms))
        for form in forms:
            codes.setdefault(form, code)
    return names, codes


def _transformation(line: str, names: dict[str, VerbRef], source: str) -> Transformation:
    """``~ a (b . ATTACK) SAY = a b 112`` read; ValueError says what is wrong."""
    parts = _TRANSFORM.match(line)
    if parts is None:
        raise ValueError("transformation is not '~ a (b c VERB) VERB = a b CODE'")
    outer_source, inner_source, inner_target, inner_verb, outer_verb = parts.group(1, 2, 3, 4, 5)
    result_source, result_target, result_code = parts.group(6, 7, 8)
    if not _LETTER.match(outer_source):
        raise ValueError(f"transformation's outer source '{outer_source}' is not a letter")
    for binder in (inner_source, inner_target):
        if not (_LETTER.match(binder) or binder in (".", "_")):
            raise ValueError(f"transformation binder '{binder}' is not a letter, '.' or '_'")
    variable = inner_verb if _VARIABLE.match(inner_verb) else ""
    inner = None if variable else _verb_named(inner_verb, names)
    outer = _verb_named(outer_verb, names)
    bound = {outer_source, inner_source, inner_target} - {".", "_"}
    for letter in (result_source, result_target):
        if letter not in bound:
            raise ValueError(f"transformation result '{letter}' is not bound on the left")
    if result_code != variable and not _RESULT_CODE.match(result_code):
        raise ValueError(f"transformation result code '{result_code}' is not a code")
    return Transformation(
        outer, outer_source, inner_source, inner_target, inner, variable,
        result_source, result_target, result_code, source,
    )  # fmt: skip


def _verb_named(name: str, names: dict[str, VerbRef]) -> VerbRef:
    verb = names.get(name.upper())
    if verb is None:
        raise ValueError(f"transformation names unknown verb '{name}'")
    return verb
