"""Actor: who acts or speaks in an article — a person, a state, or an organisation."""

from __future__ import annotations

import enum

import attrs

from kdiplomacy.errors import ModelError
from kdiplomacy.model._fields import optional_country, optional_text, spans, strings, text
from kdiplomacy.model.country import Country, fold_place_name
from kdiplomacy.model.names import fold_name
from kdiplomacy.model.span import Span

__all__ = ["Actor", "ActorKind"]


class ActorKind(enum.Enum):
    """What sort of actor: a person, a state, or an organisation (ministry, council, bloc, ...)."""

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"


@attrs.frozen(kw_only=True)
class Actor:
    """A person, state or organisation recognised in an article.

    Attributes:
        kind: person, state or organisation.
        name: the fullest name the text gives ("Moon Jae-in", not "Moon").
        title: the title as the text gives it, without the country adjective
            ("Foreign Minister"), or None.
        country: the state the actor represents (for a state, the state itself), or None.
        aliases: other spellings and short forms seen for the same actor ("Moon", "Cho Tae-yeol").
        mentions: where the actor is mentioned in the article body.

    >>> a = Actor(kind=ActorKind.PERSON, name="Cho Tae-yul", country="KR")
    >>> a.key == Actor(kind=ActorKind.PERSON, name="Cho Tae-yeol", country="KR").key
    True
    """

    kind: ActorKind = attrs.field(validator=attrs.validators.instance_of(ActorKind))
    name: str = attrs.field(validator=text)
    title: str | None = attrs.field(default=None, validator=optional_text)
    country: Country | None = attrs.field(default=None, converter=optional_country)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=strings)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=spans)

    def __attrs_post_init__(self) -> None:
        if self.kind is ActorKind.STATE and self.country is None:
            raise ModelError(f"state actor {self.name!r} needs its country")

    @property
    def key(self) -> str:
        """The identity key: equal for one real actor however the text spells the name.

        Persons fold romanisation variants (:func:`kdiplomacy.model.names.fold_name`); states are
        keyed by their code; organisations by their case-folded name.
        """
        if self.kind is ActorKind.PERSON:
            return f"person:{fold_name(self.name)}"
        if self.kind is ActorKind.STATE:
            assert self.country is not None
            return f"state:{self.country.code}"
        return f"organization:{fold_place_name(self.name)}"

    @classmethod
    def state(cls, country: Country | str, *, mentions: tuple[Span, ...] = ()) -> Actor:
        """The state actor for ``country`` (a Country or an alpha-2 code)."""
        resolved = country if isinstance(country, Country) else Country(country)
        return cls(kind=ActorKind.STATE, name=resolved.name, country=resolved, mentions=mentions)
