"""Detectors for an article's metadata lines: datelines, flags, headlines, sign-offs, bylines,
source and copyright lines, labelled dates.  Each reads one line (or a few) and says what it
found; the pipeline decides what to keep.  All patterns are general shapes of news layout."""

from __future__ import annotations

import re

import attrs

from kdiplomacy import _resources
from kdiplomacy.clean import LETTERS, LOWER, UPPER, is_boilerplate, is_foreign_script
from kdiplomacy.dates import MONTH_PATTERN, MonthDay, find_date_expressions, parse_month_day
from kdiplomacy.model import Country, PartialDate, Precision
from kdiplomacy.model.country import alias_entries
from kdiplomacy.parsers._outlets import Outlet, outlets

_MONTH_DAY = rf"{MONTH_PATTERN} \d{{1,2}}"
_NAME = rf"[{UPPER}][{LETTERS}'’]+(?:(?: [{UPPER}]|-[{LETTERS}])[{LOWER}'’]+){{1,3}}"
_FLAG = re.compile(r"^\s*\(([^()]{1,40})\)\s*")
# Reuters-style prefixes: "UPDATE 2-", "REFILE-", "EXCLUSIVE-", "ANALYSIS-".
_PREFIX_FLAG = re.compile(
    r"^\s*((?:UPDATE|WRAPUP|CORRECTED|REFILE|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|BREAKINGVIEWS|RPT|URGENT)"
    r"(?: \d+)?)\s?-\s*(?=\S)"
)
_LABELLED_DATE = re.compile(
    r"\b(date|dated|published(?: on| at)?|publication date|posted(?: on)?|created|written|write|input|"
    r"issued(?: on)?|"
    r"first published|updated|modified(?: on)?|last updated|edited|입력|기사입력|등록|수정|발행)\s*[:：]?\s*",
    re.I,
)
_DIGIT = re.compile(r"\d")
# A time of day a label may give before its date.
_TIME_FIRST = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s+", re.I)
_LATE_LABELS = ("updated", "modified", "modified on", "last updated", "edited", "수정")
_SOURCE_LINE = re.compile(
    r"^(?:source|sources|via|courtesy(?: of)?|"
    r"(?:this (?:article|story) (?:was|is) )?originally published (?:by|at|in|on)|"
    r"(?:this (?:article|story) )?(?:first )?appeared (?:first )?(?:in|on)|republished (?:with permission )?from)"
    r"\s*[:|-]?\s*(.{2,80}?)\.?$",
    re.I,
)
_BYLINE = re.compile(r"^by\s+(.{2,120})$", re.I)
# Linear: a match may start only where an address can (not inside a run of its characters),
# and every part is bounded, so a megabyte of hyphens costs one pass, not one pass per hyphen.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})")
_REPORTING_BY = re.compile(r"\b(?:reporting|writing|additional reporting) by ([^;.]{2,120})", re.I)
_CONTRIBUTED = re.compile(
    # Names are separated by a comma or "and", never by a space alone: a name holds spaces, so
    # a bare space would let a run of words split into names in exponentially many ways.
    rf"\b(?:Associated Press|AP|AFP|Reuters) writers? ({_NAME}(?:(?:,|,? and) {_NAME})*) in [A-Z]",
    re.I,
)
_REPORTER_REPORTS = re.compile(
    rf"\b(?:[Rr]eporter|[Cc]orrespondent) ({_NAME}) reports\b"
    rf"|\b({_NAME}),? reporting (?:from|for)\b"
    rf"|\b[Cc]orrespondent(?: in [A-Z][a-z]+)?,? ({_NAME}),? (?:has|reports|joins)\b"
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright(?: holder)?)\s*(?:\(c\)\s*)?(?:\d{4}\s*)?(?:by\s+)?(?:the\s+)?([A-Za-z][\w&.' -]{1,50})",
    re.I,
)
_THANKS_TO = re.compile(r"made available thanks to (.{2,80}?)(?:['’]s\b.*| by .{2,60})?\s*$", re.I)


@attrs.frozen
class Dateline:
    """A dateline found at the start of a line."""

    city: str
    month_day: MonthDay | None
    outlet: Outlet | None
    end: int  # where the story text begins on the line


@attrs.frozen
class SignOff:
    """A broadcast or wire sign-off naming the reporter and the outlet."""

    reporter: str
    outlet: Outlet | None


@_resources.cached
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    wire = re.compile(
        # "SEOUL/ABU DHABI, Dec 28 (Reuters) -": a story filed from two cities names both
        rf"^(?P<city>[A-Z][A-Za-z.'’-]*(?:[ /][A-Z][A-Za-z.'’-]*){{0,3}})"
        rf"(?:, (?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){{0,2}}))?"
        rf",? ?(?P<date>{_MONTH_DAY})?(?:,? \d{{4}})? ?"
        # "(Yonhap) --", or an agency named bare before a dash: "BEIJING, May 27 Kyodo -"
        rf"(?:\((?P<outlet>{outlets().alternation})\)\s*(?:--|—|–|-|:|//)?"
        # ... or alone at the end of the dateline's own line: "SEOUL, Aug. 6 Kyodo"
        rf"|(?P<bare>{outlets().alternation})(?: (?:--|—|–|-)|\s*$))\s*",
        re.I,
    )
    plain = re.compile(
        rf"^(?P<city>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){{0,3}})"
        r"(?:, (?:South |North )?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?= - |:))?"  # "GYEONGJU, South Korea -"
        rf"(?:, (?P<date>{_MONTH_DAY}))?"
        r"\s*(?::|--|—|–|//| - )\s*(?=\S)"
    )
    piped = re.compile(rf"^(?P<outlet>{outlets().alternation}) \| (?P<city>[A-Za-z.' -]{{2,30}}) \|", re.I)
    return wire, plain, piped


@_resources.cached
def _cities() -> frozenset[str]:
    names = {alias.casefold() for _, alias, kind in alias_entries() if kind == "capital"}
    names |= _resources.read_words("cities.txt")
    return frozenset(names)


def city_line(line: str) -> str | None:
    """A line that is only a dateline city ("ANKARA"), as some pages print it above the lead."""
    text = line.strip().rstrip(":—–-").strip()
    if text.isupper() and 3 <= len(text) <= 30 and text.casefold() in _cities():
        return text
    return None


def byline_outlet(line: str) -> Outlet | None:
    """An outlet a byline names: "By Yoon Ha-kyung (The Korea Times)", "By Yonhap", "KENTA
    MATSUDA, Nikkei staff writer"."""
    text = line.strip()
    byline = _BYLINE.match(text)
    if byline:
        return outlets().search(byline.group(1))
    return outlets().search(text) if _SIGNED_BY.match(text) else None


def _may_open_a_wire_dateline(line: str) -> bool:
    # The wire pattern names its agency in brackets, bare before a dash after a space, or bare at
    # the end of the line; most lines have none of these, and are spared its many ways of failing.
    return "(" in line or " -" in line or " —" in line or " –" in line or line.rstrip()[-1:].isalpha()


@_resources.per_document
def find_dateline(line: str) -> Dateline | None:
    """A dateline opening ``line``: ``SEOUL, Nov. 30 (Yonhap) --``, ``TOKYO (Reuters) -``,
    ``SEOUL, South Korea (AP) —``, ``SEOUL:`` or ``Reuters | Seoul | Updated: ...``."""
    wire, plain, piped = _dateline_patterns()
    match = wire.match(line) if _may_open_a_wire_dateline(line) else None
    if match and (match.group("city").isupper() or match.group("city").casefold() in _cities()):
        date = parse_month_day(match.group("date")) if match.group("date") else None
        outlet = outlets().get(match.group("outlet") or match.group("bare"))
        return Dateline(match.group("city").upper(), date, outlet, match.end())
    match = plain.match(line)
    if match and match.group("city").casefold() in _cities():
        date = parse_month_day(match.group("date")) if match.group("date") else None
        return Dateline(match.group("city").upper(), date, None, match.end())
    match = piped.match(line)
    if match and match.group("city").strip().casefold() in _cities():
        return Dateline(match.group("city").strip().upper(), None, outlets().get(match.group("outlet")), len(line))
    return None


def take_flags(headline: str) -> tuple[str, tuple[str, ...]]:
    """Strip leading wire flags: ``(2nd LD) FM calls ...`` -> (``FM calls ...``, ("2nd LD",))."""
    flags: list[str] = []
    while True:
        match = _FLAG.match(headline) or _PREFIX_FLAG.match(headline)
        if not match:
            return headline.strip(), tuple(flags)
        flags.append(" ".join(match.group(1).split()))
        headline = headline[match.end() :]


def labelled_dates(line: str) -> list[tuple[str, PartialDate]]:
    """Dates a line labels ("Updated: 26-11-2020 14:22 IST", "Posted on : 2017-07-01"), as
    (label, date), in the order written."""
    found: list[tuple[str, PartialDate]] = []
    if not _DIGIT.search(line):
        return found  # every date expression has a year
    for label in _LABELLED_DATE.finditer(line):
        rest = line[label.end() : label.end() + 60]
        rest = _TIME_FIRST.sub("", rest, count=1)  # "Published: 9:30am, 5 Sep 2025"
        expressions = find_date_expressions(rest)
        if expressions and expressions[0][0].start() <= 2:
            found.append((label.group(1).casefold(), expressions[0][1]))
    return found


def is_metadata_line(line: str) -> bool:
    """Whether a line is only metadata (a labelled date, a piped masthead line, a source or
    byline line) and not story text."""
    text = line.strip()
    if not text or len(text) > 200:
        return False
    if labelled_dates(text):
        dates = find_date_expressions(text)
        covered = sum(m.end() - m.start() for m, _ in dates)
        labels = sum(m.end() - m.start() for m in _LABELLED_DATE.finditer(text))
        if covered + labels >= 0.5 * len(text) or "|" in text:
            return True
    if text.count("|") >= 2 and find_date_expressions(text):
        return True
    if " | " in text and any(is_outlet_line(p) or _BYLINE.match(p) for p in split_pipes(text)):
        return True
    if is_outlet_line(text):
        return True
    return bool(_SOURCE_LINE.match(text) or _BYLINE.match(text) or (_REPORTING_BY.search(text) and len(text) < 150))


# What may stand beside the date on a line that is only a date: times, zones, "at", separators.
_DATE_LINE_REST = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:[ap]\.?m\.?|KST|IST|JST|GMT|UTC|EST|EDT|ET|CST|BST|CET|CEST|at|on)\b"
    r"(?:[+-]\d{1,2}\b)?|\bupdated(?: \d{1,2} (?:minutes?|hours?|days?) ago)?\b|[|,.:/()\-–—]",
    re.I,
)


def date_line(line: str) -> PartialDate | None:
    """The date of a line that is only a date, or a date beside a short masthead between
    pipes: ``2020/08/22 18:03``, ``April 26, 2023, at 5:58 p.m.``, ``KBS NEWS 9 | 2019.12.24 21:14``,
    ``Nov 26, 2023 | KYODO NEWS``.  The date must be known to the day.

    >>> date_line("KBS NEWS 9 | 2019.12.24 21:14")
    PartialDate(year=2019, month=12, day=24)
    >>> print(date_line("Talks resumed on Nov. 3, 2020 in Seoul."))
    None
    """
    text = line.strip()
    if not text or len(text) > 80:
        return None
    parts = [part.strip() for part in text.split("|")] if "|" in text else [text]
    for part in parts:
        found = find_date_expressions(part)
        if len(found) != 1 or found[0][1].precision is not Precision.DAY:
            continue
        match, date = found[0]
        rest = _DATE_LINE_REST.sub(" ", part[: match.start()] + " " + part[match.end() :]).split()
        others = [p for p in parts if p is not part]
        masthead = bool(rest) and outlets().get(" ".join(rest)) is not None  # "KYODO NEWS - Oct 30, 2025"
        if (not rest or masthead) and all(len(other.split()) <= 4 for other in others):
            return date
    return None


def best_labelled_date(lines: list[str]) -> tuple[PartialDate, str] | None:
    """The article date among labelled dates: a publication label beats an update label, and
    either beats a line that is only a date (:func:`date_line`)."""
    early: list[tuple[PartialDate, str]] = []
    late: list[tuple[PartialDate, str]] = []
    bare: list[tuple[PartialDate, str]] = []
    for line in lines:
        labelled = labelled_dates(line)
        for label, date in labelled:
            (late if label in _LATE_LABELS else early).append((date, f"{label}: {date}"))
        if not labelled and (alone := date_line(line)) is not None:
            bare.append((alone, f"date line: {line.strip()[:40]}"))
    chosen = early or late or bare
    return chosen[0] if chosen else None


def source_outlet(line: str) -> Outlet | None:
    """The outlet a "Source: ..." / "Via ..." line names."""
    match = _SOURCE_LINE.match(line.strip())
    if not match:
        return None
    return outlets().get(match.group(1)) or outlets().search(match.group(1))


def copyright_outlet(line: str) -> Outlet | None:
    """The outlet a copyright notice names."""
    match = _COPYRIGHT.search(line)
    return outlets().search(match.group(0)) if match else None


def aggregator_thanks(line: str) -> str | None:
    """The republisher a "This page is made available thanks to X" line names."""
    match = _THANKS_TO.search(line)
    return match.group(1).strip() if match else None


def layout_aggregator(text: str) -> Outlet | None:
    """An aggregator recognised by the layout it prints around republished stories."""
    for pattern, name in outlets().layouts:
        if pattern.search(text):
            return outlets().get(name)
    return None


@_resources.cached
def _signoff_patterns() -> list[re.Pattern[str]]:
    outlet = rf"(?P<outlet>{outlets().alternation})"
    name = rf"(?P<name>{_NAME})"
    return [
        re.compile(rf"^This is {outlet}(?:['’]s?)? {name}(?: reporting)?\.?$"),
        re.compile(rf"^{name}, {outlet}(?: News)?\.?$"),
        re.compile(rf"^{outlet}(?: News)?,? {name},? reporting\.?$"),
        re.compile(rf"^{name},? reporting for {outlet}(?: News)?\.?$"),
        re.compile(rf"^I['’]m {name}(?:,)? (?:for|from|of|with) {outlet}(?: News)?\.?$"),
        re.compile(rf"^{name},? {outlet}(?: News)?,? [A-Z][a-z]+(?: [A-Z][a-z]+)?\.?$"),  # "..., Kuala Lumpur."
    ]


# A wire story's end mark: "(END)", "-ends-", "###", AFP's desk initials ("arb-pa/dva").
# Desk initials are lower case: "US/UK" is no end mark.
_END_MARK = re.compile(
    r"(?i:\(END\)|END|-+\s*ends?\s*-+|/ends?)|#{3,}|\*{3,}|[a-z]{2,6}(?:-[a-z]{2,6})*(?:/[a-z]{2,6})+"
)


def is_end_mark(line: str) -> bool:
    """Whether a line is a wire story's end mark: "(END)", "-ends-", "###", "arb-pa/dva".

    >>> is_end_mark("(END)"), is_end_mark("arb-pa/dva"), is_end_mark("The end of talks.")
    (True, True, False)
    """
    return _END_MARK.fullmatch(line.strip()) is not None


def find_signoff(line: str) -> SignOff | None:
    """A sign-off line: "This is YTN Hong Seon-gi.", "Kim Min-ji, Arirang News.",
    "KBS News, Lee Jae-hee reporting.", "I'm Kim Ji-yeon for Arirang News."."""
    text = line.strip()
    if len(text) > 120:
        return None
    for pattern in _signoff_patterns():
        match = pattern.match(text)
        if match:
            return SignOff(match.group("name"), outlets().get(match.group("outlet")))
    return None


def reporters_in(line: str) -> list[str]:
    """Reporter names a line gives: "Reporter Hong Sun-ki reports.", "By Kim Han-joo",
    "Reporting by ...", "Associated Press writer ... contributed"."""
    names: list[str] = []
    match = _REPORTER_REPORTS.search(line)
    if match:
        names.append(next(group for group in match.groups() if group))
    match = _BYLINE.match(line.strip())
    if match:
        names += names_in(match.group(1))
    for match in _REPORTING_BY.finditer(line):
        names += names_in(match.group(1))
    match = _CONTRIBUTED.search(line)
    if match:
        names += names_in(match.group(1))
    match = _SIGNED_BY.match(line.strip())
    if match:
        names += names_in(match.group(1))
    return names


# A line that is only a name and an address ("Park Min-hyuk mhpark@donga.com"), or a name and a
# staff role ("KENTA MATSUDA, Nikkei staff writer").
_SIGNED_BY = re.compile(
    r"([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3})"
    r"(?:\s+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
    r"|, (?:an? )?(?:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3} )?"
    r"(?:staff writer|staff reporter|senior writer|correspondent))$"
)


# The staff role on the line under a bare byline ("Philippines Correspondent", "Staff Writer").
_ROLE_LINE = re.compile(
    r"(?:[A-Z][\w.'-]*\s+){0,3}(?:Correspondent|Reporter|Writer|Bureau Chief|Editor|Columnist)s?", re.I
)
_BYLINE_GLUE = re.compile(r"\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|,|\band\b|&")


def bare_bylines(lines: list[str]) -> list[str]:
    """Reporters named on a line of names alone, above a date or a staff role ("Seo Min-jae" /
    "June 21, 2024"; "Mara Villanueva" / "Philippines Correspondent"; "Lam Ka-yan in Beijing and
    Ahn So-hee in Seoul" / "Published: ..."), or before an agency in a piped line ("Rakesh Menon
    | TNN | Updated: ...")."""
    found: list[str] = []
    for index, line in enumerate(lines):
        pieces = split_pipes(line)
        if len(pieces) >= 2 and outlets().get(pieces[1]) is not None:
            found += _only_names(pieces[0])
        elif index + 1 < len(lines):
            following = lines[index + 1].strip()
            if _ROLE_LINE.fullmatch(following) or date_line(following) or labelled_dates(following):
                found += _only_names(line)
    return found


def _only_names(text: str) -> list[str]:
    """The names of a text that holds nothing but names (and "in <city>", commas, "and")."""
    text = text.strip()
    if len(text.split()) > 12 or _ROLE_LINE.fullmatch(text):
        return []
    names = names_in(text)
    rest = _BYLINE_GLUE.sub(" ", text)
    for name in names:
        rest = rest.replace(name, " ")
    return names if names and not rest.strip() else []


def names_in(text: str) -> list[str]:
    """Person names in a byline's text ("Kim Han-joo and Lee Minji", "PARK EUN-JEE [mail]")."""
    text = _EMAIL.sub("", re.sub(r"^\s*by\s+", "", text, flags=re.I))
    text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)  # "(The Korea Times)", "[mail]"
    text = re.sub(r"\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", "", text)  # "... in TOKYO"
    text = re.split(r"\s[|/]\s|;", text)[0]
    text = re.sub(r"\s+(?:Staff|Senior) (?:Reporter|Writer)s?$", "", text, flags=re.I)  # "By X<br>Staff Reporter"
    names = []
    for piece in re.split(r",\s*|\s+and\s+|\s*&\s*", text):
        name = " ".join(piece.split()).strip(" .,")
        if name.isupper() and len(name) > 3:  # "PARK EUN-JEE" -> "Park Eun-Jee"
            name = name.title()
        if outlets().get(name) is not None or Country.resolve(name) is not None:
            continue
        if re.fullmatch(_NAME, name):
            names.append(name)
    return names


def email_outlet(line: str) -> Outlet | None:
    """The outlet whose domain an e-mail address on the line belongs to."""
    for match in _EMAIL.finditer(line):
        outlet = outlets().from_domain(match.group(1))
        if outlet is not None:
            return outlet
    return None


# Reuters' credit line: "(Reporting by X in Seoul; Editing by Y)", a house style no other wire uses.
_REUTERS_CREDIT = re.compile(r"^\((?:[^()]*;\s*)?(?:Additional )?[Rr]eporting by [^()]*;\s*Editing by [^()]*\)$")


def credit_outlet(line: str) -> Outlet | None:
    """The wire a credit line's house style names: Reuters' "(Reporting by ...; Editing by ...)"."""
    return outlets().get("Reuters") if _REUTERS_CREDIT.match(line.strip()) else None


_MASTHEAD_NAME = re.compile(r"([A-Za-z][\w .&'-]{1,40}?)\s+[-–—|]\s+")


def masthead(lines: list[str]) -> str | None:
    """The site name printed above a page's menus (its first line, when a menu or widget line
    follows within two lines): "Peninsula Briefing", "GlobalAsia Digest — Your daily window ..."."""
    head = [line for line in lines[:8] if line.strip() and not is_boilerplate(line)]
    if not head or find_dateline(head[0]) is not None:
        return None
    named = _MASTHEAD_NAME.match(head[0].strip())
    if named and outlets().get(named.group(1)) is not None:
        return named.group(1)  # "KYODO NEWS - Oct 30, 2025 - 22:47 | Politics"
    if find_date_expressions(head[0]):
        return None
    parts = re.split(r"\s+[|>»]\s+", head[0].strip())
    if len(parts) >= 3 and len(parts[0].split()) <= 5:  # "K-Peninsula Watch | North Korea | ..."
        return parts[0].strip()
    if len(head) < 2 or len(head[0].split()) > 9:
        return None
    names_outlet = len(head[0].split()) <= 5 and outlets().search(head[0]) is not None
    if not names_outlet and not any(is_navigation(line) for line in head[1:3]):
        return None
    name = re.split(r"\s+[—–|:>»-]\s+", head[0].strip())[0]
    name = "".join(ch for ch in name if ch.isascii()).strip(" .,|")
    if name.isupper() and len(name) > 5 and " " in name:  # "EAST ASIA DIPLOMACY NOW"
        name = name.title()
    return name if len(name) >= 2 else None


def is_navigation(line: str) -> bool:
    """Whether a line is a menu, breadcrumb trail or widget row."""
    text = line.strip()
    if len(text) <= 80 and " / " in text and len(text.split()) <= 6:
        return True  # "Diplomacy / Korea-Japan"
    if len(re.split(r"\s{2,}", text)) >= 4 and len(text.split()) <= 12:
        return True  # "Home   World   Korea   China": menu items set apart by wide spaces
    return text.count("|") >= 2 or " > " in text or is_boilerplate(text) or is_foreign_script(text)


def split_pipes(line: str) -> list[str]:
    """The parts of a line of fields joined by pipes ("Chosun Ilbo | By Kwon Min-seo")."""
    return [part.strip() for part in line.split(" | ") if part.strip()] if " | " in line else [line]


def is_outlet_line(line: str) -> bool:
    """Whether a line is only an outlet's name ("The Korea Times")."""
    return len(line) <= 60 and outlets().get(line) is not None


# Short words a title-cased headline leaves in lower case.
_TITLE_CASE_MINOR = frozenset({"and", "the", "for", "but", "nor", "yet", "via", "per", "from", "with", "into", "over"})


def _title_cased(text: str) -> bool:
    """Whether every word of three letters or more is capitalised, but a headline's minor words
    ("Seoul and Hanoi Have Upgraded Their Ties. Now Comes the Hard Part."; a sentence of names
    still has a lower-case "met")."""
    words = [w for w in text.split() if len(w) >= 3 and w[:1].isalpha() and w.casefold() not in _TITLE_CASE_MINOR]
    return len(words) >= 3 and all(word[:1].isupper() for word in words)


def looks_like_headline(line: str) -> bool:
    """Whether a first line reads as a headline rather than a sentence of the story."""
    text = line.strip()
    if not 12 <= len(text) <= 250 or find_dateline(text) is not None:
        return False
    if text.endswith(".") and not text.endswith(("..", "U.S.", "N.K.")) and not _title_cased(text):
        return False  # a sentence; a title-cased line may still end in one ("... Now Comes the Hard Part.")
    return sum(ch.isalpha() for ch in text) >= 0.6 * len(text)
