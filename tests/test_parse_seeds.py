"""Parsing the five seed articles: the metadata each must yield (issue 3's acceptance list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kdiplomacy import Article, PartialDate, parse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse(path)


def test_seeds_are_the_shared_files_byte_for_byte() -> None:
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for path in shared.iterdir():
        assert (SEEDS / path.name).read_bytes() == path.read_bytes()


def test_000_yonhap_wire_story() -> None:
    article = _seed("000")
    assert article.outlet == "Yonhap"
    assert article.headline == "FM calls for efforts to develop alliance, Korea peace process with Biden administration"
    assert article.flags == ("2nd LD",)
    assert article.dateline is not None
    assert article.dateline.city == "SEOUL"
    assert article.dateline.written == "Nov. 30"
    assert article.published == PartialDate(2020, 11, 30)
    assert article.published_basis is not None
    assert "Kang Kyung-wha" in article.published_basis
    assert "Monday" in article.published_basis
    assert not article.body.startswith("(2nd LD)")
    assert "(Yonhap) --" not in article.body


def test_001_arirang_script_on_an_aggregator_page() -> None:
    article = _seed("001")
    assert article.outlet == "Arirang"
    assert article.aggregator is not None
    assert [r.name for r in article.reporters] == ["Kim Min-ji"]
    assert article.reporters[0].title == "reporter"
    for furniture in ("Leave a Reply", "Your email address", "Source Link", "made available thanks to", "Reporter :"):
        assert furniture not in article.body
    assert article.published == PartialDate(2021, 1, 21)


def test_002_yonhap_story_with_a_broken_word() -> None:
    article = _seed("002")
    assert article.outlet == "Yonhap"
    assert article.dateline is not None
    assert article.dateline.city == "SEOUL"
    assert "military cooperation between Russia and North Korea" in article.body
    assert "coope\n" not in article.body
    assert "Source: Yonhap" not in article.body
    assert article.published == PartialDate(2024)


def test_003_ytn_transcript() -> None:
    article = _seed("003")
    assert article.outlet == "YTN"
    assert [r.name for r in article.reporters] == ["Hong Sun-ki"]
    assert "Hong Seon-gi" in article.reporters[0].aliases
    for furniture in ("Kakao", "02-398-8585", "social@ytn.co.kr", "Copyright", "[Anchor]", "[Reporter]"):
        assert furniture not in article.body
    speakers = [q.speaker for q in article.quotes]
    assert speakers == ["Cho Tae-yeol", "Kurt Campbell"]
    assert article.quotes[1].text.startswith("We plan high-level face-to-face communications")
    assert all(article.text_of(q.span) == q.text for q in article.quotes)


def test_004_reuters_story_republished_by_an_aggregator() -> None:
    article = _seed("004")
    assert article.outlet == "Reuters"
    assert article.aggregator == "Devdiscourse"
    assert article.headline == "S.Korea, China top diplomats vow to work on Xi visit, N.Korea"
    assert article.dateline is not None
    assert article.dateline.city == "SEOUL"
    assert article.published == PartialDate(2020, 11, 26)
    assert article.body.count("Kang thanked Wang for the visit") == 1
    assert article.body.count("I am also looking forward to discussing") == 1
    assert "Left Menu" not in article.body
    assert "IST" not in article.body


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_paragraphs_tile_the_body(prefix: str) -> None:
    article = _seed(prefix)
    assert article.paragraphs
    assert "\n\n".join(article.paragraph_texts()) == article.body
    assert all(text.strip() == text and text for text in article.paragraph_texts())


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_parsing_is_deterministic(prefix: str) -> None:
    assert _seed(prefix) == _seed(prefix)
