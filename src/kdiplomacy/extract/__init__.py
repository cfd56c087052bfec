"""Extraction: actors, bilateral relations and pledges recognised in an Article's body.

:func:`extract` takes the Article a parser built and returns it with ``actors``, ``relations``
and ``pledges`` filled in, every item pointing at its evidence by character offsets.
"""

from __future__ import annotations

from collections import Counter

import attrs

from kdiplomacy.extract._text import Text
from kdiplomacy.extract.organizations import find_organizations
from kdiplomacy.extract.people import find_persons
from kdiplomacy.extract.pledges import find_pledges
from kdiplomacy.extract.relations import find_relations, paragraph_topics
from kdiplomacy.extract.states import StateMention, find_state_mentions
from kdiplomacy.gazetteer import Gazetteer
from kdiplomacy.model import Actor, Article, Country, Span

__all__ = ["HOME", "extract", "find_state_mentions"]

_HOME_CODE = "KR"


def __getattr__(name: str) -> Country:
    # ``HOME``: the state whose foreign relations the library follows (South Korea); "the
    # government", "we" and "Seoul" in a story without another subject are its. It is made on
    # first use: a Country checks its code against pycountry, which importing should not load.
    if name == "HOME":
        return Country(_HOME_CODE)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract(article: Article, *, gazetteer: Gazetteer | None = None, home: Country | None = None) -> Article:
    """The Article with its actors, relations and pledges recognised.

    ``home`` is the state the story's unnamed "government" and "we" belong to: ``HOME`` (South
    Korea) unless given.
    """
    home = Country(_HOME_CODE) if home is None else home
    text = Text(article.body, [(s.start, s.end) for s in article.paragraphs])
    mentions = find_state_mentions(text)
    persons = find_persons(
        article.body,
        reporters=article.reporters,
        gazetteer=gazetteer,
        home=home,
        office_default=_dateline_state(article, mentions) or _host_state(article, mentions, home),
    )
    states = _state_actors(mentions)
    organizations = find_organizations(article.body, outlet=article.outlet)
    relations = find_relations(text, mentions, persons, home)
    topics = paragraph_topics(text, mentions, home)
    main = max(relations, key=lambda r: len(r.evidence), default=None)
    pledges = find_pledges(
        text,
        mentions,
        persons,
        article.quotes,
        home,
        topics,
        article.published,
        headline=article.headline is not None,
        main_pair=main.countries if main else None,
    )
    return attrs.evolve(
        article,
        actors=(*persons, *states, *organizations),
        relations=tuple(relations),
        pledges=tuple(pledges),
    )


def _dateline_state(article: Article, mentions: list[StateMention]) -> Country | None:
    """The state whose capital datelines the story, when the story names no other state."""
    if article.dateline is None:
        return None
    state = Country.resolve(article.dateline.city)
    named = {m.country for m in mentions if not m.place}
    return state if state is not None and named <= {state} else None


def _host_state(article: Article, mentions: list[StateMention], home: Country) -> Country | None:
    """The foreign state whose capital datelines the story, when the story names it more than
    any other foreign state ("STOCKHOLM -- ... King Carl XVI Gustaf hosted the ceremony")."""
    if article.dateline is None:
        return None
    host = Country.resolve(article.dateline.city)
    counts = Counter(m.country for m in mentions if not m.place and m.country != home)
    if host is None or host == home or not counts:
        return None
    return host if counts[host] == max(counts.values()) else None


def _state_actors(mentions: list[StateMention]) -> list[Actor]:
    spans: dict[Country, list[Span]] = {}
    for mention in mentions:
        if not mention.place:
            spans.setdefault(mention.country, []).append(Span(mention.start, mention.end))
    return [Actor.state(country, mentions=tuple(found)) for country, found in spans.items()]
