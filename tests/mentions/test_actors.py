"""Gazetteer.find: golden sentences covering every rule, plus invariants and data checks."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from dyadscope.dictionaries.tables import CountryRow, read_table
from dyadscope.mentions.actors import Gazetteer
from dyadscope.model import ActorMention

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "mentions" / "actors.jsonl"
DATA = Path(__file__).resolve().parents[2] / "src" / "dyadscope" / "data" / "gazetteer"


def _golden() -> list[dict]:
    return [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]


def _short(mentions: list[ActorMention]) -> list[dict]:
    return [
        {
            "text": m.text,
            "kind": m.kind,
            "code": m.actor.code if m.actor else None,
            "sector": m.actor.sector if m.actor else None,
        }
        for m in mentions
    ]


def _one(text: str, on_date: str | None = None) -> tuple[str, str, str | None, str | None]:
    mentions = Gazetteer.default().find(text, on_date=on_date)
    assert len(mentions) == 1, _short(mentions)
    m = mentions[0]
    return (m.text, m.kind, m.actor.code if m.actor else None, m.actor.sector if m.actor else None)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("case", _golden(), ids=lambda c: c["text"][:50])
def test_golden_sentences(gaz: Gazetteer, case: dict) -> None:
    assert _short(gaz.find(case["text"], on_date=case["date"])) == case["mentions"]


@pytest.mark.parametrize("case", _golden(), ids=lambda c: c["text"][:50])
def test_offsets_point_into_text_sorted_and_disjoint(gaz: Gazetteer, case: dict) -> None:
    text = case["text"]
    mentions = gaz.find(text, on_date=case["date"])
    for m in mentions:
        assert text[m.start : m.end] == m.text
        if m.actor is not None:
            assert m.actor.text == m.text
            assert m.actor.name == gaz.name_of(m.actor.code)
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


def test_seed_examples_one_mention_each() -> None:
    assert _one("the Chief of Air Staff of the Pakistan Air Force Marshal Sohail Aman", "2017") == (
        "Chief of Air Staff of the Pakistan Air Force Marshal Sohail Aman", "person", "PAK", "MIL")
    assert _one("the Pakistani Ambassador to Azerbaijan Saeed Khan Mohmand") == (
        "Pakistani Ambassador to Azerbaijan Saeed Khan Mohmand", "person", "PAK", "GOV")
    assert _one("Azerbaijani naval personnel") == (
        "Azerbaijani naval personnel", "demonym", "AZE", "MIL")
    assert _one("Pakistan Air Force") == ("Pakistan Air Force", "institution", "PAK", "MIL")
    assert _one("Heydar Aliyev Foundation") == (
        "Heydar Aliyev Foundation", "institution", "AZE", "NGO")


def test_possessive_is_not_part_of_the_actor_text(gaz: Gazetteer) -> None:
    for text in ("Azerbaijan's position", "Azerbaijan’s position"):
        (m,) = gaz.find(text)
        assert (m.text, m.kind, m.actor and m.actor.code) == ("Azerbaijan", "state", "AZE")


def test_capital_stands_for_state_unless_it_is_a_place(gaz: Gazetteer) -> None:
    assert _one("relations with Islamabad improved")[1:] == ("capital", "PAK", "GOV")
    assert _one("talks were held in Islamabad")[1:] == ("location", "PAK", None)
    assert _one("the delegation flew to the Baku")[1:] == ("location", "AZE", None)


def test_country_after_preposition_is_location_but_not_in_a_title() -> None:
    assert _one("exports from Pakistan")[1:] == ("location", "PAK", None)
    assert _one("the Pakistani Ambassador to Azerbaijan")[1:] == ("institution", "PAK", "GOV")


def test_names_are_case_sensitive() -> None:
    gaz = Gazetteer.default()
    assert gaz.find("we ate turkey from china in chad with us") == []
    assert [m.actor.code for m in gaz.find("Turkey, China, Chad and the US") if m.actor] == [
        "TUR", "CHN", "TCD", "USA"]


def test_all_caps_text_accepts_long_names_but_not_us_pronoun(gaz: Gazetteer) -> None:
    codes = [m.actor.code for m in gaz.find("TURKEY WARNS US AND CHINA") if m.actor]
    assert codes == ["TUR", "CHN"]
    assert [m.actor.code for m in gaz.find("Talks with the US") if m.actor] == ["USA"]


@pytest.mark.parametrize(
    ("text", "date", "code", "sector"),
    [
        ("Musharraf spoke", "2000-01", "PAK", "MIL"),
        ("Musharraf spoke", "2006-01", "PAK", "GOV"),
        ("Musharraf spoke", "2015", "PAK", "GOV"),  # nearest role: President until 2008
        ("Sharif spoke", "2014-06", "PAK", "MIL"),  # Raheel (COAS) and Nawaz (PM): latest start
        ("Sharif spoke", "1998-05", "PAK", "GOV"),
        ("Putin spoke", "2010-01", "RUS", "GOV"),
    ],
)
def test_date_bounded_roles(text: str, date: str, code: str, sector: str) -> None:
    assert _one(text, date)[2:] == (code, sector)


def test_without_a_date_the_most_recent_role_is_used() -> None:
    assert _one("Hakan Fidan said")[2:] == ("TUR", "GOV")
    assert _one("Hakan Fidan said", "2015")[2:] == ("TUR", "SPY")


def test_bad_date_is_ignored_not_fatal() -> None:
    assert _one("Hakan Fidan said", "not a date")[2:] == ("TUR", "GOV")


def test_country_ref_needs_a_state_before_it(gaz: Gazetteer) -> None:
    assert gaz.find("the country's Commerce Secretary spoke") == []
    found = gaz.find("In Pakistan, the country's Foreign Minister spoke")
    assert [(m.kind, m.actor and m.actor.code) for m in found] == [
        ("location", "PAK"), ("institution", "PAK")]


def test_sector_words_without_a_country_yield_nothing(gaz: Gazetteer) -> None:
    assert gaz.find("The army and the ministry and the general public met officials.") == []


def test_country_and_name_of(gaz: Gazetteer) -> None:
    actor = gaz.country("aze")
    assert actor is not None and (actor.code, actor.name, actor.sector) == (
        "AZE", "Azerbaijan", None)
    assert gaz.country("ZZZ") is None
    assert gaz.name_of("PAK") == "Pakistan"
    assert gaz.name_of("OIC") == "Organisation of Islamic Cooperation"
    assert gaz.name_of("XYZ") == "XYZ"
    assert gaz.is_historical("SUN") and not gaz.is_historical("RUS")


def test_default_is_cached() -> None:
    assert Gazetteer.default() is Gazetteer.default()


def test_every_un_member_is_listed_once() -> None:
    table = read_table(DATA / "countries.tsv")
    rows = [r for r in table.rows if isinstance(r, CountryRow)]
    codes = [r.iso3 for r in rows]
    assert len(codes) == len(set(codes))
    assert sum(r.status == "member" for r in rows) == 193
    assert {"PSE", "VAT", "XKX", "TWN", "SUN", "YUG", "CSK", "SCG"} <= set(codes)


def test_every_listed_name_capital_and_demonym_resolves_to_its_state(gaz: Gazetteer) -> None:
    rows = [r for r in read_table(DATA / "countries.tsv").rows if isinstance(r, CountryRow)]
    state_names = {n for r in rows for n in (r.name, *r.aliases)}
    for row in rows:
        for name in (row.name, *row.aliases, *row.capitals, *row.demonyms):
            if name in state_names and name not in (row.name, *row.aliases):
                continue  # a capital named like another state is that state
            found = gaz.find(f"Yesterday {name} said so.")
            assert found and found[0].actor is not None, name
            assert found[0].actor.code == row.iso3, (name, found[0].actor.code)


@pytest.mark.parametrize("name", ["organisations", "people", "institutions", "sectors"])
def test_package_tables_parse(name: str) -> None:
    assert read_table(DATA / f"{name}.tsv").rows


def test_a_sea_or_strait_names_no_state(gaz: Gazetteer) -> None:
    """ "the South China Sea", "the Sea of Japan", "the Persian Gulf": water in no
    state, so neither China, Japan nor Iran is named."""
    for text in ("Ships sailed in the South China Sea.", "Bombers flew over the Sea of Japan.",
                 "Tankers crossed the Persian Gulf.", "A drill in the Indian Ocean ended."):
        assert gaz.find(text) == []
    (china,) = gaz.find("China sent ships to the South China Sea.")
    assert (china.text, china.actor.code if china.actor else None) == ("China", "CHN")


def test_a_region_named_after_a_state_names_no_state(gaz: Gazetteer) -> None:
    """ "the two Latin American countries", "North American leaders": no American."""
    for text in ("Tensions rose between the two Latin American countries.",
                 "North American leaders met.", "Peace on the Korean Peninsula held."):
        assert gaz.find(text) == []
    (usa,) = gaz.find("American officials met.")
    assert usa.actor is not None and usa.actor.code == "USA"


def test_variant_names_of_states(gaz: Gazetteer) -> None:
    # news writes the Democratic Republic as plain "Congo" after its first mention
    for text, code in (("The Democratic Republic of Congo's army fired.", "COD"),
                       ("Rwanda accused neighbouring Congo.", "COD"),
                       ("The Republic of Congo's army fired.", "COG"),
                       ("Congo-Brazzaville said.", "COG"),
                       ("The Somalian government said.", "SOM")):
        codes = [m.actor.code for m in gaz.find(text) if m.actor is not None]
        assert code in codes and codes[-1] == code


def test_a_distinctive_surname_names_its_bearer_alone(gaz: Gazetteer) -> None:
    """News names an office holder once in full, then by surname ("Khattak said").
    A common surname ("Khan") or one that is also a place ("Lagos") names no one alone."""
    (khattak,) = gaz.find("Khattak met the ambassador.", on_date="2019-03-13")
    assert khattak.actor is not None and khattak.actor.code == "PAK"
    assert all(m.text != "Khan" for m in gaz.find("Khan met the ambassador."))
    (lagos,) = gaz.find("Talks were held in Lagos.")
    assert lagos.actor is not None and lagos.actor.code == "NGA"


@pytest.mark.parametrize(
    "text",
    ["The two ministers signed it.", "Both presidents praised it.", "The sides agreed.",
     "The two delegations met.", "The two foreign ministers spoke."],
)
def test_the_two_ministers_and_the_sides_refer_to_the_pair(text: str) -> None:
    """Officials of both sides named together ("the two ministers", "the sides") refer
    to the document's pair, as "the two countries" does."""
    assert [m.kind for m in Gazetteer.default().find(text)] == ["dyad_ref"]


def test_an_envoy_named_with_his_posting_keeps_where_he_serves(gaz: Gazetteer) -> None:
    """ "Iran's ambassador to Azerbaijan" acts for Iran and serves in Azerbaijan: the
    state that summons or expels him."""
    (envoy,) = gaz.find("Iran's ambassador to the Republic of Azerbaijan Abbas Mousavi")
    assert envoy.actor is not None and envoy.posted_to is not None
    assert (envoy.actor.code, envoy.posted_to.code) == ("IRN", "AZE")
    (minister,) = gaz.find("Iran's foreign minister")
    assert minister.posted_to is None


def test_the_authorities_in_a_state_are_its_government(gaz: Gazetteer) -> None:
    """ "the authorities in the Democratic Republic of Congo", "officials in Kabul": that
    state's government; officials with a state of their own keep it, and other people
    in a place ("troops in Syria") are only placed there."""
    for text, code in (("The authorities in the Democratic Republic of Congo said.", "COD"),
                       ("Officials in Kabul said the talks failed.", "AFG"),
                       ("The ruling junta in Niger said.", "NER"),
                       ("The regime in Damascus said.", "SYR")):
        (mention,) = gaz.find(text)
        assert mention.actor is not None
        assert (mention.actor.code, mention.actor.sector) == (code, "GOV")
    owned = gaz.find("Pakistani officials in Kabul met.")
    assert [(m.actor.code, m.kind) for m in owned if m.actor] == [
        ("PAK", "demonym"), ("AFG", "location")]
    (placed,) = gaz.find("Troops in Syria attacked.")
    assert placed.kind == "location"


def test_a_currency_names_an_amount_not_a_side(gaz: Gazetteer) -> None:
    """ "US$4.8 million", "5 million Canadian dollars", "the US dollar": the state in a
    currency's name is no party to what the sentence tells."""
    text = ("Canada pledged 5 million Canadian dollars (US$4.8 million) to Haiti as the US "
            "dollar rose.")
    found = [(m.text, m.actor.code if m.actor else None) for m in gaz.find(text)]
    assert ("Canada", "CAN") in found
    assert not any(code == "USA" for _, code in found)
    assert ("Canadian", "CAN") not in found
    assert [m.text for m in gaz.find("Pakistani officials said")] == ["Pakistani officials"]


def test_nato_as_british_papers_write_it(gaz: Gazetteer) -> None:
    """ "a Nato bombing campaign": the alliance, as the BBC and the Guardian spell it."""
    codes = [m.actor.code for m in gaz.find("following a Nato bombing campaign") if m.actor]
    assert codes == ["NATO"]
