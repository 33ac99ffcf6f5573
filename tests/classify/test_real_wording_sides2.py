"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): acts whose sides English names by reference rather than by a state's name."""

from __future__ import annotations

from coded_events import coded_in


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_a_body_named_again_by_its_common_noun_acts_for_its_state() -> None:
    """ "Kyrgyzstan's national security committee said ... The committee also accused the
    Tajik side", "the border agency blamed ...": news names a committee, council, agency,
    service, office or commission once with its state and then by the common noun alone,
    as it does a ministry; the noun stands for the body named last, else the last
    sentence's actor. Each noun takes up a body of its own kind only."""
    coded = _coded("Ghana's national security council said its patrol had been fired on near "
                   "the frontier. Togo denied any role. The council also accused Togo of "
                   "sheltering the gunmen.")
    assert ("criticism_hostility", "GHA", "TGO") in coded
    coded = _coded("Chile's border agency reported the incident on Monday. The agency "
                   "blamed the Bolivian government for failing to patrol the crossing.")
    assert ("criticism_hostility", "CHL", "BOL") in coded
    # each noun takes up its own body: "the ministry" is Ghana's, not Togo's committee
    coded = _coded("Ghana's foreign ministry summoned Togo's envoy. Togo's security committee "
                   "denied the charge. The ministry accused Togo of sheltering the gunmen.")
    assert ("criticism_hostility", "GHA", "TGO") in coded
    assert not [c for c in coded if c[0] == "criticism_hostility" and c[1] == "TGO"]


def test_we_inside_a_quotation_is_its_speaker_whatever_marks_it() -> None:
    """ "‘Yes, we delivered the tanks,’ Scholz said", "„I am leaving for Berlin,“ the
    minister said": single and low quotation marks open and close a quotation as double
    ones do, so "we" is the speaker named after it; a quotation that goes on from the
    sentence before ("The minister said ... “We are ready to support Azerbaijan.") is
    that sentence's speaker's. A "’" that is no closing mark (no quotation opened) names
    no speaker."""
    coded = _coded("‘We have delivered the first howitzers to Ukraine,’ Norwegian Prime "
                   "Minister Jonas Gahr Store said on Monday.")
    assert ("arms_transfer", "NOR", "UKR") in coded
    coded = _coded("Turkish Defence Minister Hulusi Akar spoke in Baku on Monday. “We are "
                   "ready to support Azerbaijan in every field.")
    assert ("support_statement", "TUR", "AZE") in coded
    coded = _coded("The ministers’ talks ended on Monday. We support Azerbaijan in every "
                   "field, Kazakhstan said.")
    assert not [c for c in coded if c[0] == "support_statement" and c[1] == "AZE"]


def test_his_act_with_no_one_named_before_is_the_last_sentences_actors() -> None:
    """ "National Leader Heydar Aliyev played an exceptional role ... His official visit to
    Uzbekistan in 1997 further contributed ...": an act owned by "his" or "her" in a
    clause naming no one before it is the person the sentence before named, as "he" is.
    A fronted "during his visit to X" whose main clause names the visitor keeps him."""
    coded = _coded("Chilean President Gabriel Boric spoke to reporters on Monday. His state "
                   "visit to Argentina in 2022 opened a new chapter in relations.")
    assert ("visit", "CHL", "ARG") in coded
    coded = _coded("Chilean President Gabriel Boric spoke to reporters on Monday. During his "
                   "visit to Kenya, Ethiopian Prime Minister Abiy Ahmed met President William "
                   "Ruto.")
    assert ("visit", "ETH", "KEN") in coded
    assert not [c for c in coded if c[0] == "visit" and c[1] == "CHL"]


def test_force_on_its_own_ground_or_craft_strikes_the_state_the_sentence_opens_with() -> None:
    """ "Iraq summoned Iran's envoy ... over deadly missile strikes on its autonomous
    Kurdish region", "Mali claimed that Algeria shot down one of its surveillance drones":
    force on "its" or "their" territory, region, troops or craft (drones, aircraft, ships),
    with words between ("its northern province"), struck the state the sentence opens with
    or the speaker, not the attacker. Force on what is no one's ground names no target."""
    coded = _coded("Syria summoned Turkey's envoy on Tuesday over deadly drone strikes on its "
                   "northern Kurdish province.")
    assert ("armed_clash", "TUR", "SYR") in coded
    coded = _coded("Ukraine said Belarus shot down two of its reconnaissance drones near the "
                   "border.")
    assert ("armed_clash", "BLR", "UKR") in coded
    # (a summons over the strikes makes them the summoned side's: test_real_wording_s11n)
    coded = _coded("Syria's foreign minister met Turkey's envoy on Tuesday after deadly drone "
                   "strikes on the market of a Kurdish town.")
    assert ("armed_clash", "TUR", "SYR") not in coded
