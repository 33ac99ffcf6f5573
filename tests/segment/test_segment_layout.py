"""Layout repair: sentences broken by blank lines, pages, notes and pull quotes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dyadscope.ingest import load_path
from dyadscope.model import Document, PageSpan
from dyadscope.segment import Segmentation, segment


def test_break_before_lower_case_or_digit_is_joined(live: Callable[[str], list[str]]) -> None:
    text = (
        "The agreement was signed in October\n\n1995 by both ministers.\n\n"
        "No formal deal on the newly-produced\n\naircraft has been signed yet."
    )
    assert live(text) == [
        "The agreement was signed in October 1995 by both ministers.",
        "No formal deal on the newly-produced aircraft has been signed yet.",
    ]


def test_break_is_not_joined_after_a_heading(live: Callable[[str], list[str]]) -> None:
    text = "Economic Relations\n\nTrade grew.\n\nNotes on method\n\nWe used two sources."
    assert live(text) == [
        "Economic Relations",
        "Trade grew.",
        "Notes on method",
        "We used two sources.",
    ]


def test_sentence_continues_past_footnotes(seg: Callable[[str], Segmentation]) -> None:
    text = (
        "Several visits were arranged to diversify military\n\n"
        "¹ Source (2017). Available at: http://x.example/1\n\n"
        "² Source (2018). Available at: http://x.example/2\n\n"
        "cooperation with Baku¹. The talks ended².\n"
    )
    result = seg(text)
    assert [s.text for s in result.sentences] == [
        "Several visits were arranged to diversify military cooperation with Baku.",
        "The talks ended.",
    ]
    first = result.sentences[0]
    assert [c.label for c in first.citations] == ["1"]
    assert text[first.start : first.end].endswith("Baku¹.")


def test_pull_quote_inside_a_sentence(seg: Callable[[str], Segmentation]) -> None:
    text = (
        "Despite obvious differences in ruling methods, the leaders have always been committed "
        "to increasing bilateral cooperation in defence.\n\n"
        "This approach goes back to the 1990s, right after the\n\n"
        "Despite obvious\ndifferences in ruling\nmethods, the leaders\nhave always been\n"
        "committed to increasing\nbilateral cooperation\nin defence.\n\n"
        "collapse of the USSR. Pressure grew later.\n"
    )
    result = seg(text)
    live = [s for s in result.sentences if s.repeat_of is None]
    assert [s.text for s in live] == [
        "Despite obvious differences in ruling methods, the leaders have always been committed "
        "to increasing bilateral cooperation in defence.",
        "This approach goes back to the 1990s, right after the collapse of the USSR.",
        "Pressure grew later.",
    ]
    repeats = [s for s in result.sentences if s.repeat_of is not None]
    assert len(repeats) == 1 and repeats[0].repeat_of == 0
    assert [s.index for s in result.sentences] == list(range(len(result.sentences)))


def test_near_duplicate_is_a_repeat_but_different_numbers_are_not(
    seg: Callable[[str], Segmentation],
) -> None:
    text = (
        "Pakistan National Armed Forces has always been the driving force of national policy.\n\n"
        "Pakistan National Armed Forces has always been driving force of national policy.\n\n"
        "The second meeting of the working group was held in Baku in 2014.\n\n"
        "The third meeting of the working group was held in Baku in 2015.\n\n"
        "No formal agreement on the aircraft has been signed by the two sides.\n\n"
        "A formal agreement on the aircraft has been signed by the two sides.\n\n"
        "Gondor and Osgiliath have postponed their meeting after the incident.\n\n"
        "Gondor and Osgiliath have delayed their meeting after the incident.\n\n"
        "The partnership is strictly based on common ideas of solidarity on a wide range of "
        "issues, rooted in mutual trust and commitment to regional development.\n\n"
        "The partnership strictly based on common ideas of solidarity on a wide of range "
        "issues, rooted mutual trust and commitment to regional development."
    )
    result = seg(text)
    assert [s.repeat_of for s in result.sentences] == [
        None, 0, None, None, None, None, None, None, None, 8,
    ]


def test_restated_fragment(seg: Callable[[str], Segmentation]) -> None:
    text = (
        "The cooperation entered a new phase when the Ministry of Defence\n\n"
        "The cooperation entered a new phase when the Ministry of Defence expressed its "
        "interest in the aircraft.\n\n"
        "expressed its interest in the aircraft. The aircraft is affordable."
    )
    result = seg(text)
    assert [(s.text, s.repeat_of) for s in result.sentences] == [
        (
            "The cooperation entered a new phase when the Ministry of Defence expressed its "
            "interest in the aircraft.",
            None,
        ),
        (
            "The cooperation entered a new phase when the Ministry of Defence expressed its "
            "interest in the aircraft.",
            0,
        ),
        ("The aircraft is affordable.", None),
    ]


def test_pages_running_heads_and_page_numbers() -> None:
    pages = [
        "Journal of Caspian Studies\n\nThe two navies held a joint exercise in",
        "Journal of Caspian Studies\n\n12\n\nthe Arabian Sea in 2013. It was the largest.",
    ]
    text = "\n\n".join(pages)
    second = len(pages[0]) + 2
    doc = Document(
        id="d", text=text, pages=(PageSpan(1, 0, len(pages[0])), PageSpan(2, second, len(text)))
    )
    result = segment(doc)
    live = [s for s in result.sentences if s.repeat_of is None]
    assert [s.text for s in live] == [
        "Journal of Caspian Studies",
        "The two navies held a joint exercise in the Arabian Sea in 2013.",
        "It was the largest.",
    ]
    assert [s.page for s in live] == [1, 1, 2]
    assert all("12" not in s.text.split() for s in result.sentences)


def test_pdf_end_to_end(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf(
        "paper.pdf",
        [
            [
                "Military Cooperation",
                "Baku and Islamabad signed a defence agreement in May",
                "2003 after long talks. Trade rose to $37 million in 2013-14. The two sides will",
                "meet again.",
            ],
            ["Pakistan has also trained around 100 military units in Azerbaijan."],
        ],
    )
    doc = load_path(path)
    result = segment(doc)
    texts = [s.text for s in result.sentences]
    assert "Baku and Islamabad signed a defence agreement in May 2003 after long talks." in texts
    assert "The two sides will meet again." in texts
    last = result.sentences[-1]
    assert last.text == "Pakistan has also trained around 100 military units in Azerbaijan."
    assert last.page == 2


def test_chained_breaks(live: Callable[[str], list[str]]) -> None:
    text = "The agreement was signed in\n\nOctober of\n\n1995 by both ministers.\n\nNext one."
    assert live(text) == [
        "The agreement was signed in October of 1995 by both ministers.", "Next one.",
    ]
