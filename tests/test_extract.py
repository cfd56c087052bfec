"""Extraction rules, one behaviour per test, on short texts written for the purpose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdiplomacy import Article, Country, KdiplomacyError, Modality, parse
from kdiplomacy.extract.people import korean_shaped


def _persons(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.country.code if p.country else None) for p in parse(text).persons}


def test_names_with_accents_and_particles() -> None:
    people = _persons(
        "WARSAW (AFP) - Polish Defense Minister Mariusz Błaszczak and UAE President Mohamed bin Zayed met "
        "European Commission President Ursula von der Leyen on Tuesday."
    )
    assert people["Mariusz Błaszczak"] == ("Defense Minister", "PL")
    assert people["Mohamed bin Zayed"] == ("President", "AE")
    assert "Ursula von der Leyen" in people


def test_not_people() -> None:
    people = _persons(
        "SEOUL, Nov. 30 (Yonhap) -- The Blue House said the Korean Peninsula Peace Process would go on despite "
        "COVID-19, and the National Security Council met at Cheong Wa Dae."
    )
    assert people == {}


def test_one_person_across_spellings_and_surname_mentions() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Foreign Minister Cho Tae-yul met his Japanese counterpart on Monday. "
        "Cho Tae-yeol said the talks went well. Cho added that Seoul would keep in touch."
    )
    (cho,) = [p for p in article.persons if p.name.startswith("Cho")]
    assert cho.name == "Cho Tae-yul"
    assert "Cho Tae-yeol" in cho.aliases
    assert len(cho.mentions) == 3


def test_a_capital_where_something_happened_is_a_place() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Chinese Foreign Minister Wang Yi arrived in Seoul after spending two days in Tokyo, "
        "and Seoul and Beijing agreed to deepen cooperation."
    )
    assert Country("JP") not in article.states
    assert {Country("KR"), Country("CN")} <= set(article.states)


def test_phrases_that_contain_a_state_name_are_not_states() -> None:
    article = parse(
        "SEOUL (Yonhap) -- South Korea will expand exports to Latin America and patrol the South China Sea."
    )
    assert set(article.states) == {Country("KR")}


def test_a_topic_sentence_binds_its_paragraph() -> None:
    article = parse(
        "Seoul plans to deepen its alliance with Washington.\n\n"
        "On Japan, the minister called for pursuing practical cooperation on separate tracks."
    )
    (call,) = [p for p in article.pledges if "practical cooperation" in p.text]
    assert call.actor == (Country("KR"),)
    assert call.counterparts == (Country("JP"),)
    assert call.modality is Modality.CALL
    relation = article.relation("KR", "JP")
    assert relation is not None
    assert "separate tracks" in relation.framing


@pytest.mark.parametrize(
    "sentence",
    [
        "The conference will feature various sessions on trade.",
        "Officials said it remains undecided whether he will visit Tokyo.",
        "Analysts said Seoul would likely soften its stance toward Beijing.",
        "Japan's removal of Korea from its whitelist is set to take effect next week.",
        "The ministry has been pushing for closer ties with Tokyo for years.",
    ],
)
def test_what_is_not_a_pledge(sentence: str) -> None:
    assert parse("SEOUL (Yonhap) -- " + sentence).pledges == ()


def test_a_warning_by_the_north() -> None:
    article = parse(
        "SEOUL (Yonhap) -- North Korea fired two missiles on Sunday. It warned that it would take "
        "'shocking actual action' if the drills went ahead."
    )
    (warning,) = article.pledges
    assert warning.actor == (Country("KP"),)
    assert warning.modality is Modality.WARN


def test_a_joint_pledge_and_a_negated_one() -> None:
    article = parse(
        "SEOUL (Yonhap) -- South Korea and China agreed to resume high-level talks next year. "
        "Seoul has no intention of joining the missile defense network, the ministry said."
    )
    agreed, refusal = article.pledges
    assert set(agreed.actor) == {Country("KR"), Country("CN")}
    assert agreed.modality is Modality.AGREE
    assert agreed.horizon is not None
    assert agreed.horizon.text == "next year"
    assert refusal.actor == (Country("KR"),)
    assert refusal.modality is Modality.PLAN
    assert refusal.negated


def test_horizons_resolve_against_the_article_date() -> None:
    article = parse(
        "SEOUL, Nov. 30 (Yonhap) -- Foreign Minister Kang Kyung-wha said Monday Seoul would host the summit next year."
    )
    (pledge,) = article.pledges
    assert pledge.horizon is not None
    assert str(pledge.horizon.date) == "2021"


@given(
    st.text(alphabet=st.sampled_from(list('Seoul Tokyo will vow the two sides, and . "We" Kim Moon-jae')), max_size=300)
)
def test_extraction_output_is_always_a_valid_article(text: str) -> None:
    """Property: whatever the text, everything extracted points into the body verbatim."""
    try:
        article = parse(text)
    except KdiplomacyError:  # the library's own errors are allowed; any other fails the test
        return
    assert isinstance(article, Article)
    for pledge in article.pledges:
        assert article.text_of(pledge.span) == pledge.text
    for actor in article.actors:
        assert all(span.end <= len(article.body) for span in actor.mentions)


def test_an_official_in_a_story_datelined_at_home_and_naming_no_other_state() -> None:
    people = _persons(
        "SEOUL, May 3 (Yonhap) -- First Vice Foreign Minister Joseph Hart said Tuesday the ministry would "
        "review its overseas staffing."
    )
    assert people["Joseph Hart"] == ("First Vice Foreign Minister", "KR")
    other = _persons(
        "SEOUL, May 3 (Yonhap) -- Deputy Minister Joseph Hart said Tuesday the talks with Tokyo would resume."
    )
    assert other["Joseph Hart"] == ("Deputy Minister", None)


def test_the_title_alone_attaches_to_the_person_last_named_with_it() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Foreign Minister Kang Kyung-wha met envoys on Monday. "
        "The minister said Seoul would keep close ties with Washington."
    )
    (kang,) = article.persons
    assert [article.text_of(s) for s in kang.mentions] == ["Kang Kyung-wha", "The minister"]
    (pledge,) = article.pledges
    assert pledge.speaker is not None
    assert pledge.speaker.name == "Kang Kyung-wha"


def test_the_two_countries_after_a_pair_is_evidence_for_it() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Seoul and Tokyo agreed Monday to resume talks. "
        "The two countries have long been at odds over wartime history."
    )
    relation = article.relation("KR", "JP")
    assert relation is not None
    assert len(relation.evidence) == 2
    assert "history" in relation.topics


def test_an_unknown_officials_state_comes_from_the_titles_adjective() -> None:
    people = _persons(
        "Mongolian President Ukhnaagiin Khurelsukh met South Korean Trade Minister Ahn Duk-geun, and "
        "US Ambassador Philip Goldberg joined Uzbek Foreign Minister Bakhtiyor Saidov later."
    )
    assert people["Ukhnaagiin Khurelsukh"] == ("President", "MN")
    assert people["Ahn Duk-geun"] == ("Trade Minister", "KR")
    assert people["Philip Goldberg"] == ("Ambassador", "US")
    assert people["Bakhtiyor Saidov"] == ("Foreign Minister", "UZ")


def test_an_appositive_naming_a_state_or_its_leader_gives_the_persons_state() -> None:
    people = _persons(
        "President Moon Jae-in spoke on Monday. Pak Jong-chon, vice chairman of the North's Central Military "
        "Commission, warned Seoul. Kim Hyun-chong, Moon's deputy national security adviser, replied."
    )
    assert people["Pak Jong-chon"][1] == "KP"
    assert people["Kim Hyun-chong"][1] == "KR"


def test_a_state_and_glue_words_are_no_title() -> None:
    assert _persons("Slovenia defeated Belarus for the Eastern European seat on the council.") == {}


@pytest.mark.parametrize(
    "name", ["Sung Min-woo", "Joo Chul-ki", "Wi Sung-lac", "Ban Ki-moon", "Byun Jae-il", "Min Jung-hoon"]
)
def test_korean_surnames_beyond_the_commonest(name: str) -> None:
    assert korean_shaped(name)


def test_a_counterparts_adjective_gives_the_state_of_the_officials_named_after_it() -> None:
    people = _persons(
        "CANBERRA (Yonhap) -- Foreign Minister Park Jin met his New Zealand counterpart, Foreign Minister "
        "Nanaia Mahuta, and later Defence Minister Andrew Little."
    )
    assert people["Nanaia Mahuta"] == ("Foreign Minister", "NZ")


def test_an_honorific_and_a_surname_are_the_person_already_named() -> None:
    article = parse(
        "ABU DHABI (The National) -- South Korean President Lee Myung-bak arrived on Sunday.\n\n"
        "Mr Lee said South Korea would make the project a model of cooperation."
    )
    assert [p.name for p in article.persons] == ["Lee Myung-bak"]
    (plan,) = article.pledges
    assert plan.speaker is not None
    assert plan.speaker.name == "Lee Myung-bak"


def test_a_title_of_a_state_gives_the_state_and_its_place_is_no_person() -> None:
    article = parse(
        "ABU DHABI (AP) -- Lee met Khalifa bin Zayed, the President of the UAE, and Mohammed bin Zayed, "
        "the Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces."
    )
    people = {p.name: p for p in article.persons}
    assert set(people) == {"Khalifa bin Zayed", "Mohammed bin Zayed"}
    assert people["Khalifa bin Zayed"].country == Country("AE")
    assert people["Khalifa bin Zayed"].title == "President"
    assert people["Mohammed bin Zayed"].country == Country("AE")


def test_a_field_of_study_named_after_a_state_is_not_the_persons_state() -> None:
    article = parse(
        "SEOUL (Korea Times) -- Park Won-gon, a professor of North Korean studies at Ewha Womans "
        "University, urged caution."
    )
    (park,) = article.persons
    assert park.country == Country("KR")


def test_he_said_makes_the_person_he_stands_for_the_speaker() -> None:
    article = parse(
        "SEOUL (Yonhap) -- President Yoon Suk Yeol spoke at the summit on Friday.\n\n"
        "He said Seoul would work to prevent armed conflict in the region."
    )
    (plan,) = article.pledges
    assert plan.actor == (Country("KR"),)
    assert plan.speaker is not None
    assert plan.speaker.name == "Yoon Suk Yeol"


def test_a_shared_surname_alone_is_the_person_named_last_before_it() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Kim Yo-jong, the powerful sister of leader Kim Jong-un, issued a statement on "
        "Saturday.\n\nKim also threatened to hand the next step to the military."
    )
    (threat,) = [p for p in article.pledges if "threatened" in p.text]
    assert threat.speaker is not None
    assert threat.speaker.name == "Kim Yo-jong"
    assert threat.actor == (Country("KP"),)


def test_a_question_commits_no_one() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Q: Does the government plan to summon the Russian ambassador?\n\n"
        "A: The government will respond firmly to any provocation."
    )
    assert [p.text for p in article.pledges] == ["The government will respond firmly to any provocation"]


def test_a_shared_surname_beside_a_partner_is_the_one_named_with_that_partner() -> None:
    article = parse(
        "SEOUL (AFP) -- Seoul protested a pact signed by Russian President Vladimir Putin and North Korean "
        "leader Kim Jong Un.\n\nFirst Vice Foreign Minister Kim Hong-kyun summoned the Russian ambassador. "
        "Kim warned of damage to relations.\n\nPutin and Kim signed the treaty in Pyongyang on Wednesday."
    )
    people = {p.name: p for p in article.persons}
    signed = article.body.index("Putin and Kim") + len("Putin and ")
    assert any(s.start == signed for s in people["Kim Jong Un"].mentions)
    assert not any(s.start == signed for s in people["Kim Hong-kyun"].mentions)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Hiroshi Nakamura, a professor at Keio University, said ties had improved.", "Hiroshi Nakamura", "JP"),
        ("Prime Minister Mark Brown of the Cook Islands co-chaired the meeting.", "Mark Brown", "CK"),
        ("Jon Kum-jin, the North's chief delegate, read out a statement.", "Jon Kum-jin", "KP"),
        ("The report was filed by Han Seo-yeon, who said talks went well.", "Han Seo-yeon", "KR"),
        ("Ministry of Commerce spokesman Shen Danyang said trade would grow.", "Shen Danyang", "CN"),
    ],
)
def test_a_persons_state_from_the_text_or_the_shape_of_the_name(text: str, name: str, country: str | None) -> None:
    article = parse(f"SEOUL (Yonhap) -- {text}")
    people = {p.name: p for p in article.persons}
    assert name in people
    assert (people[name].country.code if people[name].country else None) == country


@pytest.mark.parametrize(
    "text",
    [
        "Troops crossed the Military Demarcation Line on Monday, officials said.",
        "The first Korea-Central Asia summit will be held next year, Yoon said.",
        "Analysts said the Cold War-era rivalry was back, officials said.",
        "Leaders met at St. Peter's Basilica on Sunday, the Vatican said.",
    ],
)
def test_nouns_and_places_in_capitals_are_not_people(text: str) -> None:
    assert parse(f"SEOUL (Yonhap) -- {text}").persons == ()


def test_a_place_or_a_bodys_noun_ends_the_title_before_a_name() -> None:
    article = parse("SEOUL (Yonhap) -- European Commissioner for the Internal Market Thierry Breton signed the pact.")
    (breton,) = article.persons
    assert breton.name == "Thierry Breton"
    assert breton.title == "European Commissioner for the Internal Market"


def test_an_official_of_the_dateline_host_named_most_belongs_to_it() -> None:
    article = parse(
        "STOCKHOLM, June 14 (Yonhap) -- President Moon Jae-in held talks with Swedish Prime Minister "
        "Stefan Lofven on Friday, and Sweden and South Korea agreed to expand trade.\n\n"
        "Earlier, King Carl Gustaf hosted a welcoming ceremony, and Sweden pledged support for peace."
    )
    people = {p.name: p for p in article.persons}
    assert people["Carl Gustaf"].country == Country("SE")


def test_an_official_of_an_international_body_gets_no_default_state() -> None:
    article = parse(
        "SEOUL, Sept. 3 (Yonhap) -- UN General Assembly President Csaba Korosi met officials in Seoul on Monday."
    )
    (korosi,) = article.persons
    assert korosi.country is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("But Artyom Lukin, a professor at Far Eastern Federal University, disagreed.", "Artyom Lukin"),
        ("U.S. Ambassador to the United Nations Nikki Haley urged tougher sanctions.", "Nikki Haley"),
    ],
)
def test_a_leading_conjunction_or_a_body_is_not_part_of_the_name(text: str, name: str) -> None:
    assert [p.name for p in parse(f"SEOUL (Yonhap) -- {text}").persons] == [name]


def test_bodies_and_programmes_in_capitals_are_not_people() -> None:
    article = parse(
        "SEOUL (Yonhap) -- The National Intelligence Service said the Comprehensive Strategic Partnership "
        "would be reviewed."
    )
    assert article.persons == ()


@pytest.mark.parametrize(
    "text",
    [
        "Pope Francis said he would be willing to visit North Korea, President Moon Jae-in's office said.",
        "Pope John Paul II visited Seoul in 1984 and met President Chun Doo-hwan.",
        "Pope Leo XIV met President Lee Jae-myung at the Vatican on Monday.",
        "SEOUL (AFP) -- Pope Francis in South Korea urged reconciliation, President Park Geun-hye said.",
    ],
)
def test_a_pope_is_a_person_of_the_holy_see(text: str) -> None:
    pope = next(name for name in _persons(text) if name.startswith("Pope "))
    assert _persons(text)[pope] == ("Pope", "VA")


def test_a_surname_written_without_its_accents_is_the_person_named_with_them() -> None:
    article = parse(
        "WARSAW (AFP) - Polish Defense Minister Mariusz Błaszczak met South Korean Defense Minister Lee "
        "Jong-sup on Tuesday. Blaszczak said Poland plans to start producing K2 tanks in 2026."
    )
    (pledge,) = article.pledges
    assert pledge.speaker is not None
    assert pledge.speaker.name == "Mariusz Błaszczak"


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("Vietnamese President Nguyễn Xuân Phúc met Moon Jae-in in Hanoi.", "Nguyễn Xuân Phúc", "President", "VN"),
        (
            "UAE President Khalifa bin Zayed al-Nahyan said the UAE would buy reactors.",
            "Khalifa bin Zayed al-Nahyan",
            "President",
            "AE",
        ),
        ("Egyptian President Abdel Fattah el-Sisi met Yoon Suk Yeol.", "Abdel Fattah el-Sisi", "President", "EG"),
        (
            "President Samia Suluhu Hassan of the United Republic of Tanzania met Yoon Suk Yeol.",
            "Samia Suluhu Hassan",
            "President",
            "TZ",
        ),
        ("Vatican spokesman Father Federico Lombardi said the pope would go.", "Federico Lombardi", None, None),
        # a private person's state: a leading demonym, or where their employer is based
        ("Hanna Lindqvist, a Swedish analyst, said the deal was weak.", "Hanna Lindqvist", "analyst", "SE"),
        (
            "Marcus Feld, a senior fellow at the Berlin-based Stiftung, said it would not last.",
            "Marcus Feld",
            "senior fellow at the Berlin-based Stiftung",
            "DE",
        ),
    ],
)
def test_names_of_many_scripts_and_shapes(text: str, name: str, title: str | None, country: str | None) -> None:
    assert _persons(text)[name] == (title, country)


def test_a_states_formal_name_and_a_companys_are_not_people() -> None:
    people = _persons(
        "The Islamic Republic of Mauritania sent a delegation. Korea Aerospace Industries said it would deliver "
        "jets, and Trump wrote on Truth Social that tariffs would rise."
    )
    assert not set(people) & {"Islamic Republic", "Aerospace Industries", "Truth Social"}
