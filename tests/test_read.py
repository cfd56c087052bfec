"""Reading: encodings, line ends, HTML pages, JSON records, and what is refused."""

from __future__ import annotations

import codecs
import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdiplomacy import EmptyArticleError, InputTooLargeError, KdiplomacyError, UnsupportedInputError, parse
from kdiplomacy.read import read_documents

STORY = "SEOUL, Nov. 30 (Yonhap) -- South Korea will work closely with Japan, the ministry said Monday."


def _one(source: object, **kw: object) -> str:
    (document,) = read_documents(source, **kw)  # type: ignore[arg-type]
    return document.text


@pytest.mark.parametrize(
    "data",
    [
        STORY.encode("utf-8"),
        codecs.BOM_UTF8 + STORY.encode("utf-8"),
        STORY.encode("utf-16"),  # with its BOM
        STORY.replace(" -- ", " --\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "crlf"],
)
def test_encodings_and_line_ends(data: bytes) -> None:
    text = _one(data)
    assert "South Korea will work closely with Japan" in text
    assert "\r" not in text
    assert not text.startswith("\ufeff")


def test_nul_and_undecodable_bytes_are_repaired_with_a_warning() -> None:
    (document,) = read_documents(STORY.encode() + b"\x00\xff\xfe more")
    assert "\x00" not in document.text
    assert any("undecodable" in w for w in document.warnings)
    assert any("control character" in w for w in document.warnings)
    article = parse(STORY.encode() + b" \xff")
    assert any("undecodable" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("data", "what"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"), (b"PK\x03\x04rest", "zip"), (bytes(range(256)) * 4, "binary")],
)
def test_binary_input_is_refused_naming_the_file(data: bytes, what: str, tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(data)
    with pytest.raises(UnsupportedInputError, match=rf"picture.txt: .*{what}"):
        parse(path)


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\ufeff"])
def test_empty_input_raises(text: str) -> None:
    with pytest.raises(EmptyArticleError):
        parse(text)


def test_too_large_input_raises() -> None:
    with pytest.raises(InputTooLargeError, match="more than the limit of 100"):
        parse("x" * 200, max_bytes=100)


def test_html_page_keeps_story_and_metadata() -> None:
    page = """<!doctype html><html><head><title>Seoul, Tokyo agree | The Korea Herald</title>
    <meta property="article:published_time" content="2023-03-16T21:05:00+09:00">
    <meta property="og:site_name" content="The Korea Herald"><style>p{color:red}</style>
    <script>var x = "<p>not text</p>";</script></head><body><nav>Home | World</nav>
    <h1>Seoul, Tokyo agree to resume shuttle diplomacy</h1>
    <p>President Yoon Suk Yeol and Prime Minister Fumio Kishida agreed to resume visits &amp; talks.</p>
    <p>The two leaders met in Tokyo.</p><footer>&copy; Herald Corp.</footer></body></html>"""
    article = parse(page)
    assert article.headline == "Seoul, Tokyo agree to resume shuttle diplomacy"
    assert article.outlet == "Korea Herald"
    assert str(article.published) == "2023-03-16"
    assert "visits & talks." in article.body
    assert "not text" not in article.body
    assert "Home | World" not in article.body
    assert "Herald Corp" not in article.body


def test_json_record_and_json_lines(tmp_path: Path) -> None:
    record = {"title": "Seoul, Tokyo agree", "body": STORY, "date": "2020-11-30", "url": "https://en.yna.co.kr/x"}
    single = tmp_path / "one.json"
    single.write_text(json.dumps(record), encoding="utf-8")
    article = parse(single)
    assert (article.headline, article.outlet, str(article.published)) == ("Seoul, Tokyo agree", "Yonhap", "2020-11-30")
    lines = tmp_path / "many.jsonl"
    lines.write_text(json.dumps(record) + "\n\n" + json.dumps(dict(record, date="2021-01-02")) + "\n", encoding="utf-8")
    documents = list(read_documents(lines))
    assert [d.source for d in documents] == [f"{lines}:1", f"{lines}:3"]
    with pytest.raises(UnsupportedInputError, match="holds 2 articles; use parse_many"):
        parse(lines)


def test_a_json_file_without_records_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"nothing": 1}', encoding="utf-8")
    with pytest.raises(UnsupportedInputError, match="no record with a body"):
        parse(path)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    """Property: any bytes give an Article or a KdiplomacyError, nothing else."""
    with contextlib.suppress(KdiplomacyError):
        parse(data)


@given(st.text(max_size=2000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    """Property: any text gives an Article or a KdiplomacyError, nothing else."""
    try:
        article = parse(text)
    except KdiplomacyError:
        return
    assert "\n\n".join(article.paragraph_texts()) == article.body


NEWSY = st.sampled_from(
    [
        "SEOUL, Nov. 30 (Yonhap) -- ",
        "(LEAD) ",
        "[Anchor]\n",
        "[Reporter]\n",
        "This is YTN Hong Seon-gi.\n",
        "Leave a Reply\n",
        "Source: Yonhap News Agency\n",
        "date 2020-11-26 Left Menu\n",
        "Reuters | Seoul | Updated: ",
        "26-11-2020 14:22 IST | ",
        "Foreign Minister Kang Kyung-wha ",
        "called Monday ",
        "coope\nration ",
        "\n\n",
        "[Minister of Foreign Affairs Cho Tae-yeol: words]\n",
        "<p>",
        "</p>",
        "{",
        '"body": ',
        "next year will mark the 60th anniversary of the normalization ",
    ]
)


@given(st.lists(st.one_of(NEWSY, st.text(max_size=20)), max_size=40).map("".join))
def test_news_shaped_text_never_crashes(text: str) -> None:
    """Property: text assembled from news furniture gives an Article or a KdiplomacyError."""
    with contextlib.suppress(KdiplomacyError):
        parse(text)


@pytest.mark.parametrize(
    "unit",
    [" ", "-", "ABCDEF ", "Kim ", "[", '"', "(", ". ", "2020-11-26 ", "Foreign Minister ", "a.b-c+", "<div>"],
    ids=[
        "spaces",
        "hyphens",
        "capitals",
        "kim",
        "brackets",
        "quotes",
        "parens",
        "dots",
        "digits",
        "titles",
        "email",
        "tags",
    ],
)
def test_hostile_input_classes_return(unit: str) -> None:
    """Each hostile class finishes with an Article or a KdiplomacyError (timing is measured by
    benchmarks/adversarial.py, never here)."""
    with contextlib.suppress(KdiplomacyError):
        parse(unit * (50_000 // len(unit)))
