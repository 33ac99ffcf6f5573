"""Footnote blocks, in-text markers and citation URLs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadscope.segment import Segmentation
from dyadscope.segment.notes import clean_url, first_url


def _labels(result: Segmentation) -> list[list[str]]:
    return [[c.label for c in s.citations] for s in result.sentences]


def test_marker_forms(seg: Callable[[str], Segmentation]) -> None:
    text = (
        "Baku signed the deal¹. Islamabad agreed^{2}. Ankara joined [3]. "
        "Tehran objected [4, 5].\n\n"
        "¹ Source one (2017). Available at: https://a.example/1.\n\n"
        "^{2} Source two, https://b.example/2)\n\n"
        '[3] Source three <a href="https://c.example/3">link</a>\n\n'
        "[4] Four (2001).\n\n[5] Five (2002)."
    )
    result = seg(text)
    assert [s.text for s in result.sentences] == [
        "Baku signed the deal.",
        "Islamabad agreed.",
        "Ankara joined.",
        "Tehran objected.",
    ]
    assert _labels(result) == [["1"], ["2"], ["3"], ["4", "5"]]
    urls = {c.label: c.url for c in result.citations}
    assert urls == {
        "1": "https://a.example/1",
        "2": "https://b.example/2",
        "3": "https://c.example/3",
        "4": None,
        "5": None,
    }
    assert result.citations[2].text == "Source three link"


def test_plain_digit_markers_follow_the_sequence(seg: Callable[[str], Segmentation]) -> None:
    text = (
        "Trade began in 1995 under the agreement1. It was only $18.7 million in 2014-20152. "
        'The exercise AMAN-2013 involved 24 warships. He said "we agree."3 '
        "Jets were ordered this year.4\n\n"
        "1 ECO (1995), Available at: http://x.example/eco.pdf\n"
        "2 Aliyev (2016) 'Cooperation', Available at: http://x.example/2.pdf\n"
        "3 Interview (2010). Available at: http://x.example/3\n"
        "4 News (2015). Available at: http://x.example/4\n"
        "13 Unused note (2013), Available at: http://x.example/13"
    )
    result = seg(text)
    texts = [s.text for s in result.sentences]
    assert texts == [
        "Trade began in 1995 under the agreement.",
        "It was only $18.7 million in 2014-2015.",
        "The exercise AMAN-2013 involved 24 warships.",
        'He said "we agree."',
        "Jets were ordered this year.",
    ]
    assert _labels(result) == [["1"], ["2"], [], ["3"], ["4"]]
    assert [c.label for c in result.citations] == ["1", "2", "3", "4", "13"]


def test_label_without_note_is_data(seg: Callable[[str], Segmentation]) -> None:
    result = seg("The F-16 and the JF-17 flew in 2013. Area 51 is closed².")
    assert [s.text for s in result.sentences] == [
        "The F-16 and the JF-17 flew in 2013.",
        "Area 51 is closed².",
    ]
    assert result.citations == ()


def test_notes_section(seg: Callable[[str], Segmentation]) -> None:
    text = (
        "Baku and Islamabad signed an agreement [1]. Trade grew [2].\n\n"
        "Notes\n\n"
        "1. Ministry statement, 3 May 2003.\n"
        "2. Trade statistics from the bureau."
    )
    result = seg(text)
    assert [s.text for s in result.sentences] == [
        "Baku and Islamabad signed an agreement.",
        "Trade grew.",
    ]
    assert [(c.label, c.text) for c in result.citations] == [
        ("1", "Ministry statement, 3 May 2003."),
        ("2", "Trade statistics from the bureau."),
    ]
    assert _labels(result) == [["1"], ["2"]]


def test_numbered_paragraph_is_not_a_note(seg: Callable[[str], Segmentation]) -> None:
    result = seg("Intro.\n\n25 aircraft were delivered to Baku in 2015.")
    assert result.citations == ()
    assert [s.text for s in result.sentences][-1] == "25 aircraft were delivered to Baku in 2015."


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("<a href=\"http://ex.org/a.htm</code>' Accessed", "http://ex.org/a.htm"),
        ("see https://ex.org/path/. (Accessed", "https://ex.org/path/"),
        ("\\underline{https://ex.org/x-y}\\, (Accessed", "https://ex.org/x-y"),
        (
            "https://en.wikipedia.org/wiki/Baku_(city)), next",
            "https://en.wikipedia.org/wiki/Baku_(city)",
        ),
        ("'http://ex.org/q?a=1&b=2'", "http://ex.org/q?a=1&b=2"),
        ("no link here", None),
    ],
)
def test_first_url_is_cleaned(raw: str, url: str | None) -> None:
    assert first_url(raw) == url


def test_clean_url_keeps_balanced_brackets() -> None:
    assert clean_url("http://ex.org/a_(b)") == "http://ex.org/a_(b)"
    assert clean_url("http://ex.org/a).") == "http://ex.org/a"


def test_html_and_markdown_footnotes_end_to_end() -> None:
    from dyadscope.ingest import load_text
    from dyadscope.segment import segment

    html = (
        "<html><body><article><p>Baku signed the deal.<sup><a href='#fn1'>1</a></sup> "
        "Trade grew.<sup>2</sup></p><section class='footnotes'><ol>"
        "<li id='fn1'>Ministry (2017). <a href='https://mod.example/1'>link</a> "
        "https://mod.example/1</li><li id='fn2'>Bureau (2016).</li></ol></section>"
        "</article></body></html>"
    )
    markdown = (
        "# Title\n\nBaku signed the deal.[^1] Trade grew.[^b]\n\n"
        "[^1]: Ministry (2017). https://mod.example/1\n[^b]: Bureau (2016)."
    )
    for text, media, labels in ((html, "text/html", ["1", "2"]),
                                (markdown, "text/markdown", ["1", "b"])):
        result = segment(load_text(text, media_type=media))
        body = [s for s in result.sentences if s.text != "Title"]
        assert [s.text for s in body] == ["Baku signed the deal.", "Trade grew."]
        assert [[c.label for c in s.citations] for s in body] == [[lab] for lab in labels]
        assert result.citations[0].url == "https://mod.example/1"


def test_restarted_numbering_maps_to_the_following_note(
    seg: Callable[[str], Segmentation],
) -> None:
    text = (
        "Chapter one says this¹.\n\n¹ First chapter note (2001).\n\n"
        "Chapter two says that¹.\n\n¹ Second chapter note (2002)."
    )
    result = seg(text)
    assert [[c.text for c in s.citations] for s in result.sentences] == [
        ["First chapter note (2001)."], ["Second chapter note (2002)."],
    ]
    assert len(result.citations) == 2
