"""The comparison utilities: behaviours by example, and the laws they keep as properties."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdiplomacy import (
    Actor,
    ActorKind,
    Article,
    BilateralRelation,
    Corpus,
    Modality,
    PartialDate,
    Pledge,
    SchemaError,
    Span,
    ThreadStatus,
    compare,
    near_duplicates,
    parse,
    pledge_threads,
    relation_timeline,
    repeated_paragraphs,
    to_json,
)
from kdiplomacy import strategies as kst
from kdiplomacy.comparison._cues import Cue, find_cue
from kdiplomacy.comparison.corpus import publication_order

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"


def _pledge(body: str, clause: str, actor: tuple[str, ...], toward: tuple[str, ...] = (), **more: object) -> Pledge:
    start = body.index(clause)
    return Pledge(
        actor=actor,
        counterparts=toward,
        action=str(more.pop("action", "work")),
        modality=Modality(str(more.pop("modality", "will"))),
        text=clause,
        span=Span(start, start + len(clause)),
        negated=bool(more.pop("negated", False)),
    )


def _article(
    body: str, date: str | None, *pledges: tuple[str, tuple[str, ...], tuple[str, ...]], **more: object
) -> Article:
    return Article(
        body=body,
        source=str(more.get("source", body[:12])),
        outlet=str(more.get("outlet", "Yonhap")),
        published=PartialDate.from_iso(date) if date else None,
        pledges=tuple(_pledge(body, clause, actor, toward) for clause, actor, toward in pledges),
        relations=tuple(more.get("relations", ())),  # type: ignore[arg-type]
        actors=tuple(more.get("actors", ())),  # type: ignore[arg-type]
    )


# -- Corpus ---------------------------------------------------------------------------------
def test_corpus_orders_by_date_coarser_first_and_undated_last() -> None:
    undated = _article("No date here.", None)
    day = _article("A day.", "2021-01-01")
    year = _article("A year.", "2021")
    month = _article("A month.", "2021-01")
    earlier = _article("Earlier.", "2020-12-31")
    corpus = Corpus([undated, day, year, month, earlier])
    assert list(corpus) == [earlier, year, month, day, undated]


def test_corpus_does_not_add_an_article_twice() -> None:
    first = _article("Seoul and Tokyo agreed.", "2023", source="a.txt")
    copy = _article("Seoul  and tokyo agreed.", "2023", source="b.txt")  # same content id
    corpus = Corpus([first])
    assert corpus.add(copy) is False
    assert len(corpus) == 1
    assert corpus.skipped == [copy]
    assert first in corpus
    assert corpus[first.id] is first


def test_corpus_refuses_what_is_not_an_article() -> None:
    with pytest.raises(TypeError, match="a Corpus holds Articles, got str"):
        Corpus(["not an article"])  # type: ignore[list-item]


def test_corpus_from_paths_and_jsonl_round_trip(tmp_path: Path) -> None:
    corpus = Corpus.from_paths([SEEDS])
    assert len(corpus) == 5
    target = tmp_path / "out" / "seeds.jsonl"
    corpus.to_jsonl(target)
    again = Corpus.from_jsonl(target)
    assert list(again) == list(corpus)
    # a folder holding interchange documents is read, not parsed again
    assert list(Corpus.from_paths([target.parent])) == list(corpus)
    stream = io.StringIO()
    corpus.to_jsonl(stream)
    stream.seek(0)
    assert list(Corpus.from_jsonl(stream)) == list(corpus)


def test_corpus_from_paths_reads_a_json_document(tmp_path: Path) -> None:
    article = parse(next(SEEDS.glob("000_*.txt")))
    (tmp_path / "one.json").write_text(to_json(article, indent=2), encoding="utf-8")
    assert list(Corpus.from_paths([tmp_path])) == [article]


def test_corpus_from_paths_reports_bad_files_and_keeps_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("SEOUL, Nov. 30 (Yonhap) -- Seoul and Tokyo agreed to talk.", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"schema_version": 1, "body": 3}\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    failures: list[str] = []
    corpus = Corpus.from_paths([tmp_path, tmp_path / "missing"], on_error=lambda where, exc: failures.append(where))
    assert len(corpus) == 1
    assert sorted(Path(f).name for f in failures) == ["bad.jsonl", "empty.txt", "missing"]
    with pytest.raises(SchemaError, match=r"bad\.jsonl:1"):
        Corpus.from_paths([tmp_path / "bad.jsonl"])


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return Corpus.from_paths([SEEDS])


def test_corpus_article_queries(seeds: Corpus) -> None:
    names = lambda found: [Path(a.source or "").name[:3] for a in found]  # noqa: E731
    assert names(seeds.articles(start="2020-11-27", end="2021")) == ["000", "001"]
    assert names(seeds.articles(end="2020-11")) == ["004", "000"]
    assert names(seeds.articles(outlet="reuters")) == ["004"]
    assert names(seeds.articles(actor="Kang Kyung-hwa")) == ["004", "000"]  # romanisation variant
    assert names(seeds.articles(country="RU")) == ["001", "002"]
    assert names(seeds.articles(pair="RU-KR")) == ["001", "002"]
    assert names(seeds.articles(pair=("RU", "KP"))) == ["002"]
    assert seeds.articles(start="2030") == []


def test_corpus_actor_query_by_identity(seeds: Corpus) -> None:
    article = seeds.articles(outlet="YTN")[0]
    cho = next(p for p in article.persons if p.name.startswith("Cho Tae"))
    assert seeds.articles(actor=cho) == [article]
    assert seeds.articles(actor=cho.key) == [article]
    assert seeds.articles(actor="Cho Tae-yul") == [article]


def test_corpus_pledge_and_relation_queries(seeds: Corpus) -> None:
    vows = seeds.pledges(actor="KR", counterpart="RU", modality="vow")
    assert [f.pledge.text[:25] for f in vows] == ["Moon also vowed to boost "]
    assert all(f.published is not None for f in vows)
    calls_or_vows = seeds.pledges(modality=[Modality.CALL, "vow"], start="2021", end="2021")
    assert {f.pledge.modality for f in calls_or_vows} <= {Modality.CALL, Modality.VOW}
    assert seeds.pledges(speaker="Kang Kyung-wha")
    assert [str(f.published) for f in seeds.relations("KR-RU")] == ["2021-01-21", "2024"]
    assert all(f.relation.involves("JP") for f in seeds.relations(country="JP"))


def test_bad_query_values_say_what_was_wrong(seeds: Corpus) -> None:
    with pytest.raises(ValueError, match="a pair is two distinct states"):
        seeds.articles(pair="KR-KR")
    with pytest.raises(ValueError, match="not an ISO date"):
        seeds.articles(start="last week")
    with pytest.raises(ValueError, match="'often' is not a valid Modality"):
        seeds.pledges(modality="often")


# -- compare --------------------------------------------------------------------------------
BODY_A = "Seoul will work to realise an early visit by Xi Jinping. Seoul and Tokyo agreed to talk."
BODY_B = "Officials said Seoul will push for Xi Jinping's visit soon. Seoul and Moscow discussed trade."


def test_compare_matches_restated_pledges_and_relations() -> None:
    a = _article(
        BODY_A,
        "2019",
        ("Seoul will work to realise an early visit by Xi Jinping", ("KR",), ("CN",)),
        relations=[BilateralRelation(countries=("KR", "JP"), tone=0.5, framing=("alliance",))],
        actors=[Actor(kind=ActorKind.PERSON, name="Kang Kyung-wha", country="KR")],
    )
    b = _article(
        BODY_B,
        "2020",
        ("Seoul will push for Xi Jinping's visit soon", ("KR",), ("CN",)),
        relations=[
            BilateralRelation(countries=("JP", "KR"), tone=-0.25, framing=("two-track approach",)),
            BilateralRelation(countries=("KR", "RU")),
        ],
        actors=[Actor(kind=ActorKind.PERSON, name="Kang Kyung-hwa", country="KR")],
    )
    diff = compare(a, b)
    assert len(diff.pledges_both) == 1
    assert not diff.pledges_only_a
    assert not diff.pledges_only_b
    assert len(diff.actors_both) == 1  # one person across romanisations
    (change,) = diff.relation_changes
    assert change.pair == "JP-KR"
    assert change.tone_change == pytest.approx(-0.75)
    assert change.framing_gained == ("two-track approach",)
    assert change.framing_lost == ("alliance",)
    assert [r.pair for r in diff.relations_only_b] == ["KR-RU"]
    assert not diff.is_empty
    assert "JP-KR: tone +0.50 -> -0.25" in diff.summary()


def test_compare_keeps_different_commitments_apart() -> None:
    a = _article(BODY_A, "2019", ("Seoul will work to realise an early visit by Xi Jinping", ("KR",), ("CN",)))
    b = _article(BODY_B, "2020", ("Seoul and Moscow discussed trade", ("KR",), ("RU",)))
    diff = compare(a, b)
    assert not diff.pledges_both
    assert len(diff.pledges_only_a) == len(diff.pledges_only_b) == 1


def test_compare_of_seeds_is_readable(seeds: Corpus) -> None:
    first, second = list(seeds)[:2]
    assert compare(first, first).summary().endswith("no differences")
    assert "CN-KR: tone" in compare(first, second).summary()


@given(kst.articles())
def test_compare_with_itself_is_empty(article: Article) -> None:
    """compare(a, a) is empty."""
    assert compare(article, article).is_empty


@given(kst.articles(), kst.articles())
def test_compare_is_antisymmetric(a: Article, b: Article) -> None:
    """compare(b, a) is compare(a, b) mirrored, and mirroring twice gives it back."""
    assert compare(b, a) == compare(a, b).mirrored()
    assert compare(a, b).mirrored().mirrored() == compare(a, b)


# -- timelines ------------------------------------------------------------------------------
@given(st.lists(kst.articles(), max_size=6), kst.countries(), kst.countries())
def test_timeline_is_sorted_and_holds_only_the_pair(articles: list[Article], first: object, second: object) -> None:
    """A timeline is in publication order and holds only articles discussing the pair."""
    if first == second:
        return
    timeline = relation_timeline(articles, first, second)  # type: ignore[arg-type]
    keys = [publication_order(point.article) for point in timeline.points]
    assert keys == sorted(keys)
    wanted = set(timeline.countries)
    assert all(set(point.relation.countries) == wanted for point in timeline.points)
    discussing = [a for a in articles if any(set(r.countries) == wanted for r in a.relations)]
    assert len(timeline.points) == len(discussing)
    dated = [p for p in timeline.points if p.published is not None]
    assert len(timeline.shifts) == max(0, len(dated) - 1)


def test_timeline_of_an_undiscussed_pair_says_so(seeds: Corpus) -> None:
    timeline = relation_timeline(seeds, "KR", "BR")
    assert timeline.points == ()
    assert timeline.largest_shift is None
    assert "no article in the corpus discusses this pair" in timeline.summary()


def test_timeline_summary_names_points_and_shifts(seeds: Corpus) -> None:
    text = relation_timeline(seeds, "KR", "RU").summary()
    assert text.splitlines()[0] == "KR-RU: 2 articles"
    assert "2021-01-21 Arirang: tone +" in text
    assert "largest shifts:" in text
    assert "new: 'illegal partnership'" in text


# -- pledge threads -------------------------------------------------------------------------
def test_report_cues() -> None:
    assert find_cue("The visit was postponed, then finally took place in May.") == Cue(
        ThreadStatus.DONE, "took place", 38
    )
    assert find_cue("Seoul suspended its decision to end the pact.") == Cue(ThreadStatus.WALKED_BACK, "suspended", 6)
    held = find_cue("The summit held in Tokyo revived a forum stalled since 2019.")
    assert held == Cue(ThreadStatus.DONE, "held", 11)
    assert find_cue("The summit is to be held next month.") is None
    assert find_cue("Nothing happened here.") is None


def _xi(body: str, clause: str, date: str, actor: tuple[str, ...] = ("KR",)) -> Article:
    return _article(body, date, (clause, actor, ("CN",)), source=date)


def test_thread_reiterated_then_done() -> None:
    first = _xi(
        "Seoul will work to realise an early visit by Xi Jinping.",
        "Seoul will work to realise an early visit by Xi Jinping",
        "2019-05",
    )
    second = _xi(
        "Seoul vowed to arrange Xi Jinping's visit soon.", "Seoul vowed to arrange Xi Jinping's visit soon", "2020-02"
    )
    done = _article("Xi Jinping arrived in Gyeongju on his first visit to South Korea in 11 years.", "2025-10-30")
    done = _with_states(done, ["CN", "KR"])
    corpus = Corpus([done, second, first])
    (thread,) = [t for t in pledge_threads(corpus) if t.pledges]
    assert [e.published for e in thread.entries] == [first.published, second.published, done.published]
    assert thread.status is ThreadStatus.DONE
    assert pledge_threads([first, second])[0].status is ThreadStatus.REITERATED
    assert pledge_threads([first])[0].status is ThreadStatus.OPEN


def _with_states(article: Article, codes: list[str]) -> Article:
    actors = [Actor.state(code, mentions=(Span(0, 1),)) for code in codes]
    return Article(
        body=article.body, source=article.source, published=article.published, outlet=article.outlet, actors=actors
    )


def test_thread_report_needs_a_later_article_and_a_state_of_the_thread() -> None:
    pledge = _xi(
        "Seoul will work to realise an early visit by Xi Jinping. Xi Jinping's visit was postponed.",
        "Seoul will work to realise an early visit by Xi Jinping",
        "2020",
    )
    pledge = Article(
        body=pledge.body,
        published=pledge.published,
        pledges=pledge.pledges,
        actors=[Actor.state("CN", mentions=(Span(58, 60),))],
    )
    (thread,) = pledge_threads([pledge])
    assert thread.reports == ()  # the same article's background is no report on it
    elsewhere = _with_states(_article("Xi Jinping's visit to Brazil was postponed.", "2021"), ["BR"])
    (thread, *_) = pledge_threads([pledge, elsewhere])
    assert thread.reports == ()


def test_thread_walked_back_by_a_report_or_a_negated_restatement() -> None:
    body = "Seoul will terminate the GSOMIA intelligence pact with Tokyo."
    clause = "Seoul will terminate the GSOMIA intelligence pact with Tokyo"
    announced = _article(body, "2019-08-22", (clause, ("KR",), ("JP",)))
    suspended = _with_states(
        _article(
            "Seoul conditionally suspended the termination of the GSOMIA intelligence pact with Japan.", "2019-11-22"
        ),
        ["KR", "JP"],
    )
    (thread, *_) = pledge_threads([announced, suspended])
    assert thread.status is ThreadStatus.WALKED_BACK
    negated_body = "Seoul has no intention to terminate the GSOMIA intelligence pact."
    negated = Article(
        body=negated_body,
        published=PartialDate(2020),
        pledges=[
            _pledge(
                negated_body,
                "Seoul has no intention to terminate the GSOMIA intelligence pact",
                ("KR",),
                ("JP",),
                negated=True,
            )
        ],
    )
    (thread,) = pledge_threads([announced, negated])
    assert thread.status is ThreadStatus.WALKED_BACK
    assert "walked_back: KR toward JP" in thread.describe()


@given(st.lists(kst.articles(), max_size=5))
def test_threads_partition_the_pledges(articles: list[Article]) -> None:
    """Every pledge of the corpus is in exactly one thread."""
    corpus = Corpus(articles)
    threads = pledge_threads(corpus)
    seen = Counter((a.id, id(p)) for t in threads for e in t.entries if (p := e.pledge) for a in [e.article])
    expected = Counter((a.id, id(p)) for a in corpus for p in a.pledges)
    assert seen == expected
    assert all(t.pledges for t in threads)


# -- near-duplicates ------------------------------------------------------------------------
DEV = sorted(p for p in ARTICLES.glob("*.txt"))


@pytest.fixture(scope="module")
def dev_articles() -> list[Article]:
    return [parse(path) for path in DEV]


def test_dev_articles_written_separately_are_not_near_duplicates(dev_articles: list[Article]) -> None:
    assert near_duplicates(dev_articles) == []


FURNITURE = st.lists(
    st.sampled_from(
        [
            "Share this article",
            "Facebook Twitter LinkedIn Email",
            "Related Articles",
            "Most Read",
            "Subscribe to our newsletter",
            "We use cookies to improve your experience. Accept",
            "Copyright (c) All rights reserved.",
            "Advertisement",
        ]
    ),
    min_size=1,
    max_size=6,
)


@given(st.sampled_from(DEV), FURNITURE, FURNITURE)
def test_an_article_is_a_near_duplicate_of_its_copy_with_boilerplate(
    path: Path, above: list[str], below: list[str]
) -> None:
    """An article and its copy with page furniture added form one near-duplicate group."""
    text = path.read_text(encoding="utf-8")
    original = parse(text)
    copy = parse("\n".join(above) + "\n\n" + text + "\n\n" + "\n".join(below))
    other = parse(next(p for p in DEV if p != path))
    groups = near_duplicates([original, other, copy])
    assert any(original in g and copy in g for g in groups)
    assert not any(other in g for g in groups)


@given(st.lists(st.sampled_from(DEV), max_size=6))
def test_near_duplicate_groups_are_disjoint(paths: list[Path]) -> None:
    """No article is in two groups; every group has two or more articles."""
    articles = [Article(body=p.read_text(encoding="utf-8"), source=f"{i}") for i, p in enumerate(paths)]
    groups = near_duplicates(articles)
    members = [a for g in groups for a in g]
    assert len(members) == len(set(members))
    assert all(len(g) >= 2 for g in groups)
    # copies of one file (the sampled list may repeat one) are grouped together
    for path in set(paths):
        copies = [a for a, p in zip(articles, paths, strict=True) if p == path]
        if len(copies) > 1:
            assert any(set(copies) <= g for g in groups)


def test_repeated_paragraphs_finds_a_lightly_edited_repeat() -> None:
    lead = "The foreign ministers of South Korea and Japan agreed on Friday to resume shuttle diplomacy between them."
    body = f"{lead}\n\nThe talks ran long.\n\n{lead.replace('Friday', 'Saturday')}"
    starts = [0, len(lead) + 2, len(lead) + 2 + len("The talks ran long.") + 2]
    paragraphs = [Span(s, s + n) for s, n in zip(starts, [len(lead), 19, len(lead) + 2], strict=True)]
    article = Article(body=body, paragraphs=paragraphs)
    assert repeated_paragraphs(article) == [(0, 2)]
