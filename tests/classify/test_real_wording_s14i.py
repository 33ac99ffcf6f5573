"""Force, coercion, mobilisation and retreat wording, audited class by class from
sentences written for the audit (not from gold): who fires when a place "comes under
fire", and force words used of words, contests, fears and criminals, which code nothing."""

from __future__ import annotations

from coded_events import coded_in


def _s14i_kinds(text: str) -> set[str]:
    return {kind for kind, _, _ in coded_in(text)}


def test_s14i_a_target_that_came_under_fire_is_hit_by_the_side_after_from_or_by() -> None:
    """ "X positions came under fire from Y troops": the target is told first, the side
    firing after "from"/"by"; the attack runs Y -> X, not from the grammatical subject."""
    assert ("armed_clash", "RUS", "GEO") in coded_in(
        "Georgian positions came under fire from Russian troops.")
    assert ("armed_clash", "RUS", "UKR") in coded_in(
        "Ukrainian villages came under heavy shelling from Russian forces on Tuesday.")
    assert ("armed_clash", "RUS", "GEO") in coded_in(
        "Georgian villages came under attack by Russian jets.")
    assert ("armed_clash", "GEO", "RUS") not in coded_in(
        "Georgian positions came under fire from Russian troops.")


def test_s14i_force_words_used_of_words_contests_fears_and_criminals_code_nothing() -> None:
    """A "diplomatic offensive", being "bombarded with criticism", fearing an attack,
    "capturing" a cricket series or a tanker seized by pirates are no force or coercion
    between the states named; "withdrew from the tournament" is no retreat."""
    assert not _s14i_kinds("India launched a diplomatic offensive against Pakistan.")
    assert not _s14i_kinds("India bombarded Pakistan with criticism.")
    assert "armed_clash" not in _s14i_kinds("Israel fears a Hezbollah attack.")
    assert "coerce" not in _s14i_kinds("India captured the cricket series against Pakistan.")
    assert "coerce" not in _s14i_kinds("A British tanker was seized by pirates off Somalia.")
    assert "retreat" not in _s14i_kinds("The Iraqi team withdrew from the tournament in Iran.")
    # the near-misses' force counterparts still code
    assert ("armed_clash", "AZE", "ARM") in coded_in(
        "Azerbaijan launched an offensive against Armenian positions.")
    assert ("coerce", "IRN", "GBR") in coded_in("Iran seized a British tanker in the Gulf.")


def test_s14i_troop_moves_retreats_releases_and_ceasefires_told_by_their_verbs() -> None:
    """Everyday verbs and nouns of mobilising ("concentrated", "rushed", "the deployment
    of X troops in Y"), of retreating ("withdrew its peacekeepers from"),
    of releasing ("the release of the Canadians by China"), of handing property back
    (CONCEDE) and a ceasefire told by "agreed to cease fire" (no pledge, no clash)."""
    assert ("mobilize", "RUS", "UKR") in coded_in(
        "Russia concentrated troops on the Ukrainian border.")
    assert ("mobilize", "CHN", "IND") in coded_in("China rushed troops to the Indian border.")
    assert ("mobilize", "RUS", "BLR") in coded_in(
        "The deployment of Russian troops in Belarus alarmed Poland.")
    assert ("retreat", "IND", "COD") in coded_in(
        "India withdrew its peacekeepers from Congo.")
    assert ("retreat", "CHN", "CAN") in coded_in(
        "The release of the Canadians by China eased tensions.")
    assert ("concede", "DEU", "NGA") in coded_in(
        "Germany returned looted artefacts to Nigeria.")
    assert _s14i_kinds("Armenia and Azerbaijan agreed to cease fire.") == {"ceasefire"}
    # near-misses: no troops, no release, no property
    assert "retreat" not in _s14i_kinds("The French minister left Mali on Monday.")
    assert "mobilize" not in _s14i_kinds("Russia concentrated its efforts on Ukrainian exports.")
    assert "concede" not in _s14i_kinds("Germany returned to talks with Nigeria.")
