"""Corpus: a set of Articles in publication order, with the queries analysts ask of it."""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from kdiplomacy.api import ErrorHandler, iter_input_files, parse_many
from kdiplomacy.comparison import _filters as filters
from kdiplomacy.comparison._documents import holds_documents, read_documents
from kdiplomacy.comparison._filters import CountryLike, DateBound
from kdiplomacy.errors import KdiplomacyError
from kdiplomacy.gazetteer import Gazetteer
from kdiplomacy.model import Actor, Article, BilateralRelation, Modality, PartialDate, Pledge
from kdiplomacy.parsers import Parser
from kdiplomacy.serialize import articles_from_jsonl, articles_to_jsonl

__all__ = ["Corpus", "DateBound", "FoundPledge", "FoundRelation", "publication_order"]


def publication_order(article: Article) -> tuple[int, tuple[_dt.date, int], str, str]:
    """The sort key of the corpus order.

    Articles with a date come first, by :meth:`PartialDate.sort_key` (the first day of the
    period the date names, coarser dates first on a tie: ``2021`` before ``2021-01`` before
    ``2021-01-01``); articles with no date come last.  Ties are broken by source, then content
    id, so the order never depends on the order articles were added in.
    """
    if article.published is None:
        return (1, (_dt.date.max, 0), article.source or "", article.id)
    return (0, article.published.sort_key(), article.source or "", article.id)


@attrs.frozen(kw_only=True)
class FoundPledge:
    """A pledge with the article it was found in."""

    article: Article
    pledge: Pledge

    @property
    def published(self) -> PartialDate | None:
        """The article's date."""
        return self.article.published


@attrs.frozen(kw_only=True)
class FoundRelation:
    """A relation with the article it was found in."""

    article: Article
    relation: BilateralRelation

    @property
    def published(self) -> PartialDate | None:
        """The article's date."""
        return self.article.published


class Corpus:
    """Articles, once each, in publication order (see :func:`publication_order`).

    Build it from Articles, from files and folders of news (:meth:`from_paths`) or from JSON
    Lines of interchange documents (:meth:`from_jsonl`); write it back with :meth:`to_jsonl`.
    An article whose content id is already in the corpus is not added again; its source is
    kept in :attr:`skipped` so a report can say so.

    >>> from kdiplomacy import Article
    >>> corpus = Corpus([Article(body="Seoul and Tokyo agreed."), Article(body="Seoul and Tokyo agreed.")])
    >>> len(corpus), len(corpus.skipped)
    (1, 1)
    """

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._by_id: dict[str, Article] = {}
        self._order: list[Article] | None = []
        #: Articles not added because the corpus already held one with their content id.
        self.skipped: list[Article] = []
        for article in articles:
            self.add(article)

    # -- building --------------------------------------------------------------------------
    def add(self, article: Article) -> bool:
        """Add ``article``; False (and the article kept in :attr:`skipped`) if already there."""
        if not isinstance(article, Article):
            raise TypeError(f"a Corpus holds Articles, got {type(article).__name__}")
        if article.id in self._by_id:
            self.skipped.append(article)
            return False
        self._by_id[article.id] = article
        self._order = None
        return True

    def extend(self, articles: Iterable[Article]) -> int:
        """Add each article; returns how many were new."""
        return sum(self.add(article) for article in articles)

    @classmethod
    def from_paths(
        cls,
        paths: Iterable[str | os.PathLike[str]],
        *,
        on_error: ErrorHandler | None = None,
        parser: str | Parser | None = None,
        reference_date: PartialDate | str | None = None,
        gazetteer: Gazetteer | None = None,
        workers: int = 1,
    ) -> Corpus:
        """Parse files and folders of news into a corpus.

        JSON Lines (``.jsonl``) and JSON files that hold interchange documents (objects with a
        ``schema_version``) are read as documents, not parsed again; everything else goes
        through :func:`~kdiplomacy.parse_many` with the options given (``workers`` above 1:
        on that many processes).  Errors are handled as there: without ``on_error`` the first
        one raises, with it every good article is kept.
        """
        corpus = cls()
        news: list[Path] = []
        for path in iter_input_files(paths, on_error=on_error):
            if holds_documents(path):
                try:
                    corpus.extend(read_documents(path))
                except (KdiplomacyError, OSError) as exc:
                    if on_error is None:
                        raise
                    on_error(str(path), exc)
            else:
                news.append(path)
        corpus.extend(
            parse_many(
                news,
                parser=parser,
                on_error=on_error,
                reference_date=reference_date,
                gazetteer=gazetteer,
                workers=workers,
            )
        )
        return corpus

    @classmethod
    def from_jsonl(cls, source: str | os.PathLike[str] | IO[str]) -> Corpus:
        """Read a corpus from JSON Lines of interchange documents (a path or an open text file).

        Raises:
            SchemaError: a line is not a valid document (naming the file and line).
        """
        if isinstance(source, str | os.PathLike):
            return cls(read_documents(Path(source)))
        return cls(articles_from_jsonl(source, source=getattr(source, "name", None)))

    def to_jsonl(self, target: str | os.PathLike[str] | IO[str]) -> None:
        """Write the corpus, in order, as JSON Lines of interchange documents.

        A path is written atomically: to a temporary file beside it, renamed into place once
        complete, so an interrupted write leaves no half-written file.
        """
        if not isinstance(target, str | os.PathLike):
            target.writelines(articles_to_jsonl(self))
            return
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.writelines(articles_to_jsonl(self))
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def to_pandas(self) -> dict[str, Any]:
        """The articles, actors, relations and pledges tables as pandas DataFrames, keyed by
        table name (needs the ``pandas`` extra; see :mod:`kdiplomacy.export` for the columns).

        Raises:
            MissingExtraError: pandas is not installed.
        """
        from kdiplomacy.export import to_pandas  # noqa: PLC0415 (an optional extra, below this module)

        return to_pandas(self)

    # -- a sequence of articles ------------------------------------------------------------
    def _ordered(self) -> list[Article]:
        if self._order is None:
            self._order = sorted(self._by_id.values(), key=publication_order)
        return self._order

    def __iter__(self) -> Iterator[Article]:
        return iter(self._ordered())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Article):
            return item.id in self._by_id
        return isinstance(item, str) and item in self._by_id

    def __getitem__(self, article_id: str) -> Article:
        """The article with this content id.

        Raises:
            KeyError: no such article.
        """
        try:
            return self._by_id[article_id]
        except KeyError:
            raise KeyError(f"no article with id {article_id!r} in the corpus") from None

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} articles>"

    # -- queries ---------------------------------------------------------------------------
    def articles(
        self,
        *,
        start: DateBound = None,
        end: DateBound = None,
        outlet: str | None = None,
        actor: str | Actor | None = None,
        country: CountryLike | None = None,
        pair: str | tuple[CountryLike, CountryLike] | None = None,
    ) -> list[Article]:
        """The articles matching every filter given, in publication order.

        Args:
            start: the earliest date: the article's date lies wholly within ``start`` to
                ``end`` (bounds included; an article without a date is left out of any
                bounded range).
            end: the latest date (``end="2021"`` takes in all of 2021).
            outlet: the outlet (or aggregator), case-insensitive.
            actor: an Actor, an identity key (``"person:..."``), or a name; person names match
                across romanisations (``"Cho Tae-yeol"`` finds ``"Cho Tae-yul"``).
            country: a state the article discusses (an alpha-2 code or a Country).
            pair: a pair the article discusses a relation of (``"KR-RU"`` or two codes).
        """
        low, high = filters.bound(start, "start"), filters.bound(end, "end")
        tests: list[Callable[[Article], bool]] = [lambda a: filters.in_range(a.published, low, high)]
        if outlet is not None:
            folded = outlet.casefold()
            tests.append(lambda a: folded in {(a.outlet or "").casefold(), (a.aggregator or "").casefold()})
        if actor is not None:
            matches = filters.actor_matcher(actor)
            tests.append(lambda a: any(matches(x) for x in (*a.actors, *a.reporters)))
        if country is not None:
            code = filters.code(country)
            tests.append(lambda a: any(c.code == code for c in a.states))
        if pair is not None:
            codes = filters.pair(pair)
            tests.append(lambda a: any({c.code for c in r.countries} == codes for r in a.relations))
        return [article for article in self if all(test(article) for test in tests)]

    def pledges(
        self,
        *,
        actor: CountryLike | None = None,
        counterpart: CountryLike | None = None,
        modality: Modality | str | Collection[Modality | str] | None = None,
        speaker: str | Actor | None = None,
        start: DateBound = None,
        end: DateBound = None,
    ) -> list[FoundPledge]:
        """The pledges matching every filter given, in publication order, then text order.

        Args:
            actor: a state among the pledge's actors.
            counterpart: a state among its counterparts.
            modality: one modality or several (``Modality`` or their values, ``"vow"``).
            speaker: the official voicing it (as for :meth:`articles`' ``actor``).
            start: the earliest article date, as for :meth:`articles`.
            end: the latest article date, as for :meth:`articles`.
        """
        low, high = filters.bound(start, "start"), filters.bound(end, "end")
        actor_code = None if actor is None else filters.code(actor)
        counterpart_code = None if counterpart is None else filters.code(counterpart)
        wanted = filters.modalities(modality)
        speaks = None if speaker is None else filters.actor_matcher(speaker)

        def keep(pledge: Pledge) -> bool:
            return (
                (actor_code is None or any(c.code == actor_code for c in pledge.actor))
                and (counterpart_code is None or any(c.code == counterpart_code for c in pledge.counterparts))
                and (wanted is None or pledge.modality in wanted)
                and (speaks is None or (pledge.speaker is not None and speaks(pledge.speaker)))
            )

        return [
            FoundPledge(article=article, pledge=pledge)
            for article in self
            if filters.in_range(article.published, low, high)
            for pledge in sorted(article.pledges, key=lambda p: p.span.start)
            if keep(pledge)
        ]

    def relations(
        self,
        pair: str | tuple[CountryLike, CountryLike] | None = None,
        *,
        country: CountryLike | None = None,
        start: DateBound = None,
        end: DateBound = None,
    ) -> list[FoundRelation]:
        """The relations of ``pair`` (or involving ``country``, or all), in publication order."""
        low, high = filters.bound(start, "start"), filters.bound(end, "end")
        codes = None if pair is None else filters.pair(pair)
        code = None if country is None else filters.code(country)
        return [
            FoundRelation(article=article, relation=relation)
            for article in self
            if filters.in_range(article.published, low, high)
            for relation in article.relations
            if (codes is None or {c.code for c in relation.countries} == codes)
            and (code is None or relation.involves(code))
        ]
