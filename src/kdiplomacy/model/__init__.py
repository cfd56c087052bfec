"""The domain model: frozen, validated values for everything the library recognises."""

from kdiplomacy.model.actor import Actor, ActorKind
from kdiplomacy.model.article import Article, Dateline, Quote, content_id
from kdiplomacy.model.country import Country, fold_place_name
from kdiplomacy.model.names import fold_name
from kdiplomacy.model.partial_date import PartialDate, Precision
from kdiplomacy.model.pledge import Horizon, Modality, Pledge
from kdiplomacy.model.relation import BilateralRelation
from kdiplomacy.model.span import Span

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "BilateralRelation",
    "Country",
    "Dateline",
    "Horizon",
    "Modality",
    "PartialDate",
    "Pledge",
    "Precision",
    "Quote",
    "Span",
    "content_id",
    "fold_name",
    "fold_place_name",
]
