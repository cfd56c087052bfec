"""Country: ISO codes, and resolving what news writes to a state."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdiplomacy import Country, InvalidCountryError, ModelError
from kdiplomacy import strategies as kst
from kdiplomacy.model.country import alias_entries, fold_place_name


def test_code_is_normalised_to_upper_case() -> None:
    assert Country("kr") == Country("KR")
    assert str(Country(" us ")) == "US"


@pytest.mark.parametrize("bad", ["XX", "KOR", "", "K"])
def test_bad_code_raises_typed_error(bad: str) -> None:
    with pytest.raises(InvalidCountryError, match="is not an ISO 3166-1 alpha-2 code"):
        Country(bad)


def test_bad_code_is_also_a_value_error() -> None:
    with pytest.raises(ValueError, match="'ZZ' is not an ISO"):
        Country("ZZ")
    assert issubclass(InvalidCountryError, ModelError)


def test_non_string_code_raises_typed_error() -> None:
    with pytest.raises(InvalidCountryError, match="must be a string"):
        Country(410)  # type: ignore[arg-type]


def test_names() -> None:
    assert Country("KR").name == "South Korea"
    assert Country("KP").name == "North Korea"
    assert Country("US").official_name == "United States of America"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # South Korea
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("S. Korea", "KR"),
        ("S.Korea", "KR"),
        ("ROK", "KR"),
        ("Seoul", "KR"),
        ("South Korean", "KR"),
        ("South Korea's", "KR"),
        # North Korea
        ("North Korea", "KP"),
        ("N. Korea", "KP"),
        ("N.Korea", "KP"),
        ("DPRK", "KP"),
        ("Pyongyang", "KP"),
        ("North Korean", "KP"),
        ("Democratic People's Republic of Korea", "KP"),
        # United States
        ("United States", "US"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("Washington", "US"),
        ("American", "US"),
        ("United States of America", "US"),
        # China, Japan, Russia
        ("China", "CN"),
        ("Chinese", "CN"),
        ("Beijing", "CN"),
        ("PRC", "CN"),
        ("Japan", "JP"),
        ("Japanese", "JP"),
        ("Tokyo", "JP"),
        ("Russia", "RU"),
        ("Russian", "RU"),
        ("Moscow", "RU"),
        ("Russian Federation", "RU"),
        ("the Kremlin", "RU"),
        # states common in Korean diplomacy news
        ("Britain", "GB"),
        ("UK", "GB"),
        ("British", "GB"),
        ("London", "GB"),
        ("France", "FR"),
        ("French", "FR"),
        ("Paris", "FR"),
        ("Germany", "DE"),
        ("German", "DE"),
        ("Berlin", "DE"),
        ("India", "IN"),
        ("Indian", "IN"),
        ("New Delhi", "IN"),
        ("Australia", "AU"),
        ("Australian", "AU"),
        ("Canberra", "AU"),
        ("Canada", "CA"),
        ("Canadian", "CA"),
        ("Ottawa", "CA"),
        ("Vietnam", "VN"),
        ("Vietnamese", "VN"),
        ("Hanoi", "VN"),
        ("Indonesia", "ID"),
        ("Indonesian", "ID"),
        ("Jakarta", "ID"),
        ("the Philippines", "PH"),
        ("Philippine", "PH"),
        ("Manila", "PH"),
        ("Singapore", "SG"),
        ("Singaporean", "SG"),
        ("Thailand", "TH"),
        ("Thai", "TH"),
        ("Bangkok", "TH"),
        ("Malaysia", "MY"),
        ("Malaysian", "MY"),
        ("Kuala Lumpur", "MY"),
        ("Mongolia", "MN"),
        ("Mongolian", "MN"),
        ("Ulaanbaatar", "MN"),
        ("Ukraine", "UA"),
        ("Ukrainian", "UA"),
        ("Kyiv", "UA"),
        ("Kiev", "UA"),
        ("Poland", "PL"),
        ("Polish", "PL"),
        ("Warsaw", "PL"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Turkish", "TR"),
        ("Ankara", "TR"),
        ("Saudi Arabia", "SA"),
        ("Saudi", "SA"),
        ("Riyadh", "SA"),
        ("United Arab Emirates", "AE"),
        ("UAE", "AE"),
        ("Emirati", "AE"),
        ("Abu Dhabi", "AE"),
        ("Israel", "IL"),
        ("Israeli", "IL"),
        ("Iran", "IR"),
        ("Iranian", "IR"),
        ("Tehran", "IR"),
        ("Taiwan", "TW"),
        ("Taipei", "TW"),
    ],
)
def test_resolve_news_spellings(text: str, code: str) -> None:
    assert Country.resolve(text) == Country(code)


@pytest.mark.parametrize("text", ["EU", "ASEAN", "the UN", "us", "Korean Peninsula", "", "   ", "minister"])
def test_resolve_is_none_for_what_is_not_a_state(text: str) -> None:
    assert Country.resolve(text) is None


def test_lookup_raises_naming_the_text() -> None:
    with pytest.raises(InvalidCountryError, match="'Atlantis' names no known state"):
        Country.lookup("Atlantis")


@pytest.mark.parametrize("record", list(pycountry.countries), ids=lambda r: r.alpha_2)
def test_every_iso_country_resolves_by_its_names(record: object) -> None:
    code = record.alpha_2  # type: ignore[attr-defined]
    for attr in ("name", "official_name", "common_name"):
        name = getattr(record, attr, None)
        if name:
            assert Country.resolve(name) == Country(code), (attr, name)


def test_alias_table_has_no_conflicting_rows() -> None:
    """Every alias row resolves to its own code: no alias is claimed by two states."""
    conflicts = [(code, alias) for code, alias, _ in alias_entries() if Country.resolve(alias) != Country(code)]
    assert conflicts == []


@given(kst.countries())
def test_resolving_a_canonical_name_gives_the_country_back(country: Country) -> None:
    """Property: resolve(name of c) == c, and resolving that again is stable."""
    assert Country.resolve(country.name) == country
    resolved = Country.resolve(country.name)
    assert resolved is not None
    assert Country.resolve(resolved.name) == resolved


@given(st.text())
def test_resolve_never_raises(text: str) -> None:
    """Property: resolve returns a Country or None on any text."""
    result = Country.resolve(text)
    assert result is None or isinstance(result, Country)


@given(st.text())
def test_fold_place_name_is_idempotent(text: str) -> None:
    """Property: folding a folded key changes nothing."""
    once = fold_place_name(text)
    assert fold_place_name(once) == once


@given(kst.countries(), kst.countries())
def test_country_equality_and_hash_agree(a: Country, b: Country) -> None:
    """Property: a == b exactly when the codes agree, and then the hashes agree."""
    assert (a == b) == (a.code == b.code)
    if a == b:
        assert hash(a) == hash(b)
