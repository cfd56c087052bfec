"""Article: one news item, its metadata, its cleaned body, and everything recognised in it."""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from collections.abc import Iterable, Iterator

import attrs

from kdiplomacy.errors import InvalidSpanError, ModelError
from kdiplomacy.model._fields import optional_text, strings, text, tuple_of
from kdiplomacy.model.actor import Actor, ActorKind
from kdiplomacy.model.country import Country
from kdiplomacy.model.partial_date import PartialDate
from kdiplomacy.model.pledge import Pledge
from kdiplomacy.model.relation import BilateralRelation
from kdiplomacy.model.span import Span

__all__ = ["Article", "Dateline", "Quote", "content_id"]


@functools.lru_cache(maxsize=8)  # an Article evolved from another (extraction) keeps its body; few, as bodies are large
def content_id(body: str) -> str:
    """A stable id for a body: 16 hex digits of the SHA-256 of its normalised text.

    Normalisation (NFKC, case folding, white space collapsed) makes the id survive re-encoding
    and re-wrapping; any change of words changes it.
    """
    normal = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


@attrs.frozen(kw_only=True)
class Quote:
    """Words the article attributes to someone, with where they stand in the body.

    Attributes:
        speaker: the speaker's name or title as the text gives it, or None when unattributed.
        text: the quoted words, verbatim from the body.
        span: where ``text`` stands in the body.
    """

    text: str = attrs.field(validator=text)
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    speaker: str | None = attrs.field(default=None, validator=optional_text)


@attrs.frozen(kw_only=True)
class Dateline:
    """The place (and date, as written) that opens a wire story: ``SEOUL, Nov. 30 (Yonhap) --``.

    Attributes:
        city: the city, upper case as wires print it ("SEOUL").
        written: the date as the dateline writes it ("Nov. 30"), or None.
    """

    city: str = attrs.field(validator=text)
    written: str | None = attrs.field(default=None, validator=optional_text)


def _span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple_of(value, Span)


def _actor_tuple(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple_of(value, Actor)


def _quote_tuple(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple_of(value, Quote)


def _relation_tuple(value: Iterable[BilateralRelation]) -> tuple[BilateralRelation, ...]:
    return tuple_of(value, BilateralRelation)


def _pledge_tuple(value: Iterable[Pledge]) -> tuple[Pledge, ...]:
    return tuple_of(value, Pledge)


@attrs.frozen(kw_only=True)
class Article:
    """One news item.

    Every span inside (paragraphs, quotes, actor mentions, relation evidence, pledges) indexes
    ``body``, which is checked when the Article is built.

    Attributes:
        body: the cleaned text of the item, the headline first when there is one.
        source: where it was read from (a path or an id), or None.
        outlet: the organisation that wrote the story ("Yonhap"), or None.
        aggregator: the site that republished it, when it is not the outlet, or None.
        headline: the title without wire flags, or None.
        flags: wire flags taken off the headline ("2nd LD", "LEAD").
        dateline: the opening dateline of a wire story, or None.
        published: the article's own date, at the precision the text allows, or None.
        published_basis: how ``published`` was found (explicit, or inferred from which evidence).
        reporters: reporters and photographers, as person Actors.
        paragraphs: the paragraphs of ``body``.
        quotes: quoted words.
        actors: persons, states and organisations recognised in the body.
        relations: the bilateral relations the article discusses.
        pledges: commitments, calls, warnings and threats.
        warnings: notes on what the reader had to repair or could not read.
    """

    body: str = attrs.field(validator=attrs.validators.instance_of(str))
    source: str | None = attrs.field(default=None, validator=optional_text)
    outlet: str | None = attrs.field(default=None, validator=optional_text)
    aggregator: str | None = attrs.field(default=None, validator=optional_text)
    headline: str | None = attrs.field(default=None, validator=optional_text)
    flags: tuple[str, ...] = attrs.field(default=(), converter=strings)
    dateline: Dateline | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Dateline))
    )
    published: PartialDate | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(PartialDate))
    )
    published_basis: str | None = attrs.field(default=None, validator=optional_text)
    reporters: tuple[Actor, ...] = attrs.field(default=(), converter=_actor_tuple)
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quote_tuple)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actor_tuple)
    relations: tuple[BilateralRelation, ...] = attrs.field(default=(), converter=_relation_tuple)
    pledges: tuple[Pledge, ...] = attrs.field(default=(), converter=_pledge_tuple)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=strings)
    id: str = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        for path, span in self._spans():
            span.check_within(self.body, what=path)
        for path, item in self._verbatim():
            if item.span.text_in(self.body) != item.text:
                raise InvalidSpanError(
                    f"{path}.text {item.text!r} is not the body's text at "
                    f"[{item.span.start}, {item.span.end}): {item.span.text_in(self.body)!r}"
                )
        object.__setattr__(self, "id", content_id(self.body))

    def _spans(self) -> Iterator[tuple[str, Span]]:
        for i, span in enumerate(self.paragraphs):
            yield f"paragraphs[{i}]", span
        for group in ("actors", "reporters"):
            for i, actor in enumerate(getattr(self, group)):
                for j, span in enumerate(actor.mentions):
                    yield f"{group}[{i}].mentions[{j}]", span
        for i, relation in enumerate(self.relations):
            for j, span in enumerate(relation.evidence):
                yield f"relations[{i}].evidence[{j}]", span

    def _verbatim(self) -> Iterator[tuple[str, Quote | Pledge]]:
        for i, quote in enumerate(self.quotes):
            yield f"quotes[{i}]", quote
        for i, pledge in enumerate(self.pledges):
            yield f"pledges[{i}]", pledge

    # -- convenient views ---------------------------------------------------------------
    def text_of(self, span: Span) -> str:
        """The body text under ``span``."""
        return span.text_in(self.body)

    def paragraph_texts(self) -> list[str]:
        """The text of each paragraph."""
        return [self.text_of(span) for span in self.paragraphs]

    @property
    def persons(self) -> tuple[Actor, ...]:
        """The person actors."""
        return tuple(a for a in self.actors if a.kind is ActorKind.PERSON)

    @property
    def organizations(self) -> tuple[Actor, ...]:
        """The organisation actors."""
        return tuple(a for a in self.actors if a.kind is ActorKind.ORGANIZATION)

    @property
    def states(self) -> tuple[Country, ...]:
        """The states that act or are discussed, in the order the actors list them."""
        return tuple(a.country for a in self.actors if a.kind is ActorKind.STATE and a.country)

    def relation(self, first: Country | str, second: Country | str) -> BilateralRelation | None:
        """The relation between two states, in either order, or None."""
        wanted = {c if isinstance(c, Country) else Country(c) for c in (first, second)}
        if len(wanted) != 2:
            raise ModelError("a relation is between two distinct states")
        return next((r for r in self.relations if set(r.countries) == wanted), None)
