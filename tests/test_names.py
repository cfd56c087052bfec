"""The name-folding rule behind one-person-one-Actor."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdiplomacy.model.names import fold_name, fold_syllables

SYLLABLES = st.sampled_from(
    ["tae", "yeol", "yul", "sun", "seon", "ki", "gi", "jae", "in", "myung", "hye", "eui", "ui", "kyung", "wha"]
)
SURNAME_VARIANTS = st.sampled_from(
    [("Lee", "Yi"), ("Lee", "Rhee"), ("Park", "Pak"), ("Choi", "Choe"), ("Roh", "Noh"), ("Lim", "Im")]
)


@given(SURNAME_VARIANTS, st.lists(SYLLABLES, min_size=1, max_size=3))
def test_surname_spellings_fold_together(pair: tuple[str, str], given_name: list[str]) -> None:
    """Property: the surname spellings of one family name give one key."""
    rest = "-".join(given_name).capitalize()
    assert fold_name(f"{pair[0]} {rest}") == fold_name(f"{pair[1]} {rest}")


@given(st.sampled_from(["Kim", "Moon", "Cho"]), st.lists(SYLLABLES, min_size=2, max_size=3))
def test_hyphen_space_and_joined_given_names_fold_together(surname: str, parts: list[str]) -> None:
    """Property: "Suk-yeol", "Suk Yeol" and "Sukyeol" give one key."""
    hyphen = f"{surname} {'-'.join(parts)}"
    spaced = f"{surname} {' '.join(p.capitalize() for p in parts)}"
    joined = f"{surname} {''.join(parts)}"
    assert fold_name(hyphen) == fold_name(spaced) == fold_name(joined)


@given(st.sampled_from([("eo", "u"), ("eui", "ui"), ("gi", "ki"), ("oo", "u")]), st.sampled_from(["s", "y", "h", "m"]))
def test_vowel_and_consonant_variants_fold_together(pair: tuple[str, str], onset: str) -> None:
    """Property: eo/u, eui/ui, gi/ki and oo/u spellings of one syllable give one key."""
    assert fold_syllables(onset + pair[0] + "n") == fold_syllables(onset + pair[1] + "n")


@given(st.text())
def test_fold_name_never_raises(name: str) -> None:
    """Property: folding is total on text and leaves no ASCII capitals."""
    key = fold_name(name)
    assert isinstance(key, str)
    assert not any("A" <= ch <= "Z" for ch in key)


@given(st.from_regex(r"[A-Z][a-z]{1,4} [A-Z][a-z]{1,4}-[a-z]{1,4}", fullmatch=True))
def test_fold_name_ignores_case_of_ascii_names(name: str) -> None:
    """Property: "Moon Jae-in" and "MOON JAE-IN" give one key."""
    assert fold_name(name) == fold_name(name.upper()) == fold_name(name.lower())


@pytest.mark.parametrize(
    ("one", "other"),
    [("Kim You-geun", "Kim Yu-geun"), ("Choi Young-sam", "Choi Yeong-sam"), ("Kim Yoo-geun", "Kim Yu-geun")],
)
def test_ou_and_u_spellings_are_one_name(one: str, other: str) -> None:
    assert fold_name(one) == fold_name(other)
