"""Wording of real visit news whose cue fires and which a filter of the coder dropped, a
class at a time: "such" after a determiner or an ordinal ("the first such visit since
1990", "the latest such attack") names one act already told, not a kind in passing."""

from __future__ import annotations

from coded_events import coded_in


def test_one_such_act_after_a_determiner_or_ordinal_is_told() -> None:
    """ "arrived in Y in the first such visit in a decade", "the third such raid this
    month": "such" after "the", "a", "another", an ordinal or a superlative points back at
    the kind and tells one act of it, so the generic-mention filter must not drop it;
    "such as" and a bare "such visits" still name the kind in passing."""
    assert ("visit", "JOR", "SYR") in coded_in(
        "Jordan's prime minister held talks with Syrian officials on Monday in the first "
        "such visit to Syria by a Jordanian premier in a decade.")
    assert ("visit", "JOR", "SYR") in coded_in(
        "Jordan's prime minister held talks with Syrian officials on Monday in the latest "
        "such visit to Syria by a Jordanian premier.")
    assert not [k for k, *_ in coded_in(
        "Jordan favours exchanges such as regular visits by Jordanian ministers to "
        "Syria.") if k == "visit"]
    assert not [k for k, *_ in coded_in(
        "Jordan said that such visits to Syria by Jordanian ministers were useful.")
        if k == "visit"]
