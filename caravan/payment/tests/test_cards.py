"""The card rules without a database: Luhn, brands, masking and finding numbers in text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caravan.payment import cards

from .helpers import with_check_digit


@pytest.mark.parametrize(("number", "brand"), [
    ("4242424242424242", "visa"),
    ("5555555555554444", "mastercard"),
    ("2223003122003222", "mastercard"),
    ("378282246310005", "amex"),
    ("6200000000000005", "unionpay"),
    ("3566002020360505", "jcb"),
    ("6011111111111117", "discover"),
    ("6500000000000002", "discover"),
])
def test_known_numbers_are_cards_of_their_brand(number, brand):
    assert cards.is_card_number(number)
    assert cards.brand_rule(number).brand == brand


@pytest.mark.parametrize("number", [
    "4242424242424241",  # Luhn fails
    "2721000000000004",  # above the Mastercard 2-series
    "3000000000000004",  # Diners: not accepted
    with_check_digit("42424242424242"),  # 15 digits: not a Visa length
    with_check_digit("3782822463100"),  # 14 digits: not an Amex length
])
def test_other_numbers_are_not_cards(number):
    assert not cards.is_card_number(number)


@given(st.text(alphabet="0123456789", min_size=12, max_size=18))
def test_a_check_digit_always_completes_a_luhn_number(partial):
    number = with_check_digit(partial)

    assert cards.luhn_valid(number)
    assert not cards.luhn_valid(number[:-1] + str((int(number[-1]) + 1) % 10))


def test_typed_numbers_may_hold_spaces_and_hyphens_only():
    assert cards.digits_of("4242 4242-4242 4242") == "4242424242424242"
    assert cards.digits_of("4242.4242") is None
    assert cards.digits_of("４２４２") is None  # full-width digits are not ASCII


def test_masking_keeps_the_last_four_of_any_luhn_valid_run():
    text = "paid with 4242 4242 4242 4242, order 1234567890123, ref 4242424242424241"

    masked = cards.mask_card_numbers(text)

    assert masked == ("paid with [card ****4242], order 1234567890123, "
                      "ref 4242424242424241")


def test_card_numbers_standing_as_words_are_found_and_hex_digests_are_not():
    text = 'x {"number": "5555555555554444"} a4242424242424242b 378282246310005.'

    assert cards.card_numbers_in(text) == ["5555555555554444", "378282246310005"]


def test_security_codes_are_found_by_their_key_names():
    text = 'cvc=123&x=1 {"card_cvv2": "9876"} cvc_check: "pass" "csc":  456 cvc: 12345'

    assert cards.security_codes_in(text) == ["cvc", "card_cvv2", "csc"]


def test_the_fingerprint_is_keyed(settings):
    first = cards.fingerprint("4242424242424242")
    settings.PAYMENT_FINGERPRINT_KEY = "another key"

    assert cards.fingerprint("4242424242424242") != first
