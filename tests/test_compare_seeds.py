"""The comparison utilities on the seed articles: issue 5's acceptance list."""

from __future__ import annotations

from pathlib import Path

import pytest

from kdiplomacy import Article, Corpus, ThreadStatus, near_duplicates, parse, pledge_threads, relation_timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_paths([SEEDS])


def _name(article: Article) -> str:
    assert article.source is not None
    return Path(article.source).name[:3]


def test_kr_ru_timeline_runs_from_partnership_to_illegal_partnership(corpus: Corpus) -> None:
    timeline = relation_timeline(corpus, "RU", "KR")
    assert [_name(p.article) for p in timeline.points] == ["001", "002"]
    first, last = timeline.points
    assert first.published is not None
    assert first.published.year == 2021
    assert last.published is not None
    assert last.published.year == 2024
    assert "strategic cooperative partnership" in first.framing
    assert first.tone > 0.2
    assert "illegal partnership" in last.framing
    assert any("stern action" in sentence for sentence in last.evidence)
    assert last.tone < 0
    shift = timeline.largest_shift
    assert shift is not None
    assert (shift.before, shift.after) == (first, last)
    assert shift.tone_change < -0.2
    assert "illegal partnership" in shift.framing_gained


def test_kr_jp_timeline_keeps_the_two_track_line(corpus: Corpus) -> None:
    timeline = relation_timeline(corpus, "KR", "JP")
    points = {_name(p.article): p for p in timeline.points}
    assert "separate tracks" in points["000"].framing
    assert "two-track approach" in points["001"].framing
    assert "two-track" in points["000"].lines
    assert "two-track" in points["001"].lines
    (between,) = [s for s in timeline.shifts if (_name(s.before.article), _name(s.after.article)) == ("000", "001")]
    assert "two-track" in between.lines_kept


def test_xi_visit_thread_is_pending(corpus: Corpus) -> None:
    threads = [t for t in pledge_threads(corpus) if any("Xi" in p.text for p in t.pledges)]
    (thread,) = threads
    assert _name(thread.entries[0].article) == "004"
    assert str(thread.entries[0].published) == "2020-11-26"
    (report,) = thread.reports
    assert _name(report.article) == "001"
    assert "yet to happen" in report.text
    assert report.reported is ThreadStatus.PENDING
    assert thread.status is ThreadStatus.PENDING
    assert {c.code for c in thread.actor} == {"KR", "CN"}


def test_004_is_no_near_duplicate_of_another_seed(corpus: Corpus) -> None:
    assert near_duplicates(corpus) == []


def test_004_with_its_lead_repeated_or_boilerplate_added_is_a_near_duplicate() -> None:
    (path,) = SEEDS.glob("004_*.txt")
    text = path.read_text(encoding="utf-8")
    original = parse(path)
    paragraphs = text.split("\n\n")
    lead = next(p for p in paragraphs if p.startswith("Reuters |"))
    repeated = parse(text.replace(lead, lead + "\n\n" + lead.split("\n", 1)[1]))
    furnished = parse(
        "Home | World | Asia | Business\nAccept cookies\n\n"
        + text
        + "\n\nShare this article\nFacebook Twitter Email\nRelated Articles\n"
        "Copyright 2020 All rights reserved.\n"
    )
    others = [parse(p) for p in sorted(SEEDS.glob("*.txt")) if not p.name.startswith("004")]
    groups = near_duplicates([original, *others, repeated, furnished])
    assert len(groups) == 1
    (group,) = groups
    assert original in group
    assert repeated in group
    assert furnished in group
    assert not any(other in group for other in others)
