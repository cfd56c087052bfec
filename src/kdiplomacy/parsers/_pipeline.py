"""The shared parsing pipeline: a Document in, an Article skeleton out.

Steps, in order: read metadata from the raw lines (so evidence in footers is seen before the
footers go); take the headline and its flags; drop metadata and furniture lines; strip the
dateline and transcript marks; turn sound bites into quotes; cut what follows a sign-off;
rejoin broken words; assemble paragraphs; drop repeated paragraphs; date the article.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence

import attrs

from kdiplomacy import clean
from kdiplomacy.date_inference import Constraint, gather_constraints, infer_date
from kdiplomacy.dates import parse_date
from kdiplomacy.errors import EmptyArticleError
from kdiplomacy.extract.organizations import find_organizations
from kdiplomacy.gazetteer import Gazetteer
from kdiplomacy.model import Actor, ActorKind, Article, Country, Dateline, PartialDate, Quote, Span, fold_name
from kdiplomacy.parsers import _metadata as meta
from kdiplomacy.parsers._outlets import Outlet, outlets
from kdiplomacy.read import Document

__all__ = ["Family", "ParseOptions", "build_article"]

_HEAD_LINES = 15
_TAIL_LINES = 25


class Family(enum.Enum):
    """A family of formats; it changes a few decisions of the pipeline."""

    GENERIC = "generic"
    WIRE = "wire"
    BROADCAST = "broadcast"
    AGGREGATOR = "aggregator"


@attrs.frozen(kw_only=True)
class ParseOptions:
    """Options every parser receives.

    Attributes:
        reference_date: a date the article is known to be on or up to a year before (when it
            was fetched, say); it bounds year inference.  None: no such knowledge.
        gazetteer: the officials to date the article by; None for the bundled one.
    """

    reference_date: PartialDate | None = None
    gazetteer: Gazetteer | None = None


@attrs.define
class _Evidence:
    outlet: Outlet | None = None
    outlet_why: int = 99  # lower is stronger
    aggregator: str | None = None
    reporters: list[str] = attrs.Factory(list)

    def offer(self, outlet: Outlet | None, strength: int) -> None:
        if outlet is not None and strength < self.outlet_why:
            self.outlet, self.outlet_why = outlet, strength

    def reporter(self, name: str) -> None:
        if name not in self.reporters:
            self.reporters.append(name)


def build_article(document: Document, options: ParseOptions, family: Family = Family.GENERIC) -> Article:
    """Run the pipeline over ``document``.

    Raises:
        EmptyArticleError: nothing is left once furniture is removed.
    """
    lines = [line.strip() for line in document.text.split("\n")]
    evidence = _Evidence()
    _read_footer_and_header(lines, evidence)
    if document.author:
        for name in meta.names_in(document.author):
            evidence.reporter(name)
    dateline, dateline_at = _find_dateline(lines, evidence)
    headline, flags, headline_at = _headline(lines, document, _lead_index(lines, dateline_at))
    explicit = meta.best_labelled_date(lines[:_HEAD_LINES] + lines[-_TAIL_LINES:])
    kept, quotes_raw, lead_at = _story_lines(lines, headline_at, dateline_at, dateline, family, evidence)
    if headline and (headline_at is None):
        kept.insert(0, headline)
        lead_at += 1
    elif headline and headline_at is not None:
        kept[0] = headline
    paragraphs = clean.assemble_paragraphs(clean.join_broken_words(kept))
    lead_paragraph = _lead_paragraph(paragraphs, kept, lead_at)
    paragraphs, repeated = clean.drop_repeated_paragraphs(paragraphs, lead=lead_paragraph)
    if not any(p.strip() for p in paragraphs):
        raise EmptyArticleError("no article text is left once page furniture is removed", source=document.source)
    body, spans = _join(paragraphs)
    warnings = list(document.warnings)
    if repeated:
        warnings.append(f"{repeated} repeated paragraph(s) dropped")
    published, basis = _published(document, explicit, dateline, paragraphs, headline is not None, options)
    unknown_masthead = _masthead(document, lines, evidence)
    return Article(
        body=body,
        source=document.source,
        outlet=evidence.outlet.name if evidence.outlet else unknown_masthead,
        aggregator=evidence.aggregator,
        headline=headline,
        flags=flags,
        dateline=Dateline(city=dateline.city, written=dateline.month_day.written if dateline.month_day else None)
        if dateline
        else None,
        published=published,
        published_basis=basis,
        reporters=_reporters(evidence, body),
        paragraphs=spans,
        quotes=_quotes(quotes_raw, body),
        warnings=warnings,
    )


# -- metadata ------------------------------------------------------------------------------


def _read_footer_and_header(lines: Sequence[str], evidence: _Evidence) -> None:
    edge = set(range(min(_HEAD_LINES, len(lines)))) | set(range(max(0, len(lines) - _TAIL_LINES), len(lines)))
    for index in sorted(edge):
        if lines[index]:
            for part in meta.split_pipes(lines[index]):
                _read_edge_line(part, evidence)
    for line in lines[:_HEAD_LINES]:
        evidence.offer(meta.byline_outlet(line), 3)
    for name in meta.bare_bylines([line for line in lines[:_HEAD_LINES] if line.strip()]):
        evidence.reporter(name)
    for line in lines:  # reporters named inside transcripts ("Reporter Hong Sun-ki reports.")
        for name in meta.reporters_in(line) if "report" in line.lower() else ():
            evidence.reporter(name)
    layout = meta.layout_aggregator("\n".join(lines[: _HEAD_LINES * 2]))
    if layout is not None:
        evidence.aggregator = layout.name


def _read_edge_line(line: str, evidence: _Evidence) -> None:
    """Outlet, reporter and aggregator evidence in one line near the top or the bottom."""
    signoff = meta.find_signoff(line)
    if signoff is not None:
        evidence.offer(signoff.outlet, 2)
        evidence.reporter(signoff.reporter)
    evidence.offer(meta.source_outlet(line), 1)
    if meta.is_outlet_line(line):
        evidence.offer(outlets().get(line), 3)
    for name in meta.reporters_in(line):
        evidence.reporter(name)
    evidence.offer(meta.email_outlet(line), 4)
    evidence.offer(meta.credit_outlet(line), 4)
    if clean.is_boilerplate(line):
        evidence.offer(meta.copyright_outlet(line), 5)
    thanks = meta.aggregator_thanks(line)
    if thanks and evidence.aggregator is None:
        evidence.aggregator = thanks


def _masthead(document: Document, lines: list[str], evidence: _Evidence) -> str | None:
    """Weigh the page's own masthead (its declared publisher, its address, its title's site
    suffix, or the site name printed above its menus): the outlet when the story names none,
    otherwise the aggregator that republished it.  Returns a masthead the outlet table does not
    know, which becomes the outlet only when nothing else names one."""
    printed = meta.masthead(lines)
    first = next((line.strip() for line in lines[:_HEAD_LINES] if line.strip()), None)
    if printed is None and first is not None and _names_a_body(first) and _body_named(first):
        printed = first  # "OFFICE OF THE PRESIDENT" over a briefing: the office's own page
    site = (
        outlets().get(document.publisher)
        or (outlets().from_domain(document.url) if document.url else None)
        or next((o for o in map(outlets().get, _title_parts(document.title)) if o), None)
        or (outlets().search(printed) if printed else None)
    )
    if site is None:
        if document.publisher:  # a declared publisher: the outlet unless the story names another
            declared = document.publisher.strip()
            if evidence.outlet is None:
                return declared
            evidence.aggregator = evidence.aggregator or declared
        elif printed:  # a site name over menus, on a page that names no known outlet of its own
            own = _body_named(printed)
            if own is not None and evidence.outlet is None:
                return own  # a ministry's or an office's own release, under its name
            evidence.aggregator = printed
        return None
    if evidence.outlet is None:
        evidence.offer(site, 6)
    elif site != evidence.outlet and evidence.aggregator is None:
        evidence.aggregator = site.name
    return None


def _body_named(masthead: str) -> str | None:
    """The public body a masthead opens with ("Ministry of Foreign Affairs, Republic of Korea"),
    as printed."""
    masthead = _name_case(masthead)
    named = [span for actor in find_organizations(masthead) for span in actor.mentions]
    first = min(named, key=lambda span: span.start, default=None)
    return masthead[first.start : first.end] if first is not None and first.start == 0 else None


def _title_parts(title: str | None) -> list[str]:
    return re.split(r"\s+[|–—-]\s+", title)[1:] if title else []


def _lead_index(lines: Sequence[str], dateline_at: int | None) -> int:
    """The line where the story starts: its dateline, or its first line of prose."""
    if dateline_at is not None:
        return dateline_at
    for index, line in enumerate(lines):
        if len(line) >= 100 and line.rstrip()[-1:] in '.!"”’' and not clean.is_boilerplate(line):
            return index
    return len(lines)


def _headline(lines: Sequence[str], document: Document, lead: int) -> tuple[str | None, tuple[str, ...], int | None]:
    """The headline, its flags, and the index of its line in the text (None if not in the text).

    The headline is the first line above the story that reads as one: not the site's masthead,
    not a menu, a metadata or an outlet-name line.
    """
    declared = document.headline_hint or _strip_site(document.title)
    printed_masthead = meta.masthead(list(lines))
    for index, line in enumerate(lines[: min(lead, _HEAD_LINES)]):
        masthead_line = printed_masthead and line.casefold().startswith(printed_masthead.casefold())
        if not line or _is_furniture(line) or masthead_line or _names_a_body(line):
            continue
        if declared and _same(line, declared):
            text, flags = meta.take_flags(line)
            return text, flags, index
        if declared is None and meta.looks_like_headline(line) and " | " not in line and _words(line) >= 3:
            if _page_title_of(line, lines[index + 1 : min(lead, _HEAD_LINES)]):
                continue  # "Al Jazeera English - Business - <the headline>", printed again below
            text, flags = meta.take_flags(line)
            return (text, flags, index) if text else (None, flags, None)
    if declared:
        text, flags = meta.take_flags(declared)
        return text, flags, None
    return None, (), None


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to"})


def _names_a_body(line: str) -> bool:
    """Whether a line is only a public body's name, perhaps with its state: a page's masthead
    ("OFFICE OF THE PRESIDENT", "Ministry of Foreign Affairs of the People's Republic of China")."""
    text = _name_case(line.strip())
    if Country.resolve(text) is not None:
        return True  # "REPUBLIC OF KOREA" under the office's name
    body = _body_named(text)
    if body is None:
        return False
    rest = re.sub(r"^[\s,]*(?:of\s+)?(?:the\s+)?", "", text[len(body) :])
    return not rest or Country.resolve(rest) is not None


def _name_case(text: str) -> str:
    """An all-capitals name as a name is written: "OFFICE OF THE PRESIDENT" -> "Office of the President"."""
    if not text.isupper():
        return text
    return " ".join(w.lower() if w.lower() in _MINOR_WORDS else w.capitalize() for w in text.split())


def _words(line: str) -> int:
    """Words with letters in them ("Aerospace & Defense" is two)."""
    return sum(1 for word in line.split() if any(ch.isalpha() for ch in word))


def _page_title_of(line: str, below: Sequence[str]) -> bool:
    """Whether a line is a page title: site and section names before a headline that a line
    below prints on its own."""
    parts = re.split(r"\s+[-–—|>»]\s+", line)
    return len(parts) >= 2 and any(_same(parts[-1], other) for other in below if other)


def _is_furniture(line: str) -> bool:
    return (
        clean.is_boilerplate(line)
        or meta.is_metadata_line(line)
        or clean.is_foreign_script(line)
        or meta.is_outlet_line(line)
        or meta.is_navigation(line)
    )


def _strip_site(title: str | None) -> str | None:
    if not title:
        return None
    title = re.split(r"\s+[>»]\s+", title)[-1]  # "Embassy News > <headline> | <site>": a breadcrumb's last step
    parts = re.split(r"\s+[|–—]\s+|\s+-\s+(?=[A-Z][\w ]{0,30}$)", title)
    kept = [p for p in parts if outlets().get(p) is None]
    return (kept[0] if kept else title).strip() or None


def _same(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().casefold()

    return norm(a) == norm(b) or norm(meta.take_flags(a)[0]) == norm(meta.take_flags(b)[0])


def _find_dateline(lines: Sequence[str], evidence: _Evidence) -> tuple[meta.Dateline | None, int | None]:
    """The dateline: at the start of a line above or in the lead, or a city alone on the line
    just above the lead."""
    lead = _lead_index(lines, None)
    for index, line in enumerate(lines[: min(len(lines), max(_HEAD_LINES + 5, lead + 1))]):
        found = meta.find_dateline(line)
        if found is not None:
            evidence.offer(found.outlet, 0)
            return found, index
        city = meta.city_line(line)
        if city is not None and 0 < lead - index <= 2:
            return meta.Dateline(city.upper(), None, None, len(line)), index
    return None, None


# -- the story -------------------------------------------------------------------------------


def _story_lines(
    lines: list[str],
    headline_at: int | None,
    dateline_at: int | None,
    dateline: meta.Dateline | None,
    family: Family,
    evidence: _Evidence,
) -> tuple[list[str], list[tuple[str, str]], int]:
    """The lines of the story, the sound bites met, and the index of the lead line in the result."""
    kept: list[str] = []
    bites: list[tuple[str, str]] = []
    lead_at = 0
    signed_off = False
    in_link_list = False
    for index, raw in enumerate(lines):
        if index == headline_at:
            kept.extend([raw, ""])  # the headline is a paragraph of its own
            continue
        line = raw
        if index == dateline_at and dateline is not None:
            line = raw[dateline.end :].strip() if dateline.end < len(raw) else ""
            if kept and kept[-1] != "":
                kept.append("")  # the lead starts a paragraph
            lead_at = len(kept)
            if not line:
                continue
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if signed_off and (family is Family.BROADCAST or len(line) < 160 or clean.is_boilerplate(line)):
            continue
        if index > (dateline_at or 0) and meta.is_end_mark(line):
            signed_off = signed_off or index >= len(lines) * 0.5
            continue  # "(END)", "arb-pa/dva": the story stops here
        if clean.heads_link_list(line):
            in_link_list = True
            continue
        if in_link_list and clean.is_link_list_item(line):
            continue
        in_link_list = False
        if _is_furniture(line) and index != dateline_at:
            continue
        line = clean.strip_transcript_mark(line)
        if not line:
            continue
        bite = clean.sound_bite(line)
        if bite is not None:
            who, words = bite
            bites.append((who, words))
            line = f"{who}: {words}"
        kept.append(line)
        if meta.find_signoff(line) is not None and index >= len(lines) * 0.5:
            signed_off = True
    while kept and kept[-1] == "":
        kept.pop()
    return kept, bites, lead_at


def _lead_paragraph(paragraphs: Sequence[str], kept: Sequence[str], lead_at: int) -> int:
    """The index among paragraphs of the paragraph holding the lead line."""
    if lead_at <= 0 or lead_at >= len(kept):
        return 0
    lead_words = " ".join(kept[lead_at].split())[:60]
    for index, paragraph in enumerate(paragraphs):
        if lead_words and lead_words in paragraph:
            return index
    return 0


def _join(paragraphs: Sequence[str]) -> tuple[str, list[Span]]:
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return "\n\n".join(paragraphs), spans


def _quotes(bites: Sequence[tuple[str, str]], body: str) -> list[Quote]:
    quotes, cursor = [], 0
    for who, words in bites:
        at = body.find(f"{who}: {words}", cursor)
        if at < 0:
            continue
        start = at + len(who) + 2
        _, name = clean.split_title_name(who)
        quotes.append(Quote(text=words, span=Span(start, start + len(words)), speaker=name))
        cursor = start + len(words)
    return quotes


def _reporters(evidence: _Evidence, body: str) -> list[Actor]:
    country = evidence.outlet.country if evidence.outlet else None
    actors: dict[str, Actor] = {}
    for name in evidence.reporters:
        key = fold_name(name)
        mentions = tuple(Span(m.start(), m.end()) for m in re.finditer(re.escape(name), body))
        if key in actors:
            known = actors[key]
            actors[key] = attrs.evolve(
                known,
                aliases=(*known.aliases, name) if name not in known.aliases else known.aliases,
                mentions=tuple(sorted(set(known.mentions + mentions))),
            )
        else:
            actors[key] = Actor(kind=ActorKind.PERSON, name=name, title="reporter", country=country, mentions=mentions)
    return list(actors.values())


# -- the date --------------------------------------------------------------------------------


def _published(
    document: Document,
    explicit: tuple[PartialDate, str] | None,
    dateline: meta.Dateline | None,
    paragraphs: Sequence[str],
    has_headline: bool,
    options: ParseOptions,
) -> tuple[PartialDate | None, str | None]:
    if explicit is not None:
        return explicit[0], f"explicit: {explicit[1]}"
    if document.published:
        declared = parse_date(document.published)
        if declared is not None:
            return declared, f"explicit: declared by the page or record ({document.published.strip()[:40]})"
    story = list(paragraphs[1:] if has_headline else paragraphs)
    lead = " ".join(story[:2])
    constraints = gather_constraints(
        story, dateline=dateline.month_day if dateline else None, lead=lead, gazetteer=options.gazetteer
    )
    if options.reference_date is not None:
        constraints.append(_reference(options.reference_date))
    return infer_date(constraints)


def _reference(reference: PartialDate) -> Constraint:
    hi = reference.last_day
    lo = hi - dt.timedelta(days=366)
    return Constraint(f"reference date {reference}", lambda d: lo <= d <= hi, (lo, hi))
