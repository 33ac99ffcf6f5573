"""CAMEO's appeal, intent and demand codes of an act (``data/cameo_modes.tsv``)."""

from __future__ import annotations

import pytest

from dyadscope.codes.cameo import cameo, in_mode, mode_of


@pytest.mark.parametrize(
    ("mode", "act", "expected"),
    [
        ("appeal", "070", "023"),  # provide aid -> appeal for aid
        ("intent", "0841", "0353"),  # release persons -> intent to release persons
        ("demand", "062", "1012"),  # military cooperation -> demand it
        ("intent", "0831", "0341"),  # a change of leadership: political reform, not yield
        ("intent", "075", "033"),  # asylum has no intent code of its own: its parent's
        ("intent", "090", None),  # CAMEO has no intent to investigate
        ("intent", "040", None),  # nor codes a planned meeting apart from the meeting
        ("intent", "", None),
    ],
)
def test_the_code_of_asking_promising_or_demanding_an_act(
    mode: str, act: str, expected: str | None
) -> None:
    assert in_mode(mode, act) == expected


def test_only_the_generic_codes_are_modes() -> None:
    assert [mode_of(c) for c in ("020", "030", "100", "023", "010", None)] == [
        "appeal", "intent", "demand", None, None, None
    ]  # fmt: skip


def test_every_code_in_the_table_is_a_cameo_code_of_its_mode() -> None:
    roots = {"appeal": "02", "intent": "03", "demand": "10"}
    for act in ("05", "06", "061", "062", "063", "064", "07", "071", "072", "073", "074",
                "08", "081", "082", "083", "0831", "0832", "0833", "0834", "084", "085",
                "086", "087"):  # fmt: skip
        for mode, root in roots.items():
            code = in_mode(mode, act)
            assert code is not None and code.startswith(root), (mode, act, code)
            assert cameo(code) is not None and cameo(code).code == code  # type: ignore[union-attr]
