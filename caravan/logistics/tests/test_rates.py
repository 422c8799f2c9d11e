"""The rate engine on hand-computed cases (no database)."""

from decimal import Decimal as D

import pytest

from caravan.core.money import Money
from caravan.logistics.rates import Band, Lane, Parcel, Refused, Service, rate_card_price

SMALL_PACKET = {"max_weight_g": 2000, "max_sum_cm": D("90"), "max_longest_cm": D("60")}


def service(**fields) -> Service:
    defaults = {"id": 1, "code": "post", "name": "Post", "carrier": "China Post",
                "service_class": "postal", "tracked": True, "loss_rate_bps": 100,
                "currency": "CNY", **SMALL_PACKET}
    return Service(**{**defaults, **fields})


def lane(*bands: Band) -> Lane:
    return Lane(zone="z", days_min=10, days_max=20, protection_days=60, bands=bands)


def parcel(grams: int, length="20", width="15", height="5") -> Parcel:
    return Parcel(grams, D(length), D(width), D(height))


# Russia by registered small packet: light parcels pay more per gram, heavy ones a larger fee.
RUSSIA = lane(Band(150, "per_gram", item_fee=800, per_kg=5000),
              Band(2000, "per_gram", item_fee=1000, per_kg=2900))
# Express: first 0.5 kg 130 CNY, each further 0.5 kg 30 CNY.
EXPRESS = lane(Band(20000, "first_additional", first_weight_g=500, first_price=13000,
                    step_g=500, step_price=3000))


@pytest.mark.parametrize(("grams", "fen"), [
    (100, 1300),    # 8 + 50 x 0.100
    (150, 1550),    # 8 + 50 x 0.150: the first band still
    (151, 1438),    # 10 + 29 x 0.151 = 14.379 -> 14.38
    (1000, 3900),   # 10 + 29 x 1.000: ~1 kg to Russia for 39 CNY
    (2000, 6800),   # 10 + 29 x 2.000
])
def test_per_gram_rate_uses_the_band_the_weight_falls_in_plus_its_item_fee(grams, fen):
    # given a two-band per-gram card
    # when a parcel is priced
    price, chargeable = rate_card_price(service(), RUSSIA, parcel(grams))
    # then the whole parcel is priced by its band
    assert price == Money(fen, "CNY") and chargeable == grams


def test_fractions_of_a_minor_unit_round_half_up_once():
    # given 12.50 CNY per kg and no fee: 2 g cost exactly 2.5 fen
    card = lane(Band(2000, "per_gram", per_kg=1250))
    # when priced, then 2.5 fen rounds up to 3 (banker's rounding would give 2)
    assert rate_card_price(service(), card, parcel(2))[0] == Money(3, "CNY")


@pytest.mark.parametrize(("grams", "cny"), [(1, 130), (500, 130), (501, 160), (1000, 160),
                                             (1001, 190), (20000, 130 + 39 * 30)])
def test_first_weight_then_each_started_additional_step(grams, cny):
    express = service(code="dhl", max_weight_g=70000, max_sum_cm=None, max_longest_cm=D("120"))
    price, _grams = rate_card_price(express, EXPRESS, parcel(grams))
    assert price == Money(cny * 100, "CNY")


def test_volumetric_weight_beats_actual_weight_for_a_light_bulky_parcel():
    # given a 300 g pillow in a 40 x 30 x 20 cm box: 24,000 cm³ / 5000 = 4.8 kg volumetric
    pillow = parcel(300, "40", "30", "20")
    express = service(code="dhl", max_weight_g=70000, max_sum_cm=None, max_longest_cm=D("120"),
                      volumetric_divisor=5000)
    # when express prices it
    price, chargeable = rate_card_price(express, EXPRESS, pillow)
    # then it bills 4.8 kg: 130 + ceil(4300 / 500) = 9 steps x 30 = 400 CNY
    assert chargeable == 4800
    assert price == Money(40000, "CNY")
    # and a service without volumetric pricing bills the actual 300 g
    actual_only = service(code="x", max_weight_g=70000, max_sum_cm=None, max_longest_cm=None)
    assert rate_card_price(actual_only, EXPRESS, pillow) == (Money(13000, "CNY"), 300)


def test_volumetric_grams_are_rounded_up():
    assert parcel(1, "10.5", "10", "10").volumetric_g(5000) == 210
    assert parcel(1, "10.1", "10.1", "10.1").volumetric_g(5000) == 207  # 1030.301 cm³ -> 206.06


def test_a_minimum_chargeable_weight_applies_to_lighter_parcels():
    epacket = service(min_chargeable_g=50)
    card = lane(Band(2000, "per_gram", per_kg=8000, item_fee=900))
    # 20 g is billed as 50 g: 9 + 80 x 0.05 = 13 CNY
    assert rate_card_price(epacket, card, parcel(20)) == (Money(1300, "CNY"), 50)


@pytest.mark.parametrize(("grams", "sides", "reason"), [
    (2000, ("20", "15", "5"), None),            # exactly 2 kg is allowed
    (2001, ("20", "15", "5"), "too_heavy"),
    (500, ("39.9", "30", "20"), None),          # 89.9 cm in all
    (500, ("40", "30", "20"), "too_large"),      # L+W+H must be under 90 cm
    (500, ("60", "10", "10"), "too_large"),      # the longest side must be under 60 cm
    (500, ("59.9", "10", "10"), None),
])
def test_small_packet_limits(grams, sides, reason):
    result = rate_card_price(service(), RUSSIA, parcel(grams, *sides))
    if reason is None:
        assert not isinstance(result, Refused)
    else:
        assert isinstance(result, Refused) and result.reason == reason
        assert "Post" in result.message


def test_length_plus_girth_limit():
    parcel_post = service(max_weight_g=20000, max_sum_cm=None, max_longest_cm=D("150"),
                          max_length_girth_cm=D("300"))
    card = lane(Band(20000, "per_gram", per_kg=1000))
    # 100 + 2 x (50 + 50) = 300: not under 300
    refused = rate_card_price(parcel_post, card, parcel(1000, "100", "50", "50"))
    assert refused.reason == "too_large" and "girth" in refused.message
    assert not isinstance(rate_card_price(parcel_post, card, parcel(1000, "100", "49.9", "50")),
                          Refused)


def test_a_weight_beyond_every_band_is_refused():
    short_card = lane(Band(1000, "per_gram", per_kg=1000))
    refused = rate_card_price(service(), short_card, parcel(1500))
    assert refused.reason == "too_heavy"


def test_several_items_stack_along_their_shortest_side():
    # given three 250 g boxes of 20 x 15 x 5 cm
    stacked = Parcel.of_items(weight_g=250, length_cm="15", width_cm="20", height_cm="5",
                              quantity=3)
    # then the parcel weighs 750 g and measures 20 x 15 x 15 cm
    assert stacked.weight_g == 750
    assert stacked.sides == (D("20"), D("15"), D("15"))
