"""Tracking number formats: UPU S10 with its check digit, express waybills, platform numbers."""

import pytest

from caravan.fulfilment.numbers import (
    express_number,
    format_problem,
    normalise,
    platform_number,
    s10_check_digit,
    s10_number,
    s10_valid,
)


@pytest.mark.parametrize(("serial", "check"), [
    ("12345678", 5),  # 204 mod 11 = 6; 11 - 6 = 5
    ("87654321", 6),
    ("00000000", 5),  # remainder 0: 11 becomes 5
    ("00000008", 0),  # remainder 1: 10 becomes 0
])
def test_the_s10_check_digit_weighs_8_6_4_2_3_5_9_7_modulo_11(serial, check):
    assert s10_check_digit(serial) == check


@pytest.mark.parametrize("number", ["RS123456785CN", "LX876543216CN", "UA000000005HK",
                                    "RR000000080CN"])
def test_well_formed_s10_numbers_are_valid(number):
    assert s10_valid(number)


@pytest.mark.parametrize("number", [
    "RS123456789CN",  # wrong check digit
    "RS123456784CN",
    "RS12345678CN",  # no check digit
    "rs123456785cn",  # S10 is upper case (input is normalised before this)
    "R5123456785CN",
    "RS123456785C",
    "",
])
def test_malformed_s10_numbers_are_not(number):
    assert not s10_valid(number)


def test_an_s10_number_belongs_to_the_post_named_by_its_country_code():
    assert s10_valid("RS123456785CN", country="CN")
    assert not s10_valid("RS123456785CN", country="HK")


def test_composed_s10_numbers_carry_their_check_digit():
    assert s10_number(indicator="RS", serial=12345678, country="CN") == "RS123456785CN"
    assert all(s10_valid(s10_number(indicator="LX", serial=n, country="HK"))
               for n in range(1, 2000, 37))


@pytest.mark.parametrize(("carrier", "number"), [
    ("china-post", "RS123456785CN"),
    ("hongkong-post", "RR000000080HK"),
    ("dhl", "1234567890"),
    ("ups", "1Z999AA10123456784"),
    ("fedex", "123456789012"),
    ("fedex", "123456789012345"),
    ("tnt", "123456789"),
    ("caravan", "CVN000000000042"),
    ("some-new-carrier", "AB12CD34"),
])
def test_numbers_in_their_carriers_format_pass(carrier, number):
    assert format_problem(carrier=carrier, number=number) is None


@pytest.mark.parametrize(("carrier", "number"), [
    ("china-post", "RS123456785HK"),  # a Hongkong Post number
    ("china-post", "RS123456789CN"),  # bad check digit
    ("dhl", "123456789"),
    ("dhl", "12345678901"),
    ("ups", "1Z999AA1012345678"),  # 15 after 1Z
    ("ups", "2Z999AA10123456784"),
    ("fedex", "1234567890123"),
    ("tnt", "1234567890"),
    ("caravan", "CVN12345"),
    ("some-new-carrier", "AB!"),
])
def test_numbers_outside_their_carriers_format_are_refused_with_the_reason(carrier, number):
    assert format_problem(carrier=carrier, number=number)


def test_numbers_are_compared_without_spaces_dashes_or_case():
    assert normalise(" rs 123-456-785 cn ") == "RS123456785CN"


def test_issued_express_and_platform_numbers_fit_their_formats():
    for carrier in ("dhl", "ups", "fedex", "tnt"):
        assert format_problem(carrier=carrier, number=express_number(carrier=carrier,
                                                                     serial=4711)) is None
    assert format_problem(carrier="caravan", number=platform_number(serial=42)) is None
