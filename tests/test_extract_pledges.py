"""Pledge rules: who pledges, who speaks, what is a pledge and what is not, one behaviour per test."""

from __future__ import annotations

import pytest

from kdiplomacy import Country, Modality, parse


def test_the_minister_is_the_story_subject_not_an_official_named_in_passing() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Foreign Minister Kang Kyung-wha spoke to envoys on Monday.\n\n"
        "On China, Kang stressed close communication, citing last week's visit to Seoul by Chinese "
        "Foreign Minister Wang Yi.\n\n"
        "On Japan, the minister called for pursuing practical cooperation."
    )
    (call,) = [p for p in article.pledges if "practical cooperation" in p.text]
    assert call.actor == (Country("KR"),)
    assert call.speaker is not None
    assert call.speaker.name == "Kang Kyung-wha"


def test_she_said_after_a_quote_is_the_last_subject_of_that_gender() -> None:
    article = parse(
        "SEOUL (Reuters) -- South Korea's Kang Kyung-wha held talks with her Chinese counterpart Wang Yi. "
        "Wang told Kang his visit was important. Kang thanked Wang for the visit.\n\n"
        '"I am also looking forward to discussing ways to manage the situation," she said.'
    )
    (hope,) = [p for p in article.pledges if "looking forward" in p.text]
    assert hope.speaker is not None
    assert hope.speaker.name == "Kang Kyung-wha"
    assert hope.actor == (Country("KR"),)


def test_a_pronoun_refers_back_from_where_it_stands() -> None:
    article = parse(
        "TOKYO (Kyodo) -- Japanese Prime Minister Fumio Kishida spoke on Monday. "
        "South Korean Foreign Minister Park Jin, speaking in Seoul, said he would visit Tokyo soon."
    )
    (visit,) = article.pledges
    assert visit.speaker is not None
    assert visit.speaker.name == "Park Jin"
    assert visit.actor == (Country("KR"),)


def test_a_warning_to_a_named_state_is_the_warners() -> None:
    article = parse(
        "MOSCOW (AFP) -- Russian President Vladimir Putin warned South Korea on Thursday that supplying "
        "weapons to Ukraine would be a big mistake."
    )
    (warning,) = article.pledges
    assert warning.actor == (Country("RU"),)
    assert warning.modality is Modality.WARN
    assert Country("KR") in warning.counterparts


def test_hoping_that_another_state_will_act_is_the_speakers_hope() -> None:
    article = parse("TOKYO (Kyodo) -- Foreign Minister Park Jin said he hopes Japan will respond sincerely.")
    (hope,) = article.pledges
    assert hope.actor == (Country("KR"),)
    assert hope.modality is Modality.HOPE
    assert hope.counterparts == (Country("JP"),)
    assert hope.action == "respond"


@pytest.mark.parametrize(
    "sentence",
    [
        "Seoul and Washington discussed ways to improve missions in a way that they would better adapt to change.",
        "President Yoon Suk Yeol arrived in Phnom Penh at the start of a trip that will also take him to Jakarta.",
        "U.S. President Donald Trump backs President Moon Jae-in's push to restore inter-Korean dialogue.",
    ],
)
def test_purposes_relative_clauses_about_things_and_nouns_are_not_pledges(sentence: str) -> None:
    assert parse("SEOUL (Yonhap) -- " + sentence).pledges == ()


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("The foreign ministers of South Korea and China pledged on Thursday to work together.", "work"),
        ("Seoul urged Moscow to act responsibly.", "act"),
        ("President Moon Jae-in called for more engagement with ASEAN.", "engage"),
        ("President Moon Jae-in expressed hope of further developing their relationship with Beijing.", "develop"),
        ("North Korea warned that it would keep up strikes against the South.", "keep"),
        ("South Korea and Japan agreed to discuss the issue.", "discuss"),
        ("China said it was cooperating and will be cooperating with Seoul.", "cooperate"),
    ],
)
def test_the_action_is_the_lemma_of_the_verb_the_cue_governs(sentence: str, action: str) -> None:
    (pledge, *_) = parse("SEOUL (Yonhap) -- " + sentence).pledges
    assert pledge.action == action


def test_the_officials_of_two_states_pledge_jointly() -> None:
    article = parse(
        "SEOUL (Reuters) -- The foreign ministers of South Korea and China pledged on Thursday to work together."
    )
    (pledge,) = article.pledges
    assert set(pledge.actor) == {Country("KR"), Country("CN")}


def test_and_between_two_names_does_not_open_a_new_clause() -> None:
    article = parse(
        "SEOUL (Yonhap) -- The ministry said it will reinforce its stance against the military ties between Moscow "
        "and Pyongyang while continuing to urge Russia to act responsibly."
    )
    (pledge,) = article.pledges
    assert pledge.actor == (Country("KR"),)
    assert {Country("RU"), Country("KP")} <= set(pledge.counterparts)


def test_its_opening_a_sentence_is_the_state_last_named_as_subject() -> None:
    article = parse(
        "SEOUL (AP) -- North Korea fired artillery on Monday. Its powerful defence commission warned last week "
        "that it would answer any punishment with war."
    )
    (warning,) = article.pledges
    assert warning.actor == (Country("KP"),)


def test_a_state_inside_a_name_after_a_preposition_or_before_an_event_noun_is_not_the_subject() -> None:
    article = parse(
        "TOKYO (Kyodo) -- South Korean Foreign Minister Park Jin said the Foundation for Victims of Forced "
        "Mobilization by Imperial Japan will pay the damages."
    )
    (pledge,) = article.pledges
    assert pledge.actor == (Country("KR"),)
    visit = parse("KYIV (AA) -- President Yoon Suk Yeol makes surprise Kyiv visit, pledges more aid to Ukraine.")
    (aid,) = visit.pledges
    assert aid.actor == (Country("KR"),)


def test_a_call_may_name_a_long_object_or_ask_for_a_thing() -> None:
    pledges = parse(
        "SEOUL, June 29 (Yonhap) -- President Yoon Suk Yeol asked NATO members and partner countries to keep "
        "backing denuclearization. He also asked for the early release of South Koreans detained abroad."
    ).pledges
    assert [(p.modality, [c.code for c in p.actor]) for p in pledges] == [(Modality.CALL, ["KR"])] * 2


def _pledge_parts(text: str) -> list[tuple[list[str], list[str], Modality]]:
    return [([c.code for c in p.actor], [c.code for c in p.counterparts], p.modality) for p in parse(text).pledges]


def test_what_will_befall_another_state_is_the_speakers_warning() -> None:
    assert _pledge_parts(
        "SEOUL, May 24 (Yonhap) -- President Yoon Suk Yeol said North Korea would pay a heavy price "
        "for its provocations."
    ) == [(["KR"], ["KP"], Modality.WARN)]
    assert _pledge_parts(
        "MOSCOW (AP) - States that send weapons to Kyiv will face grave consequences, Russian Foreign Minister "
        "Sergey Lavrov told Seoul on Tuesday."
    ) == [(["RU"], ["KR"], Modality.WARN)]


def test_it_after_says_is_who_says_it() -> None:
    assert _pledge_parts(
        "SEOUL, Aug. 24 (Yonhap) -- Japan began releasing treated water on Thursday. "
        "The government says it will keep testing seawater near the coast."
    ) == [(["KR"], [], Modality.WILL)]


def test_an_unquoted_we_in_a_briefing_answer_is_the_home_government() -> None:
    parts = _pledge_parts(
        "Q: Japanese Foreign Minister Yoko Kamikawa took office yesterday. When will the ministers meet?\n\n"
        "A: We congratulate Minister Kamikawa. We will continue to develop relations with Japan."
    )
    assert (["KR"], ["JP"], Modality.WILL) in parts


def test_a_pledge_text_does_not_start_with_punctuation() -> None:
    (pledge,) = parse("SEOUL (Yonhap) -- On Japan, the minister called for keeping the two-track policy.").pledges
    assert pledge.text == "the minister called for keeping the two-track policy"


@pytest.mark.parametrize(
    "subject",
    [
        "South Korean President Moon Jae-in and Russian President Vladimir Putin",
        "Foreign Minister Park Jin and Russian Foreign Minister Sergei Lavrov",
        "Moon, Putin",
    ],
)
def test_officials_of_two_states_joined_by_and_pledge_jointly(subject: str) -> None:
    article = parse(
        f"SEOUL (Yonhap) -- {subject} agreed on Tuesday to deepen ties between their countries."
        " President Moon Jae-in and Russian President Vladimir Putin spoke by phone."
    )
    (agreement,) = [p for p in article.pledges if "deepen ties" in p.text]
    assert set(agreement.actor) == {Country("KR"), Country("RU")}
    assert agreement.speaker is None


def test_an_official_met_by_another_does_not_share_his_pledge() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Foreign Minister Park Jin met Chinese Foreign Minister Wang Yi on Monday, "
        "and Wang said he would visit Seoul next year."
    )
    (visit,) = [p for p in article.pledges if "visit Seoul" in p.text]
    assert visit.actor == (Country("CN"),)


def test_a_pledge_naming_no_one_else_is_toward_the_other_side_of_the_main_pair() -> None:
    article = parse(
        "OTTAWA (AP) -- South Korea and Canada signed a free trade agreement on Monday, and the two "
        "countries agreed to deepen trade ties. Korea-Canada relations have grown fast.\n\n"
        "Under the deal, Canada will phase out its 6 percent tariff on cars within two years."
    )
    (tariffs,) = [p for p in article.pledges if "phase out" in p.text]
    assert tariffs.actor == (Country("CA"),)
    assert tariffs.counterparts == (Country("KR"),)


def test_a_call_on_someone_unnamed_is_toward_no_state() -> None:
    article = parse(
        "SEOUL (Yonhap) -- South Korea and the United States reaffirmed their alliance, and Seoul-Washington "
        'ties are strong, the minister said.\n\nThe minister told envoys: "I ask you to study the markets closely."'
    )
    (call,) = [p for p in article.pledges if "study the markets" in p.text]
    assert call.counterparts == ()


def test_a_verb_joined_by_and_shares_the_sentences_subject() -> None:
    article = parse(
        "SEOUL (YTN) -- President Lee Myung-bak met Chinese President Hu Jintao on Monday.\n\n"
        "Lee held a summit with Hu and asked Beijing to use its influence on Pyongyang."
    )
    (call,) = [p for p in article.pledges if "use its influence" in p.text]
    assert call.actor == (Country("KR"),)
    assert call.speaker is not None
    assert call.speaker.name == "Lee Myung-bak"


def test_a_speaker_line_before_a_sound_bite_is_not_part_of_the_pledge() -> None:
    article = parse(
        "SEOUL (Arirang) -- The foreign ministry held a briefing on Monday.\n\n"
        "Spokesperson Lim Soo-suk: North Korea must stop its provocative rhetoric."
    )
    (demand,) = article.pledges
    assert demand.text == "North Korea must stop its provocative rhetoric"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The government decided Saturday to dispatch additional troops to Iraq.", Modality.WILL),
        ("China stands ready to work with the ROK to speed up negotiations.", Modality.WILL),
        ("Indonesia remains committed to the fighter jet program, the ambassador said.", Modality.VOW),
        ("Prime Minister Rabuka requested Korea's assistance in building capacity.", Modality.CALL),
        ("Park proposed that the reunions of separated families be held regularly.", Modality.CALL),
    ],
)
def test_decisions_readiness_commitments_requests_and_proposals(sentence: str, modality: Modality) -> None:
    article = parse(f"SEOUL (Yonhap) -- Fijian Prime Minister Sitiveni Rabuka met Park Geun-hye.\n\n{sentence}")
    (pledge,) = [p for p in article.pledges if p.text.split()[0] in sentence.split(maxsplit=1)[0]]
    assert pledge.modality is modality


def test_a_title_case_headline_infinitive_is_a_plan_but_a_trip_to_a_place_is_not() -> None:
    plan = parse("Seoul to Consult Closely with US on Frozen Funds\n\nSEOUL (KBS) -- The ministry spoke on Friday.")
    assert any(p.modality is Modality.PLAN for p in plan.pledges)
    trip = parse("Moon's Trip to Japan Ends\n\nSEOUL (KBS) -- The ministry spoke on Friday.")
    assert not trip.pledges


def test_an_interjection_between_speaker_and_said_keeps_the_speaker() -> None:
    article = parse(
        "KUALA LUMPUR (Arirang) -- President Moon Jae-in met Malaysian Prime Minister Mahathir Mohamad.\n\n"
        "Mahathir, for his part, said he would attend the special summit in Busan."
    )
    (attend,) = [p for p in article.pledges if "attend" in p.text]
    assert attend.actor == (Country("MY"),)


def test_both_countries_as_an_object_is_not_the_subject() -> None:
    article = parse(
        "TOKYO (Reuters) -- Japan and South Korea are at odds again.\n\n"
        "The United States, which has security alliances with both countries, has long urged its two allies "
        "to put historical grievances aside."
    )
    (call,) = [p for p in article.pledges if "urged" in p.text]
    assert call.actor == (Country("US"),)


@pytest.mark.parametrize(
    "text",
    [
        '"South Korea must now consider its own deterrent," said Kim Jae-won, a professor at Korea University.',
        "Seoul should push for an early summit, said Lee Min-ho, a senior fellow at the Asan Institute.",
    ],
)
def test_an_experts_advice_is_not_a_states_pledge(text: str) -> None:
    article = parse(f"SEOUL (Korea Times) -- Analysts weighed in on Monday.\n\n{text}")
    assert article.pledges == ()


def test_an_officials_must_is_still_a_pledge() -> None:
    article = parse('"North Korea must stop its provocations," said Lim Soo-suk, the foreign ministry spokesperson.')
    assert [p.modality for p in article.pledges] == [Modality.MUST]


def test_an_as_clause_with_its_own_subject_is_its_own_pledge() -> None:
    article = parse(
        "SEOUL, March 3 (Yonhap) -- South Korea and Japan agreed Monday to resume security talks as China "
        "urged both countries to stay out of the Taiwan issue."
    )
    found = [(p.text, {c.code for c in p.actor}, p.modality) for p in article.pledges]
    assert found == [
        ("South Korea and Japan agreed Monday to resume security talks", {"KR", "JP"}, Modality.AGREE),
        ("China urged both countries to stay out of the Taiwan issue", {"CN"}, Modality.CALL),
    ]


def test_a_writers_should_is_advice_but_a_reported_should_is_someones_call() -> None:
    opinion = parse(
        "The partnership is a good start. Seoul should stop treating Vietnam as a factory floor, and Hanoi "
        "should crack down on the brokers."
    )
    assert opinion.pledges == ()
    said = parse(
        "BEIJING (Xinhua) -- Foreign Minister Wang Yi said the two sides should respect each other's concerns."
    )
    assert [p.modality for p in said.pledges] == [Modality.NEED]
    shared = parse(
        "BEIJING (Yonhap) -- South Korean President Moon Jae-in and Chinese President Xi Jinping met in Beijing on "
        "Monday. They shared the view that the two countries need to lead on climate change."
    )
    assert [p.modality for p in shared.pledges] == [Modality.NEED]


def test_we_in_a_foreign_briefing_is_the_spokespersons_government() -> None:
    article = parse(
        "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on March 7, 2017\n\n"
        "Q: The US military has started to deploy the THAAD system to the ROK. What is your comment?\n\n"
        "A: We firmly oppose the deployment. We strongly urge the relevant parties to halt the deployment process."
    )
    (call,) = [p for p in article.pledges if p.text.startswith("We strongly urge")]
    assert call.actor == (Country("CN"),)
    assert call.speaker is not None
    assert call.speaker.name == "Geng Shuang"


def test_the_two_sides_of_a_state_and_a_bloc_are_the_state_alone() -> None:
    article = parse(
        "BRUSSELS (Yonhap) -- North Korea and Russia signed a defense treaty last year, and Moscow has since "
        "sent arms to Pyongyang. Russia and North Korea deny it.\n\n"
        "President Yoon Suk Yeol met the leaders of the EU in Brussels on Monday. The two sides agreed to "
        "launch a green partnership."
    )
    (agreed,) = [p for p in article.pledges if "green partnership" in p.text]
    assert agreed.actor == (Country("KR"),)


@pytest.mark.parametrize(
    "sentence",
    ["Nobody has committed to buying Korean reactors.", "No one in Seoul will pretend this is risk-free."],
)
def test_no_one_pledges_nothing(sentence: str) -> None:
    assert parse(f"MANILA (AFP) -- {sentence}").pledges == ()
