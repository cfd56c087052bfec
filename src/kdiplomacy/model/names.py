"""Identity keys for names: one real person, one key, however the text romanises the name.

Korean names reach English news in several romanisations: "Cho Tae-yul" / "Cho Tae-yeol",
"Hong Sun-ki" / "Hong Seon-gi", "Yoon Suk Yeol" / "Yoon Suk-yeol", "Lee" / "Yi" / "Rhee".
:func:`fold_name` maps all of them to one key.  The rule, applied in order:

1. Unicode is decomposed and accents dropped; the name is case-folded.
2. The name is split on spaces and hyphens; the first part is the family name when it is a
   known Korean surname spelling (``data/korean_surnames.tsv``), replaced by its canonical form.
3. The remaining parts are joined without separators: hyphen, space and joined spellings of a
   given name become one ("Suk Yeol", "Suk-yeol", "Sukyeol").
4. Vowel spellings fold: ``eui``→``ui``, ``eo``→``u``, ``eu``→``u``, ``oo``→``u``, ``ee``→``i``,
   ``ou``→``u`` ("You-geun" / "Yu-geun", "Young" / "Yeong"), ``wha``→``hwa``; consonant pairs
   that romanisations swap fold to one: ``k``→``g``, ``t``→``d``,
   ``p``→``b``, ``ch``→``j``, ``sh``→``s``, ``r``→``l``.

The fold is lossy by design: it may, rarely, give two different people one key; callers that
match people across articles compare country and office as well.
"""

from __future__ import annotations

import re
import unicodedata

from kdiplomacy import _resources

__all__ = ["fold_name", "fold_syllables"]

_SEPARATORS = re.compile(r"[\s\-‐‑–'’.]+")
_VOWELS = (("eui", "ui"), ("eo", "u"), ("eu", "u"), ("oo", "u"), ("ee", "i"), ("ou", "u"), ("wha", "hwa"))
_CONSONANTS = (("ch", "j"), ("sh", "s"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"))


@_resources.cached
def _surnames() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _resources.read_tsv("korean_surnames.tsv"):
        for variant in row["variants"].split(","):
            table.setdefault(variant.strip().casefold(), row["canonical"].strip())
    return table


def fold_syllables(text: str) -> str:
    """Apply the vowel and consonant folds of step 4 to lower-case ``text``.

    >>> fold_syllables("seongi") == fold_syllables("sunki")
    True
    """
    for old, new in _VOWELS:
        text = text.replace(old, new)
    for old, new in _CONSONANTS:
        text = text.replace(old, new)
    return text


@_resources.memoised(maxsize=1 << 16)  # looked up for every window of capitalised words; bounded
def fold_name(name: str) -> str:
    """The identity key of a person's name (see the module docstring for the rule).

    >>> fold_name("Cho Tae-yul") == fold_name("Cho Tae-yeol")
    True
    >>> fold_name("Hong Sun-ki") == fold_name("Hong Seon-gi")
    True
    >>> fold_name("Lee Jae-myung") == fold_name("Yi Jae Myung")
    True
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    parts = [p for p in _SEPARATORS.split(plain) if p]
    if not parts:
        return ""
    family = _surnames().get(parts[0], parts[0])
    given = "".join(parts[1:])
    folded = fold_syllables(family)
    return f"{folded} {fold_syllables(given)}" if given else folded
