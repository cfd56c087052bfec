"""The action of a pledge: the lemma of the verb its cue governs.

After the cue, adverbs and auxiliaries are passed over ("will also actively seek" -> seek).
When the next word cannot be a verb (a preposition, a pronoun, a weekday, a proper noun: "pledged
on Thursday to work", "urged Russia to act", "warned that it would face"), the verb is the one
after the next "to", else after the next modal; a gerund after a preposition is the verb too
("called for lifting", "expressed hope of further developing").  A noun in "-ment" gives its
verb ("called for more engagement" -> engage).  With no verb found, the cue's own verb stands.
"""

from __future__ import annotations

import re

from kdiplomacy import _resources

__all__ = ["action_of", "lemma"]

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_NEGATION = re.compile(r"\b(?:not|no|never|n't|no intention of|no plans? to)\s+(?:\w+\s+)?$", re.I)
_GERUND_BEFORE = frozenset({"of", "for", "on", "about", "in"})
_MODALS = frozenset({"will", "would", "could", "can", "should", "must", "might", "may", "shall"})
# Stems that lost a final "e" with "-ing"/"-ed" ("cooperat(e)", "engag(e)", "provid(e)", "tak(e)").
_SILENT_E = re.compile(
    r"(?:[^e]at|iz|is|v|[^c]c|[^o]id|ut|[^e]ak|[^e]ar|rg|ag|ang|os|ud|dg|[bcdgkptz]l|[^aeo]in|uir|[^o]ur|rs)$"
)


@_resources.cached
def _roles() -> dict[str, str]:
    return {row["word"]: row["role"] for row in _resources.read_tsv("action_words.tsv")}


def action_of(after: str, before: str, cue: str) -> tuple[str, bool]:
    """The lemma of the verb governed by a cue (``after``: the clause after the cue; ``before``:
    the words just before it), and whether it is negated."""
    words = _WORD.findall(after.split(";", maxsplit=1)[0])
    negated = bool(_NEGATION.search(before)) or bool(re.match(r"\s*(?:not|never)\b", after, re.I))
    verb = _verb(words[:20])
    if verb is None:
        cue_words = _WORD.findall(cue)
        verb = cue_words[0] if cue_words else "act"
    return lemma(verb.casefold()), negated


def _verb(words: list[str], *, nested: bool = False) -> str | None:
    roles = _roles()
    for index, word in enumerate(words):
        key = word.casefold()
        role = roles.get(key)
        following = next((w for w in words[index + 1 :] if roles.get(w.casefold()) != "skip"), "")
        if key == "be" and following and not _participle(following):
            return "be"  # "would be a big mistake"
        if role == "skip" or (key.endswith("ly") and not key.endswith("ply")):
            governs = following.casefold().endswith("ing") or words[index + 1 : index + 2] == ["to"]
            if key.startswith("continu") and not governs:
                return "continue"  # "would continue consultations"
            continue
        if role in (None, "participle") and not word[:1].isupper():
            return key[: -len("ment")] if key.endswith("ment") and len(key) > 7 else word
        if key in _GERUND_BEFORE and following.casefold().endswith("ing"):
            return following  # "called for lifting", "hope of further developing"
        return None if nested else _after_to_or_modal(words[index + 1 :])
    return None


def _participle(word: str) -> bool:
    key = word.casefold()
    return key.endswith(("ed", "en", "ing")) or _roles().get(key) == "participle"


def _after_to_or_modal(words: list[str]) -> str | None:
    for index, word in enumerate(words[:-1]):
        if word.casefold() == "to" or word.casefold() in _MODALS:
            return _verb(words[index + 1 :], nested=True)
    return None


def lemma(word: str) -> str:
    """A verb's lemma by suffix rules ("planned" -> plan, "cooperating" -> cooperate).

    >>> [lemma(w) for w in ("planned", "cooperating", "discusses", "tries", "taking", "works", "agreed", "hoped")]
    ['plan', 'cooperate', 'discuss', 'try', 'take', 'work', 'agree', 'hope']
    """
    if len(word) <= 4 or word.endswith(("ss", "us", "is", "ceed")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("eed"):
        return word[:-1]  # "agreed" -> "agree"
    for suffix, replacement in (("ying", "y"), ("ied", "y"), ("ing", ""), ("ed", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + replacement
            if replacement:
                return stem
            if stem[-1] == stem[-2] and stem[-1] not in "ls":
                return stem[:-1]  # "planned" -> "plan"
            short = len(stem) == 3 and stem[1] in "aeiou" and stem[2] not in "aeiouwxy"  # "hoped" -> "hope"
            return stem + "e" if short or _SILENT_E.search(stem) else stem
    return word[:-1] if word.endswith("s") else word
