"""Extraction on the seed articles: issue 4's acceptance list."""

from __future__ import annotations

from pathlib import Path

from kdiplomacy import Actor, Article, Country, Modality, parse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse(path)


def _person(article: Article, name: str) -> Actor:
    found = [p for p in article.persons if p.name == name or name in p.aliases]
    assert len(found) == 1, f"{name}: {[p.name for p in article.persons]}"
    return found[0]


def _pairs(article: Article) -> set[str]:
    return {r.pair for r in article.relations}


def test_003_people_each_once_with_title_and_country() -> None:
    article = _seed("003")
    expected = {
        "Kim Hong-kyun": ("KR", "First Vice Foreign Minister"),
        "Cho Tae-yeol": ("KR", "Minister of Foreign Affairs"),
        "Kurt Campbell": ("US", "Deputy Secretary of State"),
        "Hong Sun-ki": ("KR", "reporter"),
    }
    for name, (country, title) in expected.items():
        person = _person(article, name)
        assert person.country == Country(country), name
        assert person.title == title, name
    assert "Hong Seon-gi" in _person(article, "Hong Sun-ki").aliases


def test_004_people_and_no_virus_person() -> None:
    article = _seed("004")
    assert _person(article, "Yang Jiechi").country == Country("CN")
    assert _person(article, "Choi Young-sam").country == Country("KR")
    assert _person(article, "Wang Yi").country == Country("CN")
    assert not any("COVID" in p.name for p in article.persons)


def test_001_relations() -> None:
    assert {"KR-US", "CN-KR", "JP-KR", "KR-RU", "KP-KR"} <= _pairs(_seed("001"))


def test_002_relations_include_a_third_country_pair() -> None:
    assert {"KR-US", "KP-RU", "KR-RU", "CN-KR", "JP-KR"} <= _pairs(_seed("002"))


def test_001_vow_toward_russia() -> None:
    article = _seed("001")
    (vow,) = [p for p in article.pledges if p.text.startswith("Moon also vowed to boost")]
    assert vow.actor == (Country("KR"),)
    assert vow.counterparts == (Country("RU"),)
    assert vow.modality is Modality.VOW
    assert vow.speaker is not None
    assert vow.speaker.name == "Moon Jae-in"
    assert vow.action == "boost"


def test_002_pledge_toward_japan() -> None:
    article = _seed("002")
    (pledge,) = [p for p in article.pledges if "work closely with Tokyo to advance the bilateral ties" in p.text]
    assert pledge.actor == (Country("KR"),)
    assert Country("JP") in pledge.counterparts


def test_003_campbell_plan_toward_korea() -> None:
    article = _seed("003")
    (plan,) = [p for p in article.pledges if "We plan high-level face-to-face communications" in p.text]
    assert plan.actor == (Country("US"),)
    assert plan.counterparts == (Country("KR"),)
    assert plan.modality is Modality.PLAN
    assert plan.speaker is not None
    assert plan.speaker.name == "Kurt Campbell"


def test_000_obligation_with_horizon() -> None:
    article = _seed("000")
    (must,) = [p for p in article.pledges if p.text.startswith("We must maintain close cooperation")]
    assert must.actor == (Country("KR"),)
    assert must.modality is Modality.MUST
    assert must.speaker is not None
    assert must.speaker.name == "Kang Kyung-wha"
    assert must.horizon is not None
    assert must.horizon.text == "until the end"


def test_004_joint_headline_vow() -> None:
    article = _seed("004")
    (vow,) = [p for p in article.pledges if p.text.startswith("S.Korea, China top diplomats vow")]
    assert set(vow.actor) == {Country("KR"), Country("CN")}


def test_every_evidence_span_points_into_the_body() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        article = parse(path)
        for actor in article.actors:
            for span in actor.mentions:
                assert article.text_of(span).strip(), (path.name, actor.name)
        for relation in article.relations:
            assert relation.evidence, relation.pair
        for pledge in article.pledges:
            assert article.text_of(pledge.span) == pledge.text
