"""A copy is one source, not two: a lightly edited copy of a stored document is
saved with ``copy_of`` pointing at the first one stored, and nothing else changes;
a different report on the same countries is not a copy.

The sample texts are written for these tests; their figures are illustrative."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope import api
from dyadscope.cli import app
from dyadscope.errors import UsageError
from dyadscope.ingest.fingerprint import (
    COPY_THRESHOLD,
    CopyIndex,
    Signature,
    shingles,
    signature,
    similarity,
    words,
)
from dyadscope.store import Store

ORIGINAL = """Baku and Islamabad widen their defence ties

Azerbaijan and Pakistan signed a memorandum on military education in Baku on 14 March 2021, \
under which officers from each country will study at the other's staff colleges. The agreement \
follows three years of talks between the two defence ministries and builds on the training \
exchange that began in 2016. Officials in Baku said that the first group of twelve Azerbaijani \
cadets would travel to Pakistan in the autumn.

Trade between the two countries remains small by comparison. Figures published by the customs \
services put bilateral trade at about 60 million US dollars in 2020, most of it Pakistani rice, \
textiles and medicines sent to Azerbaijan. Both governments have said they want that figure to \
grow, and a joint commission met in Islamabad in February to discuss a preferential trade \
agreement and direct flights between Baku and Lahore.

Analysts see the defence relationship as the stronger strand. Pakistan was among the first \
states to recognise the independence of Azerbaijan in 1991, and it has consistently backed the \
position of Baku on Nagorno-Karabakh in international forums. In return Azerbaijan has \
supported Pakistan on Kashmir. The new memorandum, a senior Pakistani officer said, turns that \
political understanding into a routine of shared courses, joint exercises and visits that will \
outlast any single government.
"""

# the same report as another site posted it: a new title and URL, a few words
# changed, one sentence dropped, the paragraphs re-wrapped at 64 columns
_EDITED_BODY = (
    ORIGINAL.split("\n", 2)[2]
    .replace("officers from each country", "officers from either country")
    .replace("twelve Azerbaijani", "ten Azerbaijani")
    .replace("remains small", "remains modest")
    .replace(" In return Azerbaijan has supported Pakistan on Kashmir.", "")
)
EDITED_COPY = (
    "---\ntitle: Azerbaijan and Pakistan agree on officer training\n"
    "url: https://example.org/news/aze-pak-officers\n---\n\n"
    + "\n\n".join(textwrap.fill(p, 64) for p in _EDITED_BODY.strip().split("\n\n"))
    + "\n"
)

# another report on the same countries and the same agreement, with shared phrases
SAME_TOPIC = """Pakistani cadets to train in Azerbaijan

Azerbaijan and Pakistan signed a memorandum on military education in Baku last year, and the \
first exchange is now under way. Eight Pakistani cadets arrived at the Azerbaijani Higher \
Military School this week for a two-year course, the defence ministry in Islamabad said on \
Tuesday.

The course includes language training, mountain warfare and a joint exercise with Turkish \
instructors near Ganja in the spring. Azerbaijani officers who visited Rawalpindi in May \
described the scheme as a first step toward joint production of training aircraft, an idea \
both sides have discussed since 2019.

Pakistan was among the first states to recognise the independence of Azerbaijan in 1991. The \
two governments now hold annual defence consultations, and the next round is due in Baku in \
October, where officials expect to sign a plan for naval visits between Karachi and the \
Caspian port of Baku.
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the signature -------------------------------------------------------------


def test_words_ignore_case_punctuation_and_line_breaks() -> None:
    assert words("The  Baku–Islamabad\nmemorandum, SIGNED.") == [
        "the", "baku", "islamabad", "memorandum", "signed"
    ]  # fmt: skip
    assert shingles("two words") == {"two words"}
    assert signature("Pakistan and\nAzerbaijan signed it.") == signature(
        "PAKISTAN and Azerbaijan -- signed it"
    )


def test_an_edited_copy_is_similar_and_another_report_is_not() -> None:
    from dyadscope.ingest import load_text

    original = signature(ORIGINAL)
    edited = load_text(EDITED_COPY, media_type="text/markdown").text  # without front matter
    assert 0.85 <= similarity(original, signature(edited)) < 0.9
    assert similarity(original, signature(SAME_TOPIC)) < 0.1


def test_signatures_are_stable_and_round_trip_as_json() -> None:
    sig = signature(ORIGINAL)
    assert signature(ORIGINAL) == sig  # a fixed seed: comparable across runs
    assert Signature.from_json(sig.to_json()) == sig
    assert Signature.from_json('{"method": "other", "values": []}') is None
    assert Signature.from_json("not json") is None
    assert Signature.from_json(None) is None


def test_the_index_names_the_first_original_and_honours_the_threshold() -> None:
    index = CopyIndex()
    index.add("same-topic", signature(SAME_TOPIC))
    index.add("original", signature(ORIGINAL))
    index.add("later-original", signature(ORIGINAL + "\nA closing line.\n"))
    found = index.original(signature(EDITED_COPY))
    assert found is not None and found[0] == "original"
    assert index.original(signature("Something else entirely, about rivers.")) is None
    strict = CopyIndex(threshold=0.97)
    strict.add("original", signature(ORIGINAL))
    assert strict.original(signature(EDITED_COPY)) is None
    with pytest.raises(ValueError):
        CopyIndex(threshold=0)


# --- at ingest -----------------------------------------------------------------


def _doc_id(path: Path) -> str:
    from dyadscope.ingest import load_path

    return load_path(path).id


@pytest.fixture()
def texts(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    return {
        "original": _write(folder, "paper.txt", ORIGINAL),
        "copy": _write(folder, "paper-v2.md", EDITED_COPY),
        "other": _write(folder, "cadets.txt", SAME_TOPIC),
    }


def test_an_edited_copy_points_at_the_original_and_keeps_its_records(
    texts: dict[str, Path], db_path: Path
) -> None:
    first = api.ingest([texts["original"], texts["other"]], db=db_path)
    assert first.copies == []
    report = api.ingest([texts["copy"]], db=db_path)
    assert report.added == [str(texts["copy"])]
    [copy] = report.copies
    original_id, copy_id = _doc_id(texts["original"]), _doc_id(texts["copy"])
    assert (copy.path, copy.original, copy.original_id) == (
        str(texts["copy"]), str(texts["original"]), original_id
    )  # fmt: skip
    assert COPY_THRESHOLD <= copy.similarity < 1
    with Store(db_path, read_only=True) as store:
        assert store.document_copies() == {copy_id: original_id}
        # the copy's sentences are still sources: its records are stored
        assert copy_id in set(store.events_frame()["doc_id"])


def test_a_document_that_was_only_reingested_is_unchanged_not_a_copy(
    texts: dict[str, Path], db_path: Path
) -> None:
    api.ingest([texts["original"]], db=db_path)
    again = texts["original"].parent / "paper (1).txt"
    again.write_bytes(texts["original"].read_bytes())
    report = api.ingest([texts["original"], again], db=db_path)
    assert (report.added, report.copies) == ([], [])
    assert report.unchanged == [str(texts["original"]), str(again)]
    with Store(db_path, read_only=True) as store:
        assert store.document_copies() == {}


def test_a_stricter_threshold_keeps_a_looser_copy_apart(
    texts: dict[str, Path], db_path: Path
) -> None:
    report = api.ingest([texts["original"], texts["copy"]], db=db_path, copy_threshold=0.97)
    assert len(report.added) == 2 and report.copies == []
    with Store(db_path, read_only=True) as store:
        assert store.document_copies() == {}
    for wrong in (0, 1.5, -0.1):
        with pytest.raises(UsageError, match="copy_threshold"):
            api.ingest([texts["original"]], db=db_path, copy_threshold=wrong)


def test_the_first_stored_is_the_original_whichever_came_first(
    texts: dict[str, Path], db_path: Path
) -> None:
    api.ingest([texts["copy"]], db=db_path)
    report = api.ingest([texts["original"]], db=db_path)
    [copy] = report.copies
    assert (copy.path, copy.original_id) == (str(texts["original"]), _doc_id(texts["copy"]))


def test_in_one_batch_copies_point_at_the_first_and_are_not_originals(
    texts: dict[str, Path], db_path: Path
) -> None:
    third = _write(texts["copy"].parent, "paper-v3.txt", ORIGINAL.replace("twelve", "eleven"))
    batch = [texts["copy"], texts["other"], texts["original"], third]
    report = api.ingest(batch, db=db_path)
    first = _doc_id(texts["copy"])
    assert [(c.path, c.original_id) for c in report.copies] == [
        (str(texts["original"]), first), (str(third), first)
    ]  # fmt: skip
    with Store(db_path, read_only=True) as store:
        assert set(store.document_copies().values()) == {first}


def test_signatures_survive_the_store_and_old_documents_get_one(
    texts: dict[str, Path], db_path: Path
) -> None:
    from dyadscope.ingest import load_path

    api.ingest([texts["original"]], db=db_path)
    with Store(db_path) as store:
        original = load_path(texts["original"])
        [(doc_id, path, stored)] = store.document_signatures()
        assert (doc_id, path) == (original.id, str(texts["original"]))
        assert Signature.from_json(stored) == signature(original.text)
        # a document stored before signatures existed is compared all the same
        old = load_path(texts["other"])
        store.save_document(old, [], [], [], [])
        assert store.document_signatures()[-1] == (old.id, old.source_path, None)
        filled = store.document_signatures(lambda text: signature(text).to_json())
        assert Signature.from_json(filled[-1][2]) == signature(old.text)
        assert store.document_signatures()[-1][2] == filled[-1][2]  # saved
    copy_of_old = _write(texts["other"].parent, "cadets-copy.txt", SAME_TOPIC + "\nMore soon.\n")
    report = api.ingest([copy_of_old], db=db_path)
    assert [c.original_id for c in report.copies] == [old.id]


def test_the_cli_says_a_copy_is_counted_once(texts: dict[str, Path], db_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(texts["original"])]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(texts["copy"])])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stderr.splitlines() if "near-duplicate" in line]
    assert line.startswith(f"note: {texts['copy']} is a near-duplicate of {texts['original']}")
    assert line.endswith("): counted once")


def test_an_edited_copy_changes_no_count(tmp_path: Path) -> None:
    """Counts, the timeline and the brief are the same before and after a lightly edited
    copy of a document is ingested: its sentences join the original's stories as
    further sources ("twelve" became "ten" cadets), and nothing it tells is new."""
    db = tmp_path / "s.duckdb"
    original, copy = tmp_path / "original.txt", tmp_path / "copy.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    copy.write_text(EDITED_COPY, encoding="utf-8")

    def counts() -> tuple[list[int], list[int], int]:
        by_year = {"by": "year", "db": db, "since": "1991", "until": "2021"}
        stories = api.aggregate(("AZE", "PAK"), **by_year)["events"].tolist()
        mentions = api.aggregate(("AZE", "PAK"), count="mentions", **by_year)["events"].tolist()
        shown = api.timeline_text(("AZE", "PAK"), db=db).count("\n    ")
        return stories, mentions, shown

    api.ingest([original], db=db)
    before = counts()
    assert sum(before[0]) > 0
    report = api.ingest([copy], db=db)
    assert len(report.copies) == 1
    assert counts() == before
