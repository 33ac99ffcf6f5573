"""Who does the second of two (or more) coordinated verbs: "X <verb1> <object> and
<verb2> ...". Its subject is X unless a new subject stands between "and" and the verb; a
state named inside the first verb's object (a demonym, a place) is no subject. Seen in
dev passages with irregular past verbs ("and froze", "and cut", "and also met"), with
adverbs after "and", and with a first subject the gazetteer does not know."""

from __future__ import annotations

from coded_events import coded_in, events_in


def _s10sv_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_an_irregular_second_verb_keeps_the_first_verbs_subject() -> None:
    """ "expelled two Ugandan diplomats and froze the assets of a Ugandan bank": "froze",
    "cut", "shut", "withdrew" are past verbs like "expelled"; their subject is the
    clause's, not the demonym in the first verb's object."""
    for text in (
        "Tanzania expelled three Zambian diplomats and froze the accounts of a Zambian firm.",
        "Tanzania recalled its envoy from Lusaka and cut all trade with Zambia.",
        "Tanzania summoned the Zambian ambassador and shut the border with Zambia.",
    ):
        coded = _s10sv_coded(text)
        assert ("sanction", "ZMB", "TZA") not in coded, text
        assert ("sanction", "TZA", "ZMB") in coded, text
    # a new subject after "and" acts for itself
    coded = _s10sv_coded("Tanzania summoned the Zambian ambassador and Zambia froze "
                         "the accounts of a Tanzanian firm.")
    assert ("sanction", "ZMB", "TZA") in coded


def test_an_adverb_after_and_does_not_change_whose_verb_it_is() -> None:
    """ "and then expelled", "and also froze", "but also warned": the adverb between the
    conjunction and the verb leaves the verb the first subject's."""
    coded = _s10sv_coded("Tanzania summoned the Zambian ambassador and then expelled "
                         "two Zambian diplomats.")
    assert ("sanction", "TZA", "ZMB") in coded
    assert ("sanction", "ZMB", "TZA") not in coded
    coded = _s10sv_coded("Tanzania welcomed the Zambian decision but warned against delays.")
    assert ("criticism_hostility", "ZMB", "TZA") not in coded


def test_a_list_of_irregular_verbs_is_one_subjects() -> None:
    """ "expelled X, froze Y and shut Z": each verb of the list is the first subject's."""
    coded = _s10sv_coded("Tanzania expelled two Zambian diplomats, froze the assets of a "
                         "Zambian bank and shut the border with Zambia.")
    assert coded.count(("sanction", "TZA", "ZMB")) == 3


def test_a_state_in_the_first_object_is_not_the_second_verbs_subject() -> None:
    """ "Trudeau paid his respects to Ukrainian soldiers killed since 2014, and also met
    Zelensky": the first verb's object ends in a phrase ("since 2014") of its own; the
    verb after ", and" is the sentence's subject's, not the soldiers' state's; and when
    that subject is no actor the gazetteer knows ("The coast guard escorted a Mexican
    boat ... and detained the crew"), the state in the first object does not stand in."""
    coded = _s10sv_coded("The Zambian envoy laid a wreath for Tanzanian soldiers killed "
                         "since 2015, and also met the Tanzanian president for talks.")
    assert ("meeting", "ZMB", "TZA") in coded
    assert ("meeting", "TZA", "ZMB") not in coded
    coded = _s10sv_coded("The coast guard escorted a Zambian fishing boat to port and "
                         "detained the crew.")
    assert not [c for c in coded if c[1] == "ZMB"]


def test_a_bare_verb_after_a_modals_first_verb_shares_its_subject() -> None:
    """ "Kenya will expel two Ugandan diplomats and freeze the assets of a Ugandan bank",
    "said it would close the British Council in Russia and withdraw permission for
    Britain ...": a bare verb after "and" goes on the modal's first verb, so its subject is
    the first verb's, never a state named inside that verb's object."""
    coded = _s10sv_coded("Tanzania will expel two Zambian diplomats and freeze the assets "
                         "of a Zambian bank.")
    assert coded.count(("sanction", "TZA", "ZMB")) == 2
    coded = _s10sv_coded("Tanzania said it would summon the Zambian envoy and recall its "
                         "ambassador from Lusaka.")
    assert ("sanction", "ZMB", "TZA") not in coded
    assert ("sanction", "TZA", "ZMB") in coded
    coded = _s10sv_coded("In a statement, the ministry said it would close the Zambian "
                         "cultural centre in Tanzania and withdraw permission for Zambia to "
                         "open a consulate.")
    assert ("sanction", "ZMB", "TZA") not in coded
    # a new subject after "and" keeps its own verb
    coded = _s10sv_coded("Tanzania will expel two Zambian diplomats and Zambia will freeze "
                         "the assets of a Tanzanian bank.")
    assert ("sanction", "ZMB", "TZA") in coded


def test_a_noun_act_after_a_coordinated_light_verb_is_the_first_subjects() -> None:
    """ "NATO admitted its helicopters had entered Pakistani airspace and opened fire",
    "... and held talks", "... and then launched an offensive": the act is a noun after a
    coordinated past verb, whose subject is the first verb's, not the state in its
    object."""
    coded = _s10sv_coded("Tanzanian gunboats entered Zambian waters and opened fire on a "
                         "patrol boat.")
    assert ("armed_clash", "ZMB", "TZA") not in coded
    coded = _s10sv_coded("Tanzania recalled its envoy from Zambia and then launched an "
                         "offensive.")
    assert ("armed_clash", "ZMB", "TZA") not in coded
    # a new subject before the light verb keeps the act
    coded = _s10sv_coded("Tanzanian gunboats entered Zambian waters and Zambian troops "
                         "opened fire on them.")
    assert ("armed_clash", "ZMB", "TZA") in coded


def test_a_date_in_the_first_objects_relative_clause_does_not_date_the_second_verb() -> None:
    """ "paid his respects to Ukrainian soldiers who have been killed since 2014, and also
    met Zelensky": the year belongs to the relative clause that ends the first verb's
    object; the meeting after ", and" is not dated by it."""
    events = events_in("The Zambian envoy laid a wreath for Tanzanian soldiers who have "
                       "died in peacekeeping since 2015, and also met the Tanzanian "
                       "president for talks.", "2024-03-14")
    met = [e for e in events if e.kind == "meeting"]
    assert met and all(e.date.start != "2015" for e in met)
    # a date of the second verb's own is kept
    events = events_in("The Zambian envoy laid a wreath for Tanzanian soldiers who have "
                       "died since 2015, and met the Tanzanian president on Monday.",
                       "2024-03-14")
    met = [e for e in events if e.kind == "meeting"]
    assert met and met[0].date.start == "2024-03-11"


def test_he_after_and_is_a_new_subject_not_the_state_named_before() -> None:
    """ "Chavez responded by ordering troops to the border with Colombia and he warned
    Uribe ...": "he" after "and" is a new subject, a person; it never stands for the state
    the first verb's object named last."""
    coded = _s10sv_coded("Tanzania's leader was furious. Mwansa responded by ordering "
                         "troops and tanks to the border with Zambia and he warned President "
                         "Bwalya that a similar raid could lead to war.")
    assert ("criticism_hostility", "ZMB", "TZA") not in coded
    assert ("criticism_hostility", "TZA", "ZMB") in coded
    # a person the gazetteer knows, named before "he", is still who "he" is
    coded = _s10sv_coded("Zambian President Hakainde Hichilema sent troops to the border "
                         "with Tanzania and he warned Dodoma against any incursion.")
    assert ("criticism_hostility", "ZMB", "TZA") in coded
