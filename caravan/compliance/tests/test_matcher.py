"""Folding and phrase matching, without the database."""

import pytest

from caravan.compliance.matcher import Matcher, Phrase
from caravan.compliance.text import fold


def matcher(*phrases: Phrase) -> Matcher:
    return Matcher.build(phrases)


@pytest.mark.parametrize(("raw", "folded"), [
    ("ＤＩＥＴ　ＰＩＬＬＳ", "diet pills"),  # full-width Latin and ideographic space
    ("Diet-Pills!!", "diet pills"),
    ("Pílulas  para\temagrecer", "pilulas para emagrecer"),
    ("ЁЛКА", "елка"),
    ("Straße", "strasse"),
    ("iPhone手机壳", "iphone 手机壳"),
    ("สวัสดีครับ", "สวัสดีครับ"),  # Thai vowel signs are kept, not taken for separators
    ("ｶﾀｶﾅ", "カタカナ"),  # half-width katakana
])
def test_fold_normalises_width_case_accents_and_separators(raw, folded):
    assert fold(raw) == folded


def test_word_boundaries_hold_for_spaced_scripts():
    # given one-word phrases
    m = matcher(Phrase("pill", "pill"), Phrase("gun", "gun"))

    # then they match whole words only
    assert m.find(["a pill a day"]) == {"pill"}
    assert m.find(["memory foam pillow"]) == set()
    assert m.find(["the show has begun"]) == set()
    assert m.find(["GUN."]) == {"gun"}
    assert m.find(["gun-metal"]) == {"gun"}


def test_unsegmented_scripts_match_as_substrings():
    m = matcher(Phrase("减肥药", "diet"))

    assert m.find(["正品减肥药快速瘦身"]) == {"diet"}
    assert m.find(["减肥茶"]) == set()


def test_phrases_of_several_words_and_a_brand_glued_to_chinese():
    m = matcher(Phrase("diet pills", "diet"), Phrase("acme", "brand"))

    assert m.find(["strong DIET   pills"]) == {"diet"}
    assert m.find(["Acme手机壳"]) == {"brand"}
    # a phrase cannot run from a title into a description
    assert m.find(["best diet", "pills inside"]) == set()


def test_trailing_star_matches_word_prefixes():
    m = matcher(Phrase("лекарств*", "medicine"))

    assert m.find(["лекарства от простуды"]) == {"medicine"}
    assert m.find(["лекарственные препараты"]) == {"medicine"}
    assert m.find(["лекар"]) == set()


def test_longest_phrase_wins_and_exceptions_shield_their_text():
    # given "wine" with the exception "wine glass*", and "gun" beside "toy gun"
    m = matcher(Phrase("wine", "alcohol"), Phrase("wine glass*", "alcohol", exception=True),
                Phrase("gun", "firearm"), Phrase("toy gun", "toy"))

    assert m.find(["crystal wine glasses"]) == set()
    assert m.find(["red wine 750ml"]) == {"alcohol"}
    assert m.find(["kids toy gun"]) == {"toy"}
    assert m.find(["kids toy gun", "real gun"]) == {"toy", "firearm"}


def test_an_exception_shields_only_its_own_target():
    m = matcher(Phrase("象牙", "ivory"), Phrase("象牙白", "ivory", exception=True),
                Phrase("象牙白", "other"))

    assert m.find(["象牙白连衣裙"]) == {"other"}
    assert m.find(["天然象牙雕刻"]) == {"ivory"}


def test_no_phrases_match_nothing():
    assert matcher().find(["anything"]) == set()
