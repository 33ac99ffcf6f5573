"""Matching and metrics with fake coders whose mistakes we choose."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dyadscope.errors import DyadscopeError
from dyadscope.evaluate import (
    EvalResult,
    ExpectedActor,
    ExpectedEvent,
    ExpectedQuantity,
    GoldItem,
    evaluate,
    evaluate_set,
    read_gold,
)
from dyadscope.evaluate.metrics import MISSED, SPURIOUS
from dyadscope.model import Actor, Event, Observation, Quantity
from evaluate.fakes import empty_coder, event_for, make_event, replay_coder

PAK = Actor("PAK", "Pakistan")
AZE = Actor("AZE", "Azerbaijan")
TUR = Actor("TUR", "Turkey")

HEADLINE = ("exact_pass", "type_accuracy", "actor_pair_accuracy", "precision", "recall", "f1")


def _swap(event: Event) -> Event:
    return dataclasses.replace(event, actor1=event.actor2, actor2=event.actor1)


def _item(*expected: ExpectedEvent, text: str = "A sentence.", ident: str = "i") -> GoldItem:
    return GoldItem(id=ident, text=text, expected=expected)


def _headline(result: EvalResult) -> dict[str, float]:
    return {name: getattr(result, name) for name in HEADLINE}


GOLD_FILES = [
    "example.records.jsonl",
    "mini.plover_gsr.json",
    "mini.petrarch.xml",
    "mini.petrarch-selfclosed.xml",
]


@pytest.mark.parametrize("name", GOLD_FILES)
def test_perfect_coder_scores_one_everywhere(golden: Path, name: str) -> None:
    gold = read_gold(golden / name)
    result = evaluate_set(gold, replay_coder(gold.items))
    assert _headline(result) == dict.fromkeys(HEADLINE, 1.0)
    assert all(score.f1 == 1.0 and score.accuracy == 1.0 for score in result.fields.values())
    assert all(item.passed for item in result.items)


@pytest.mark.parametrize("name", GOLD_FILES)
def test_empty_coder_has_zero_recall(golden: Path, name: str) -> None:
    gold = read_gold(golden / name)
    result = evaluate_set(gold, empty_coder)
    assert result.recall == 0.0 and result.f1 == 0.0
    assert result.produced == 0 and result.matched == 0
    # only passages expecting nothing pass
    expected_passes = sum(1 for item in gold.items if item.skip is None and not item.expected)
    assert result.exact_pass == expected_passes / result.evaluated


def test_swapped_actors_cost_accuracy_only_on_directed_kinds() -> None:
    directed = _item(
        ExpectedEvent(kind="visit", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE"))
    )
    undirected = _item(
        ExpectedEvent(
            kind="agreement_signed", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE")
        )
    )
    swapped = evaluate([directed], replay_coder([directed], _swap))
    assert swapped.fields["actor1"].accuracy == 0.0
    assert swapped.fields["actor2"].accuracy == 0.0
    assert swapped.actor_pair_accuracy == 0.0
    assert swapped.exact_pass == 0.0
    assert swapped.recall == 1.0  # still found: the kind agrees
    fine = evaluate([undirected], replay_coder([undirected], _swap))
    assert fine.actor_pair_accuracy == 1.0 and fine.exact_pass == 1.0


def test_explicit_directed_flag_overrides_the_kind_table() -> None:
    item = _item(
        ExpectedEvent(
            plover="AGREE", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE"), directed=False
        )
    )
    assert evaluate([item], replay_coder([item], _swap)).actor_pair_accuracy == 1.0
    directed = _item(dataclasses.replace(item.expected[0], directed=True))
    assert evaluate([directed], replay_coder([directed], _swap)).actor_pair_accuracy == 0.0


def test_spurious_events_lower_precision_not_recall() -> None:
    item = _item(
        ExpectedEvent(plover="CONSULT", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE"))
    )
    extra = make_event(plover="ASSAULT", actor1=TUR, actor2=TUR)

    def coder(text: str, date: str | None) -> list[Event]:
        return [event_for(item.expected[0]), extra]

    result = evaluate([item], coder)
    assert result.recall == 1.0 and result.precision == 0.5
    assert result.fields["plover"].precision == 0.5  # the extra is wrong on every field
    assert result.fields["plover"].accuracy == 1.0
    assert result.exact_pass == 1.0  # extras are allowed outside PETRARCH files
    assert result.confusion[SPURIOUS] == {"ASSAULT": 1}


def test_wrong_type_is_matched_on_actors_and_shows_in_confusion() -> None:
    item = _item(
        ExpectedEvent(plover="CONSULT", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE"))
    )

    def coder(text: str, date: str | None) -> list[Event]:
        return [make_event(plover="ACCUSE", actor1=PAK, actor2=AZE)]

    result = evaluate([item], coder)
    assert result.matched == 1 and result.type_accuracy == 0.0
    assert result.actor_pair_accuracy == 1.0
    assert result.confusion == {"CONSULT": {"ACCUSE": 1}}
    (worst,) = result.worst(5)
    assert worst.wrong and worst.wrong[0].startswith("plover:")


def test_nothing_in_common_is_a_miss_and_a_spurious_event() -> None:
    item = _item(
        ExpectedEvent(plover="CONSULT", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE"))
    )

    def coder(text: str, date: str | None) -> list[Event]:
        return [make_event(plover="ASSAULT", actor1=TUR, actor2=TUR)]

    result = evaluate([item], coder)
    assert result.matched == 0 and result.recall == 0.0 and result.precision == 0.0
    assert result.confusion == {"CONSULT": {MISSED: 1}, SPURIOUS: {"ASSAULT": 1}}


def test_matching_is_one_to_one_and_prefers_the_best_pair() -> None:
    visit = ExpectedEvent(kind="visit", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE"))
    aid = ExpectedEvent(
        kind="aid_project", actor1=ExpectedActor("TUR"), actor2=ExpectedActor("AZE")
    )
    item = _item(visit, aid)

    def coder(text: str, date: str | None) -> list[Event]:
        # order reversed on purpose; one produced event may serve only one expected
        return [
            make_event(kind="aid_project", actor1=TUR, actor2=AZE),
            make_event(kind="visit", actor1=PAK, actor2=AZE),
        ]

    result = evaluate([item], coder)
    assert result.matched == 2 and result.exact_pass == 1.0
    single = evaluate([item], lambda text, date: coder(text, date)[1:])
    assert single.matched == 1 and single.recall == 0.5


def test_partial_gold_scores_only_the_fields_it_codes() -> None:
    item = _item(ExpectedEvent(status="planned"))

    def coder(text: str, date: str | None) -> list[Event]:
        return [make_event(kind="meeting", plover="CONSULT", actor1=PAK, status="planned")]

    result = evaluate([item], coder)
    assert set(result.fields) == {"event", "strict", "status"}
    assert result.fields["status"].accuracy == 1.0 and result.exact_pass == 1.0


def test_date_year_and_exact_are_separate() -> None:
    item = _item(ExpectedEvent(kind="visit", actor1=ExpectedActor("PAK"), date="2017-11-03"))

    def coder(text: str, date: str | None) -> list[Event]:
        return [make_event(kind="visit", actor1=PAK, date="2017-11")]

    result = evaluate([item], coder)
    assert result.fields["date_year"].accuracy == 1.0
    assert result.fields["date_exact"].accuracy == 0.0


@pytest.mark.parametrize(
    ("produced", "right"),
    [
        ((Quantity(10, "count"),), True),
        ((Quantity(11, "count"),), False),
        ((Quantity(10, "percent"),), False),
        ((), False),
    ],
)
def test_quantities(produced: tuple[Quantity, ...], right: bool) -> None:
    item = _item(
        ExpectedEvent(
            kind="arms_transfer",
            actor1=ExpectedActor("PAK"),
            quantities=(ExpectedQuantity(10.0, "count"),),
        )
    )

    def coder(text: str, date: str | None) -> list[Event]:
        return [make_event(kind="arms_transfer", actor1=PAK, quantities=produced)]

    assert evaluate([item], coder).fields["quantities"].accuracy == float(right)


def test_money_unit_may_be_given_as_the_currency() -> None:
    item = _item(
        ExpectedEvent(
            kind="aid_project",
            actor1=ExpectedActor("TUR"),
            quantities=(ExpectedQuantity(5e6, "USD"),),
        )
    )

    def coder(text: str, date: str | None) -> list[Event]:
        return [
            make_event(
                kind="aid_project", actor1=TUR, quantities=(Quantity(5e6, "money", currency="USD"),)
            )
        ]

    assert evaluate([item], coder).fields["quantities"].accuracy == 1.0


def test_negative_passage_passes_only_when_nothing_is_produced() -> None:
    item = _item()
    assert evaluate([item], empty_coder).exact_pass == 1.0
    noisy = evaluate([item], lambda text, date: [make_event(kind="meeting", actor1=PAK)])
    assert noisy.exact_pass == 0.0 and noisy.precision == 0.0


def test_observations_from_the_coder_are_ignored() -> None:
    item = _item()
    observation = Observation(
        id="o",
        indicator="trade_total",
        reporter="PAK",
        partner="AZE",
        commodity=None,
        value=1.0,
        unit="USD",
        period=make_event().date,
        source=make_event().source,
    )
    result = evaluate([item], lambda text, date: [observation])
    assert result.produced == 0 and result.exact_pass == 1.0


def test_coder_errors_are_recorded_per_passage() -> None:
    items = [_item(ExpectedEvent(kind="visit"), ident="a"), _item(ident="b", text="Other.")]

    def coder(text: str, date: str | None) -> list[Event]:
        if text == "A sentence.":
            raise DyadscopeError("could not read this one")
        return []

    result = evaluate(items, coder)
    assert result.evaluated == 2 and result.recall == 0.0
    assert result.items[0].error == "could not read this one"
    assert result.items[1].passed


def test_skipped_items_are_not_run() -> None:
    items = [dataclasses.replace(_item(ExpectedEvent(kind="visit")), skip="expects error")]

    def coder(text: str, date: str | None) -> list[Event]:
        raise AssertionError("a skipped item reached the coder")

    result = evaluate(items, coder)
    assert (result.records, result.evaluated, result.skipped) == (1, 0, 1)


def test_worst_misses_rank_missed_events_first() -> None:
    items = [
        _item(
            ExpectedEvent(kind="visit", actor1=ExpectedActor("PAK")), ident="wrong-type", text="one"
        ),
        _item(
            ExpectedEvent(kind="visit"),
            ExpectedEvent(kind="meeting"),
            ident="two-missed",
            text="two",
        ),
        _item(ident="fine", text="three"),
    ]

    def coder(text: str, date: str | None) -> list[Event]:
        return [make_event(kind="meeting", actor1=PAK)] if text == "one" else []

    worst = evaluate(items, coder).worst(5)
    assert [item.id for item in worst] == ["two-missed", "wrong-type"]
    assert worst[0].text == "two" and worst[0].missed == 2


# --- PETRARCH semantics ---------------------------------------------------------------


def _petrarch(*triples: tuple[str, str, str], options: dict[str, str] | None = None) -> GoldItem:
    expected = tuple(
        ExpectedEvent(
            cameo=code, actor1=ExpectedActor(src), actor2=ExpectedActor(tgt), directed=True
        )
        for src, tgt, code in triples
    )
    return GoldItem(
        id="p",
        text="Valoria met Kestria.",
        expected=expected,
        scheme="petrarch",
        options=options or {},
    )


VAL_GOV = Actor("VAL", "Valoria", sector="GOV")
KES = Actor("KES", "Kestria")


def test_petrarch_triples_compare_code_plus_sector() -> None:
    item = _petrarch(("VALGOV", "KES", "042"))
    right = evaluate(
        [item], lambda text, date: [make_event(cameo="042", actor1=VAL_GOV, actor2=KES)]
    )
    assert (right.precision, right.recall, right.exact_pass) == (1.0, 1.0, 1.0)
    bare = Actor("VAL", "Valoria")
    wrong = evaluate([item], lambda text, date: [make_event(cameo="042", actor1=bare, actor2=KES)])
    assert wrong.f1 == 0.0 and wrong.fields["actor1"].accuracy == 0.0


def test_petrarch_exact_pass_needs_nothing_extra() -> None:
    item = _petrarch(("VALGOV", "KES", "042"))
    both = [
        make_event(cameo="042", actor1=VAL_GOV, actor2=KES),
        make_event(cameo="111", actor1=KES, actor2=VAL_GOV),
    ]
    result = evaluate([item], lambda text, date: both)
    assert result.exact_pass == 0.0
    assert (result.precision, result.recall) == (0.5, 1.0)


def test_petrarch_type_accuracy_is_cameo_agreement_on_matched_actor_pairs() -> None:
    item = _petrarch(("VALGOV", "KES", "042"), ("KES", "VALGOV", "111"))
    produced = [
        make_event(cameo="043", actor1=VAL_GOV, actor2=KES),
        make_event(cameo="111", actor1=KES, actor2=VAL_GOV),
    ]
    result = evaluate([item], lambda text, date: produced)
    assert result.type_accuracy == 0.5
    assert result.fields["cameo_root"].accuracy == 1.0
    assert result.confusion == {"04": {"04": 1}, "11": {"11": 1}}


def test_petrarch_require_dyad_drops_one_sided_events() -> None:
    one_sided = [make_event(cameo="042", actor1=VAL_GOV)]
    strict = evaluate([_petrarch()], lambda text, date: one_sided)
    assert strict.produced == 0 and strict.exact_pass == 1.0
    loose = evaluate([_petrarch(options={"require_dyad": "false"})], lambda text, date: one_sided)
    assert loose.produced == 1 and loose.exact_pass == 0.0


def test_petrarch_undirected_kinds_count_in_both_directions() -> None:
    item = _petrarch(("VALGOV", "KES", "040"), ("KES", "VALGOV", "040"))
    meeting = [make_event(kind="meeting", cameo="040", actor1=VAL_GOV, actor2=KES)]
    result = evaluate([item], lambda text, date: meeting)
    assert (result.precision, result.recall, result.exact_pass) == (1.0, 1.0, 1.0)
    visit = [make_event(kind="visit", cameo="040", actor1=VAL_GOV, actor2=KES)]
    directed = evaluate([item], lambda text, date: visit)
    assert (directed.precision, directed.recall, directed.exact_pass) == (1.0, 0.5, 0.0)


def test_petrarch_events_with_dictionary_directions_are_not_doubled() -> None:
    # a verb dictionary said which directions hold ("[040]": one); the view adds none
    item = _petrarch(("VALGOV", "KES", "040"))
    meeting = [
        make_event(kind="meeting", cameo="040", actor1=VAL_GOV, actor2=KES,
                   extra={"directed": True})
    ]
    result = evaluate([item], lambda text, date: meeting)
    assert (result.precision, result.recall, result.exact_pass) == (1.0, 1.0, 1.0)


def test_petrarch_unknown_country_is_dashes() -> None:
    item = _petrarch(("---GOV", "KES", "042"))
    anonymous = Actor("", "a government", sector="GOV")
    result = evaluate(
        [item], lambda text, date: [make_event(cameo="042", actor1=anonymous, actor2=KES)]
    )
    assert result.exact_pass == 1.0


# --- the real shared gold sets: perfect and empty coders ----------------------------------

SHARED_SETS = [
    ("plover", "PLOVER_GSR_CAMEO.txt"),
    ("petrarch2", "PETR.UnitTest.records.xml"),
    ("petrarch2", "universal-petrarch/PETR2_GSR_validation.xml"),
]


@pytest.mark.parametrize(("folder", "name"), SHARED_SETS)
def test_real_sets_perfect_and_empty(shared: Path, folder: str, name: str) -> None:
    gold = read_gold(shared / "benchmarks" / folder / name)
    perfect = evaluate_set(gold, replay_coder(gold.items))
    assert _headline(perfect) == dict.fromkeys(HEADLINE, 1.0)
    empty = evaluate_set(gold, empty_coder)
    assert empty.recall == 0.0 and empty.type_accuracy == 0.0


def test_strict_needs_type_actors_and_a_compatible_date() -> None:
    gold = ExpectedEvent(
        kind="visit", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE"), date="2017-11"
    )
    right = make_event(kind="visit", actor1=PAK, actor2=AZE, date="2017-11-03")
    undated = make_event(kind="visit", actor1=PAK, actor2=AZE)
    reversed_ = make_event(kind="visit", actor1=AZE, actor2=PAK, date="2017-11")
    for produced, strict in ((right, 1), (undated, 0), (reversed_, 0)):
        result = evaluate([_item(gold)], lambda text, date, e=produced: [e])
        assert result.matched == 1  # the lenient match finds all three
        assert result.fields["strict"].correct == strict


def test_strict_counts_talks_and_meetings_as_one_family() -> None:
    gold = ExpectedEvent(
        kind="negotiation", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE")
    )
    met = make_event(kind="meeting", actor1=AZE, actor2=PAK)
    result = evaluate([_item(gold)], lambda text, date: [met])
    assert result.fields["strict"].f1 == 1.0


def test_strict_compares_the_parties_of_a_several_party_event_as_a_set() -> None:
    gold = ExpectedEvent(
        kind="military_exercise",
        actor1=ExpectedActor("AZE"),
        actor2=ExpectedActor("TUR"),
        others=(ExpectedActor("PAK"),),
    )
    all_three = make_event(kind="military_exercise", actor1=PAK, actor2=AZE, others=(TUR,))
    two_only = make_event(kind="military_exercise", actor1=PAK, actor2=AZE)
    assert evaluate([_item(gold)], lambda t, d: [all_three]).fields["strict"].correct == 1
    assert evaluate([_item(gold)], lambda t, d: [two_only]).fields["strict"].correct == 0
