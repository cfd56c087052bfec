"""Pledge rules: who pledges, who speaks, what is a pledge and what is not, one behaviour per test."""

from __future__ import annotations

from kdiplomacy import Article, Country, parse


def _pledge_with(article: Article, words: str) -> object:
    (pledge,) = [p for p in article.pledges if words in p.text]
    return pledge


def test_the_minister_is_the_story_subject_not_an_official_named_in_passing() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Foreign Minister Kang Kyung-wha spoke to envoys on Monday.\n\n"
        "On China, Kang stressed close communication, citing last week's visit to Seoul by Chinese "
        "Foreign Minister Wang Yi.\n\n"
        "On Japan, the minister called for pursuing practical cooperation."
    )
    (call,) = [p for p in article.pledges if "practical cooperation" in p.text]
    assert call.actor == (Country("KR"),)
    assert call.speaker is not None
    assert call.speaker.name == "Kang Kyung-wha"


def test_she_said_after_a_quote_is_the_last_subject_of_that_gender() -> None:
    article = parse(
        "SEOUL (Reuters) -- South Korea's Kang Kyung-wha held talks with her Chinese counterpart Wang Yi. "
        "Wang told Kang his visit was important. Kang thanked Wang for the visit.\n\n"
        '"I am also looking forward to discussing ways to manage the situation," she said.'
    )
    (hope,) = [p for p in article.pledges if "looking forward" in p.text]
    assert hope.speaker is not None
    assert hope.speaker.name == "Kang Kyung-wha"
    assert hope.actor == (Country("KR"),)


def test_a_pronoun_refers_back_from_where_it_stands() -> None:
    article = parse(
        "TOKYO (Kyodo) -- Japanese Prime Minister Fumio Kishida spoke on Monday. "
        "South Korean Foreign Minister Park Jin, speaking in Seoul, said he would visit Tokyo soon."
    )
    (visit,) = article.pledges
    assert visit.speaker is not None
    assert visit.speaker.name == "Park Jin"
    assert visit.actor == (Country("KR"),)
