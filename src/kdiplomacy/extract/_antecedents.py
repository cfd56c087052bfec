"""Antecedents: which person "he", "she", "the minister" or an unattributed quote points back to.

The antecedent is the person last named as the *subject* of a sentence (the words before the
name are only an opener such as "On China," and title words), so a person named inside a
prepositional or object phrase ("citing a visit by Foreign Minister Wang Yi", "Kang thanked
Wang") does not displace the paragraph's principal speaker.  "She" and "he" skip persons whose
gender the text has shown otherwise: a sentence whose subject is a person and whose only
pronouns are feminine ("Kang ... her counterpart", "Kang ..., she said") makes that person
female, and likewise for masculine ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kdiplomacy import _resources
from kdiplomacy.extract._text import Text
from kdiplomacy.model import Actor

__all__ = ["genders", "last_person_before", "subject_mention"]

# An opener before a sentence's subject: "On China, ", "Speaking at a press conference, ".
_OPENER = re.compile(
    r"^[\"“‘'(\s]*(?:(?:On|In|At|During|After|Before|Earlier|Later|Meanwhile|Separately|Speaking|Asked|When|While|"
    r"With|As|Regarding|Following|Under|According|However|Since|Last|This|Next|Also|Then)\b[^,;\"“”]{0,70},\s+)?"
)
_SPEECH_AFTER = re.compile(r",?\s+(?:also |then |later )?(?:said|says|added|told|stressed|noted|wrote|asked)\b")
_GLUE = frozenset({"the", "of", "and", "'s", "’s"})
_FEMININE = re.compile(r"\b(?:she|her|hers|herself|Ms|Mrs)\b", re.I)
_MASCULINE = re.compile(r"\b(?:he|his|him|himself|Mr)\b", re.I)


def subject_mention(text: Text, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a sentence's subject: a speech verb follows it
    ('..., Moon said'), or only an opener and title or country words stand before it ("On
    China, Kang stressed", "South Korea's Kang Kyung-wha held"), not a verb ("Kang thanked Wang")."""
    if _SPEECH_AFTER.match(text.body, end):
        return True
    sentence = text.sentence_at(start)
    prefix = text.body[sentence.start : start]
    opener = _OPENER.match(prefix)
    rest = prefix[opener.end() :] if opener else prefix
    words = rest.replace("’s ", " ").replace("'s ", " ").split()
    if len(words) > 8:
        return False
    titles = _resources.read_words("title_words.txt")
    return all(w[:1].isupper() or w.casefold() in titles or w.casefold() in _GLUE for w in words)


def genders(text: Text, persons: Sequence[Actor]) -> dict[str, str]:
    """Persons' genders as the text shows them ("f" or "m"), by name; a person the text
    pairs with both kinds of pronoun is left out."""
    subjects: dict[int, tuple[int, Actor]] = {}
    for person in persons:
        for span in person.mentions:
            sentence = text.sentence_at(span.start)
            earlier = subjects.get(sentence.start)
            if (earlier is None or span.start < earlier[0]) and subject_mention(text, span.start, span.end):
                subjects[sentence.start] = (span.start, person)
    seen: dict[str, set[str]] = {}
    for sentence in text.sentences:
        if sentence.start not in subjects:
            continue
        person = subjects[sentence.start][1]
        words = text.text_of(sentence)
        feminine, masculine = bool(_FEMININE.search(words)), bool(_MASCULINE.search(words))
        if feminine != masculine:
            seen.setdefault(person.name, set()).add("f" if feminine else "m")
    return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}


def last_person_before(
    text: Text,
    persons: Sequence[Actor],
    offset: int,
    floor: int,
    *,
    pronoun: str | None = None,
    known: dict[str, str] | None = None,
) -> Actor | None:
    """The person last named before ``offset`` (within the paragraph or the 600 characters
    before ``floor``), preferring one named as a sentence's subject; for a ``pronoun``
    ("he", "she"), only a person whose known gender fits it."""
    wanted = {"she": "f", "he": "m"}.get((pronoun or "").casefold())
    best: tuple[int, int, Actor] | None = None
    for person in persons:
        if wanted is not None and known is not None and known.get(person.name, wanted) != wanted:
            continue
        for span in person.mentions:
            if not floor - 600 <= span.start < offset:
                continue
            subject = 1 if subject_mention(text, span.start, span.end) else 0
            if best is None or (subject, span.start) > (best[0], best[1]):
                best = (subject, span.start, person)
    return best[2] if best else None
