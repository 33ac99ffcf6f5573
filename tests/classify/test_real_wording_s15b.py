"""Cooperation-audit wording (s15b): a warning told with two objects.

Sentences written for this audit, not taken from gold."""

from coded_events import coded_in


def test_s15b_warning_given_with_two_objects() -> None:
    """Class: "X gave/sent/handed Y a (stern) warning": the giver warns the one named
    right after the verb; before, the side next to "warning" was taken as its author."""
    for text, pair in [
        ("Japan gave Vietnam a warning.", ("JPN", "VNM")),
        ("China gave the Philippines a stern warning.", ("CHN", "PHL")),
        ("The United States sent Iran a warning last week.", ("USA", "IRN")),
    ]:
        coded = [(a, b) for kind, a, b in coded_in(text) if kind == "criticism_hostility"]
        assert coded and coded[0] == pair, (text, coded)
    # near-miss: a warning with one object keeps its usual sides
    coded = coded_in("Russia delivered a warning to Finland.")
    assert ("criticism_hostility", "RUS", "FIN") in coded
    assert ("criticism_hostility", "FIN", "RUS") not in coded
