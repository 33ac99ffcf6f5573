"""How a PETRARCH-style verb dictionary's patterns are read and coded: the
conventions its authors wrote them for (verbs only, later lines override,
nouns match their plurals, articles inside phrases, target-only codes,
refusals, complements of untargeted verbs, appeals and intents made specific by the
act they govern)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.api import extract
from dyadscope.model import Event

VERBS = """<!-- written for dyadscope's tests -->
&ARMS
+RIFLE
+MISSILE

--- RECEIVE  [---]  ---
RECEIVE
- * ASSURANCE  [:030]
- * &ARMS  [072]
- * GUARANTEE  [030]
- * GUARANTEE  [031]

--- ATTEND  [042:043]  ---
ATTEND

--- AGREE  [---]  ---
AGREE

--- LIFT  [---]  ---
LIFT
- * SANCTIONS  [085]

--- ENGAGE  [190]  ---
ENGAGE
- * (IN FIREFIGHT)  [193]

--- GIVE  [---]  ---
GIVE
- * PERMISSION  [080]

--- LINK  [060]  ---
LINK

--- VISIT  [042:043]  ---
VISIT

--- SEEK  [030]  ---
SEEK {SEEKS SEEKING SOUGHT}

--- HELP  [070]  ---
HELP

--- PROVIDE  [---]  ---
PROVIDE
- * SUPPORT  [060]

--- SAY  [010]  ---
SAY {SAID SAYS}
- * SUPPORT  [051]

--- WANT  [030]  ---
WANT
- * HELP  [023]

--- ASK  [020]  ---
ASK

--- INVESTIGATE  [090]  ---
INVESTIGATE

--- STRENGTHEN  [060]  ---
STRENGTHEN

--- PREPARE  [030]  ---
PREPARE

--- ENJOY  [---]  ---
ENJOY
- * SUPPORT  [:050]

--- KILL  [190]  ---
KILL
"""


@pytest.fixture()
def verbs(tmp_path: Path) -> Path:
    path = tmp_path / "conventions.verbs"
    path.write_text(VERBS, encoding="utf-8")
    return path


def _coded(text: str, verbs: Path) -> list[tuple[str, str, str]]:
    out = []
    for record in extract(text, dictionaries=[verbs]):
        if isinstance(record, Event) and record.actor1 and record.actor2:
            out.append((record.actor1.code, record.actor2.code, record.cameo or ""))
    return sorted(out)


def test_a_target_only_code_codes_the_other_side(verbs: Path) -> None:
    # "[:030]": receiving assurances is the giver's promise; "assurances" is the plural
    assert _coded("Armenia received assurances from Georgia.", verbs) == [("GEO", "ARM", "030")]


def test_synset_members_and_pattern_nouns_match_their_plurals(verbs: Path) -> None:
    assert _coded("Armenia received missiles from Georgia.", verbs) == [("ARM", "GEO", "072")]


def test_a_pattern_written_twice_keeps_its_last_code(verbs: Path) -> None:
    assert _coded("Armenia received a guarantee from Georgia.", verbs) == [("ARM", "GEO", "031")]


def test_an_article_inside_a_phrase_does_not_break_it(verbs: Path) -> None:
    coded = _coded("Armenian troops engaged Georgian police in a firefight.", verbs)
    assert coded == [("ARM", "GEO", "193")]


def test_an_untargeted_verb_leaves_the_coding_to_its_complement(verbs: Path) -> None:
    assert _coded("Armenia agreed to lift the sanctions on Georgia.", verbs) == [
        ("ARM", "GEO", "085")
    ]


def test_a_negated_act_is_coded_as_its_refusal(verbs: Path) -> None:
    (event,) = [
        r for r in extract("Armenia would not give permission to Georgia.", dictionaries=[verbs])
        if isinstance(r, Event)
    ]
    assert (event.cameo, event.plover, event.status) == ("124", "REJECT", "actual")


def test_a_pattern_does_not_reach_into_another_verbs_phrase(verbs: Path) -> None:
    # "said ... support" would skip "would not provide": the support is provide's
    assert _coded("Armenia said it would not provide support to Georgia.", verbs) == [
        ("ARM", "GEO", "121")
    ]
    assert _coded("Armenia said support for Georgia was growing.", verbs) == [
        ("ARM", "GEO", "051")
    ]


def test_the_other_side_is_named_not_inferred_from_the_document(verbs: Path) -> None:
    text = (
        "Armenia and Georgia signed a pact on Monday. Georgia and Armenia met again. "
        "Armenia helped with the flood relief."
    )
    assert [c for c in _coded(text, verbs) if c[2] == "070"] == []
    assert _coded("Armenia helped Georgia with the flood relief.", verbs) == [
        ("ARM", "GEO", "070")
    ]


def test_a_place_is_not_the_host_of_a_reverse_code(verbs: Path) -> None:
    # "[042:043]": Georgia hosts the visit; the country a summit is held in hosts nobody
    assert _coded("Armenia visited Georgia on Monday.", verbs) == [
        ("ARM", "GEO", "042"), ("GEO", "ARM", "043")
    ]
    assert _coded("Armenia will attend a summit in Switzerland.", verbs) == [("ARM", "CHE", "042")]
    # nor does a place that names an event
    assert _coded("Armenia will attend the Tbilisi Forum.", verbs) == [("ARM", "GEO", "042")]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's surprise visit to Georgia was cut short.",  # a noun, not the verb
        "Armenia-linked traders met in Georgia.",  # part of a compound adjective
        "Armenia says it has evidence against Georgia.",  # a complement clause is no object
        "Armenia was thanked for visiting Georgia.",  # an -ing form after a preposition
        "Armenia said on Monday, seeking ties with Georgia.",  # a participle clause is no object
        # a participle describing the men of a prepositional phrase
        "Police issued warrants for two Georgian men sought in Turkey.",
        # the subject of a verb is near it: Armenia is far back, the plan helped
        "Armenia talked for years about roads, schools, dams, power lines, ports, railways, "
        "tunnels and bridges with every donor in the region and in the end the plan helped "
        "Georgia.",
    ],
)
def test_words_that_are_not_the_verb_code_nothing(text: str, verbs: Path) -> None:
    assert _coded(text, verbs) == []


def test_an_intent_or_appeal_takes_its_code_from_the_act_it_governs(verbs: Path) -> None:
    # WANT (030) + HELP (070): an intent to provide aid; "WANT * HELP" is "wants help"
    assert _coded("Armenia wants to help Georgia.", verbs) == [("ARM", "GEO", "033")]
    # ASK (020) + HELP (070): an appeal for aid, to the one asked
    assert _coded("Armenia asked Georgia to help Turkey.", verbs) == [("ARM", "GEO", "023")]
    # CAMEO has no intent to investigate, nor codes the plan to attend as anything but
    # the visit itself
    assert _coded("Armenia wants to investigate Georgia.", verbs) == [("ARM", "GEO", "090")]
    assert _coded("Armenia prepared to attend the Tbilisi Forum.", verbs) == [
        ("ARM", "GEO", "042")
    ]


def test_a_compound_subject_seeking_ties_codes_both_ways(verbs: Path) -> None:
    # "the" of "the United States" keeps the two together; "strengthen" is no participle
    coded = _coded("Armenia and the United States are seeking to strengthen ties.", verbs)
    assert coded == [("ARM", "USA", "031"), ("USA", "ARM", "031")]


def test_a_clause_after_a_verb_has_a_subject_of_its_own(verbs: Path) -> None:
    # "the plan" enjoyed the support; Armenia only said so, and said nothing to Georgia
    assert _coded("Armenia said the plan enjoyed support from Georgia.", verbs) == []
    # a pronoun takes the earlier subject up again
    assert _coded("Armenia said it would help Georgia.", verbs) == [("ARM", "GEO", "070")]


def test_a_government_acting_on_its_own_country_is_coded(verbs: Path) -> None:
    text = "The Armenian government helped Armenia."
    coded = [
        (r.actor1.code, r.actor1.sector, r.actor2.code, r.actor2.sector)
        for r in extract(text, dictionaries=[verbs], one_sided=True)
        if isinstance(r, Event) and r.actor1 and r.actor2
    ]
    assert coded == [("ARM", "GOV", "ARM", None)]
    # by default an event relates two parties: one state acting on itself is left out
    assert [r for r in extract(text, dictionaries=[verbs]) if isinstance(r, Event)] == []


def test_there_were_people_killed_is_a_passive(verbs: Path) -> None:
    # the victims suffered it; the place they died in is the one side named
    assert _coded("There were ten Georgian soldiers killed in Armenia today.", verbs) == [
        ("ARM", "GEO", "190")
    ]
