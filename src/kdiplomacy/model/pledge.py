"""Pledge: a forward-looking commitment, intention, call to act, warning or threat."""

from __future__ import annotations

import enum
import functools

import attrs

from kdiplomacy.errors import ModelError
from kdiplomacy.model._fields import countries, text
from kdiplomacy.model.actor import Actor, ActorKind
from kdiplomacy.model.country import Country
from kdiplomacy.model.partial_date import PartialDate
from kdiplomacy.model.span import Span

__all__ = ["Horizon", "Modality", "Pledge"]


@functools.total_ordering
class Modality(enum.Enum):
    """How strongly a pledge commits, ordered from a hope to a binding commitment.

    The order (weakest first)::

        hope < call < need < seek < plan < warn < will < threaten < must < agree < vow

    ``call`` covers calls on others (call for, urge, ask); ``need`` covers need/should;
    ``seek`` covers seek/aim/try/push/work to; ``plan`` covers plan/intend/be scheduled/be set to;
    ``must`` is an obligation the speaker takes on; ``agree`` a commitment made with another party;
    ``vow`` covers vow/pledge/promise/commit.  ``warn`` and ``threaten`` are the hostile side: a
    warning of, and an explicit threat of, future action.
    """

    HOPE = "hope"
    CALL = "call"
    NEED = "need"
    SEEK = "seek"
    PLAN = "plan"
    WARN = "warn"
    WILL = "will"
    THREATEN = "threaten"
    MUST = "must"
    AGREE = "agree"
    VOW = "vow"

    @property
    def rank(self) -> int:
        """Position in the order above (0 for ``hope``)."""
        return _RANK[self]

    @property
    def hostile(self) -> bool:
        """Whether this is a warning or threat rather than a commitment or call."""
        return self in (Modality.WARN, Modality.THREATEN)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Modality):
            return NotImplemented
        return self.rank < other.rank


_RANK = {modality: rank for rank, modality in enumerate(Modality)}


@attrs.frozen(kw_only=True)
class Horizon:
    """When a pledge is to be kept, as the text says it, and resolved when possible.

    Attributes:
        text: the expression as written ("this year", "until the end", "on a regular basis").
        date: the period it resolves to against the article's date ("this year" in a 2021
            article is ``2021``), or None when it does not name a period or the date is unknown.
    """

    text: str = attrs.field(validator=text)
    date: PartialDate | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(PartialDate))
    )


def _check_speaker(instance: Pledge, attribute: object, value: Actor | None) -> None:
    if value is not None and (not isinstance(value, Actor) or value.kind is not ActorKind.PERSON):
        raise ModelError(f"a pledge's speaker must be a person Actor, got {value!r}")


@attrs.frozen(kw_only=True)
class Pledge:
    """A commitment, intention, plan, call to act, warning or threat made by one or more states.

    Attributes:
        actor: the states making it (two for a joint pledge); empty when the text does not say.
        speaker: the official who voices it, when named.
        counterparts: the states it is directed at or concerns.
        action: the lemma of the head verb ("boost", "maintain", "work").
        modality: how strongly it commits.
        negated: True for negative commitments ("has no intention to ...").
        horizon: when it is to be kept, if the text says.
        text: the clause that states it, verbatim from the body.
        span: where ``text`` stands in the body.
    """

    actor: tuple[Country, ...] = attrs.field(converter=countries)
    action: str = attrs.field(validator=text)
    modality: Modality = attrs.field(validator=attrs.validators.instance_of(Modality))
    text: str = attrs.field(validator=text)
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    speaker: Actor | None = attrs.field(default=None, validator=_check_speaker)
    counterparts: tuple[Country, ...] = attrs.field(default=(), converter=countries)
    negated: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    horizon: Horizon | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Horizon))
    )

    def __attrs_post_init__(self) -> None:
        if len(self.span) != len(self.text):
            raise ModelError(
                f"pledge text has {len(self.text)} characters but its span "
                f"[{self.span.start}, {self.span.end}) covers {len(self.span)}"
            )
