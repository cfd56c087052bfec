"""Cleaning: page furniture, transcript marks, sound bites, broken words, repeated paragraphs.

Every rule here is a general pattern kept in a data file (``data/boilerplate.txt``,
``data/widget_words.txt``, ``data/transcript_marks.txt``, ``data/title_words.txt``,
``data/common_words.txt``), never a particular article's wording.  The functions work on lines
and paragraphs of plain text; the parsers decide the order in which to apply them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from kdiplomacy import _resources
from kdiplomacy._caseless import Caseless
from kdiplomacy.model import Country

__all__ = [
    "assemble_paragraphs",
    "drop_repeated_paragraphs",
    "heads_link_list",
    "is_boilerplate",
    "is_foreign_script",
    "is_link_list_item",
    "join_broken_words",
    "sound_bite",
    "split_title_name",
    "strip_transcript_mark",
]

_WIDGET_SEPARATORS = re.compile(r"[\s|·•/>»,:*]+")
_BRACKET_MARK = re.compile(r"\[([^\[\]]{1,40})\]\s*")
_SOUND_BITE = re.compile(r"\[([^\[\]:]{2,150}):\s*([^\[\]]+)\]")
_SOUND_BITE_LABELLED = re.compile(r"\[(?:soundbite|sound bite|sot|interview)\]\s*([^:\[\]]{2,150}?)\s*:\s*(.+)", re.I)
_WORD_END = re.compile(r"([A-Za-z]+)$")
_WORD_START = re.compile(r"^([a-z]+)")
_WORDS = re.compile(r"[A-Za-z]+")
_CONTAINMENT_WINDOW = 120
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z])")
_HYPHENATED = re.compile(r"[a-z]+-[a-z]+")
#: Upper-case and all letters of the Latin scripts news uses for names ("Błaszczak", "Müller",
#: and Vietnamese "Nguyễn Xuân Phúc" from Latin Extended Additional).
_LATIN = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
UPPER = "A-Z" + "".join(chr(c) for c in _LATIN if chr(c).isupper() and chr(c).isalpha())
LETTERS = "A-Za-z" + "".join(chr(c) for c in _LATIN if chr(c).isalpha())
LOWER = "a-z" + "".join(chr(c) for c in _LATIN if chr(c).islower())
#: A capitalised word of a name, and the lower-case particles names carry ("bin", "von der").
NAME_WORD = rf"[{UPPER}][{LETTERS}'’]*(?:-[{LETTERS}]+)*"
NAME_PARTICLES = frozenset(
    {"bin", "bint", "al", "el", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "del"}
)
_NAME_TOKEN = re.compile(rf"{NAME_WORD}\.?")
#: An Arabic article joined to the name it precedes ("Khalifa bin Zayed al-Nahyan", "el-Sisi").
JOINED_PARTICLE = rf"(?:al|el)-{NAME_WORD}"
JOINED_TOKEN = re.compile(JOINED_PARTICLE)


_NEVER = r"(?!)"


@_resources.cached
def _boilerplate_kinds() -> dict[str, Caseless]:
    """The patterns of ``boilerplate.txt`` by kind ("=" whole line, "~" contained, "^" a link
    list's heading), each kind joined into one alternation (one regex pass a line instead of
    one a pattern; a line matches the alternation exactly when it matches one of its patterns)."""
    kinds: dict[str, list[str]] = {"=": [], "~": [], "^": []}
    for line in _resources.read_text("boilerplate.txt").splitlines():
        if line[:2] in ("= ", "~ ", "^ "):
            kinds[line[0]].append(line[2:])
    return {kind: _alternation(patterns) for kind, patterns in kinds.items()}


def heads_link_list(line: str) -> bool:
    """Whether a line heads a list of links to other stories ("Related Articles", "More from
    Asia-Pacific", "Read more").

    >>> heads_link_list("More from Asia-Pacific"), heads_link_list("More talks are planned.")
    (True, False)
    """
    return _boilerplate_kinds()["^"].fullmatch(line.strip()) is not None


_LIST_ITEM = re.compile(r"^\s*(?:[-–•·>»▶▪*]\s+|\d{1,2}[.)]\s+)")


def is_link_list_item(line: str) -> bool:
    """Whether a line under a link list's heading is one of its items: a bullet, or a short
    line that does not end a sentence (a headline)."""
    text = line.strip()
    return bool(_LIST_ITEM.match(text)) or (len(text) <= 120 and not text.endswith((".", '"', "”", ":")))


def _alternation(patterns: list[str]) -> Caseless:
    for pattern in patterns:
        re.compile(pattern, re.I)  # a bad pattern fails here, alone, not inside the alternation
    return Caseless("|".join(f"(?:{p})" for p in patterns) if patterns else _NEVER)


@_resources.per_document
def is_boilerplate(line: str) -> bool:
    """Whether a line is page furniture: widgets, menus, comment forms, cookie, copyright and
    contact notices, empty template labels.

    >>> is_boilerplate("Leave a Reply")
    True
    >>> is_boilerplate("Share | Print | Font size A+ A-")
    True
    >>> is_boilerplate("Seoul will work closely with Tokyo.")
    False
    """
    text = line.strip()
    if not text:
        return False
    if len(text) <= 80:
        # Icon glyphs and one-letter icon labels ("f Share t Tweet ✉ Email") count as separators.
        chunks = [c for c in _WIDGET_SEPARATORS.split(text.casefold()) if len(c) > 1 and any(ch.isalnum() for ch in c)]
        if chunks and all(c in _resources.read_words("widget_words.txt") for c in chunks):
            return True
    kinds = _boilerplate_kinds()
    whole, contains = kinds["="], kinds["~"]
    if whole.fullmatch(text):
        return True
    return len(text) <= 400 and contains.search(text) is not None


def is_foreign_script(line: str) -> bool:
    """Whether most letters of a line are in a script other than Latin (menus in Korean, say)."""
    if line.isascii():  # every letter Latin (the common case, decided without a scan)
        return False
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        return False
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return latin / len(letters) < 0.5


def strip_transcript_mark(line: str) -> str:
    """The line without a leading transcript mark ("[Anchor]", "[Reporter]", "[Pkg]", ...).

    A line that is only a mark becomes empty.

    >>> strip_transcript_mark("[Anchor Lead] The minister left for Tokyo.")
    'The minister left for Tokyo.'
    """
    text = line.strip()
    while True:
        match = _BRACKET_MARK.match(text)
        if not match or match.group(1).strip().casefold() not in _resources.read_words("transcript_marks.txt"):
            return text
        text = text[match.end() :]


def sound_bite(line: str) -> tuple[str, str] | None:
    """A broadcast sound bite as ``(who, words)``, or None.

    Reads ``[Title Name: words]`` and ``[Soundbite] Title Name: words``.

    >>> sound_bite("[U.S. Deputy Secretary of State Kurt Campbell: We plan talks]")
    ('U.S. Deputy Secretary of State Kurt Campbell', 'We plan talks')
    """
    text = line.strip()
    match = _SOUND_BITE.fullmatch(text) or _SOUND_BITE_LABELLED.fullmatch(text)
    if not match:
        return None
    who, words = match.group(1).strip(), match.group(2).strip()
    if not words or not any(ch.isupper() for ch in who[:1]):
        return None
    return who, words


def split_title_name(who: str) -> tuple[str | None, str]:
    """Split "Title Name" into the title (without a country adjective) and the name.

    The name is the trailing run of capitalised words that are not title words.

    >>> split_title_name("Minister of Foreign Affairs Cho Tae-yeol")
    ('Minister of Foreign Affairs', 'Cho Tae-yeol')
    >>> split_title_name("U.S. Deputy Secretary of State Kurt Campbell")
    ('Deputy Secretary of State', 'Kurt Campbell')
    """
    tokens = who.split()
    titles = _resources.read_words("title_words.txt")
    cut = len(tokens)
    while cut > 0 and len(tokens) - cut < 5:
        token = tokens[cut - 1]
        inner_particle = token in NAME_PARTICLES and cut < len(tokens) and cut > 1
        joined = JOINED_TOKEN.fullmatch(token.strip(",")) is not None and cut > 1
        if not (inner_particle or joined) and (
            token.casefold().strip(",") in titles or not _NAME_TOKEN.fullmatch(token.strip(","))
        ):
            break
        if cut < len(tokens) and _ends_a_title(token):
            break  # "Commissioner for Internal Market Thierry Breton", "Dresden Park Geun-hye"
        cut -= 1
    while cut < len(tokens) and tokens[cut] in NAME_PARTICLES:
        cut += 1  # a name does not start with its particle
    if cut == len(tokens):
        return None, who.strip()
    name = " ".join(tokens[cut:])
    title_tokens = tokens[:cut]
    # Drop a leading country adjective ("U.S.", "South Korean", "Chinese").
    for width in (2, 1):
        if len(title_tokens) > width and Country.resolve(" ".join(title_tokens[:width])) is not None:
            title_tokens = title_tokens[width:]
            break
    title = " ".join(title_tokens).strip(" ,") or None
    return title, name


def _ends_a_title(token: str) -> bool:
    """Whether a word before a name belongs to what precedes it, not to the name: a noun no
    name holds ("Market", "Committee") or a place ("Dresden")."""
    word = token.strip(",").casefold()
    return (
        word in _resources.read_words("not_name_words.txt")
        or word in _resources.read_words("cities.txt")
        or Country.resolve(token.strip(",")) is not None
    )


def join_broken_words(lines: Sequence[str]) -> list[str]:
    """Rejoin words that a copy or a layout broke across two lines ("coope" / "ration ...").

    A break is rejoined without a space when the first line ends in letters, the next starts in
    lower-case letters, and either the joined word appears elsewhere in the text, or neither
    piece appears elsewhere as a word and neither is a common English word.  A line ending in
    a hyphen before a lower-case letter is rejoined without the hyphen unless the hyphenated
    form appears elsewhere.
    """
    if not any(line[:1].islower() for line in lines[1:]):
        return list(lines)  # no line could continue the one before it
    vocabulary: dict[str, int] = {}
    hyphenated = set(_HYPHENATED.findall("\n".join(lines).casefold()))
    for line in lines:
        for word in _WORDS.findall(line):
            key = word.casefold()
            vocabulary[key] = vocabulary.get(key, 0) + 1
    common = _resources.read_words("common_words.txt")
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower():
            joined = _try_join(out[-1], line, vocabulary, hyphenated, common)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(line)
    return out


def _try_join(
    previous: str, line: str, vocabulary: dict[str, int], hyphenated: set[str], common: frozenset[str]
) -> str | None:
    head = _WORD_END.search(previous.rstrip("-")) if previous.endswith("-") else _WORD_END.search(previous)
    tail = _WORD_START.match(line)
    if head is None or tail is None:
        return None
    first, second = head.group(1), tail.group(1)
    if previous.endswith("-"):
        keep = f"{first}-{second}".casefold() in hyphenated
        return previous + line if keep else previous[:-1] + line
    whole = (first + second).casefold()
    if vocabulary.get(whole, 0) > 0:
        return previous + line
    alone = vocabulary.get(first.casefold(), 0) <= 1 and vocabulary.get(second.casefold(), 0) <= 1
    if alone and first.casefold() not in common and second.casefold() not in common and len(first) >= 2:
        return previous + line
    return None


def assemble_paragraphs(lines: Sequence[str]) -> list[str]:
    """Group cleaned lines into paragraphs.

    When the text separates blocks by blank lines, each block is a paragraph and its line breaks
    are wraps (joined by a space); otherwise every line is a paragraph.
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(" ".join(line.split()))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    uses_blank_lines = len(blocks) > 1 and sum(len(b) for b in blocks) < 2 * len(blocks) + 2
    if uses_blank_lines:
        return [" ".join(block) for block in blocks]
    return [line for block in blocks for line in block]


def _normal(paragraph: str) -> str:
    return " ".join(_WORDS.findall(paragraph.casefold()))


def drop_repeated_paragraphs(paragraphs: Sequence[str], *, lead: int = 0) -> tuple[list[str], int]:
    """Drop paragraphs printed twice, or whose every sentence the story prints elsewhere.

    Of two copies the later is kept when the earlier stands before ``lead`` (the index of the
    story's first paragraph: a teaser above the story repeats what the story says), otherwise
    the earlier.  Returns the kept paragraphs and how many were dropped.
    """
    normals = [_normal(p) for p in paragraphs]
    drop: set[int] = set()
    first_seen: dict[str, int] = {}
    for index, norm in enumerate(normals):  # exact copies: linear
        if len(norm) < 40:
            continue
        earlier = first_seen.setdefault(norm, index)
        if earlier != index:
            drop.add(earlier if earlier < lead <= index else index)
            if earlier in drop:
                first_seen[norm] = index
    # A copy spread inside other paragraphs (a teaser of two sentences that the story prints in
    # two places): every sentence printed elsewhere.  Pairwise, so only over the first
    # paragraphs, where teasers and leads repeat; this bounds the cost on very long inputs.
    window = [i for i in range(min(len(paragraphs), _CONTAINMENT_WINDOW)) if i not in drop]
    for index in window:
        sentences = [_normal(s) for s in _SENTENCE_END.split(paragraphs[index])]
        sentences = [s for s in sentences if s]
        if sum(len(s) for s in sentences) < 40:
            continue
        before = " | ".join(normals[k] for k in window if k < index and k not in drop)
        after = " | ".join(normals[k] for k in window if k > index and k not in drop)
        if all(s in before for s in sentences) or (index < lead and all(s in after for s in sentences)):
            drop.add(index)
    kept = [p for k, p in enumerate(paragraphs) if k not in drop]
    return kept, len(drop)
