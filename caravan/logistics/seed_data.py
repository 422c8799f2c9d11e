"""Seed logistics data: carriers, services, zones for every ISO 3166-1 country, rate cards.

Figures are in the rate-card currency's major units (CNY, HKD) and approximate the public
tariffs of each service as freight forwarders quote them (2019-2024) after the usual contract
discount; each service carries its source. They are a starting point an operator replaces with
the contracted tariffs (Django admin, or the admin API). Postal rows are anchored on DOMAIN.md §4:
about 1 kg to Russia by postal small packet costs 30-40 CNY.
"""

from caravan.pricing.data import EU_STANDARD_VAT_BPS

EU27 = set(EU_STANDARD_VAT_BPS)

# Regions used as destination zones. Everything not listed falls in "rest of the world".
NEAR_ASIA = {"CN", "JP", "KR", "KP", "MN", "TW", "HK", "MO", "SG", "MY", "TH", "VN", "PH", "ID",
             "BN", "KH", "LA", "MM", "TL"}
REST_OF_ASIA = {"IN", "PK", "BD", "LK", "NP", "BT", "MV", "AF", "KZ", "UZ", "KG", "TJ", "TM",
                "AE", "SA", "QA", "KW", "BH", "OM", "IL", "PS", "JO", "LB", "IQ", "IR", "SY",
                "YE", "TR"}
EUROPE = EU27 | {"GB", "CH", "NO", "IS", "LI", "AD", "MC", "SM", "VA", "GI", "FO", "AX", "IM",
                 "JE", "GG", "SJ", "GL"}
EASTERN_EUROPE = {"UA", "BY", "MD", "RS", "BA", "ME", "MK", "AL", "GE", "AM", "AZ"}
NORTH_AMERICA = {"US", "CA"}
OCEANIA = {"AU", "NZ"}
LATIN_AMERICA = {"MX", "AR", "CL", "CO", "PE", "EC", "BO", "PY", "UY", "VE", "CR", "PA", "GT",
                 "HN", "SV", "NI", "DO", "CU", "JM", "TT", "BZ", "GY", "SR", "HT", "BS", "BB"}
REST = "*"  # every country no other zone of the service lists

# No civilian delivery by any service: uninhabited or military-only territories.
NOWHERE = {"AQ", "BV", "HM", "TF", "GS", "IO", "UM"}
# Commercial express: sanctioned destinations, and Russia/Belarus (DHL, UPS, FedEx/TNT suspended
# inbound service there in March 2022).
EXPRESS_NOT_SERVED = {"KP", "IR", "SY", "CU", "RU", "BY"}
# Mainland China is domestic for services that depart from it.
FROM_MAINLAND = {"CN"}
# The platform's contracted lines do not run to North Korea (postal mail still does).
COOPERATIVE_NOT_SERVED = FROM_MAINLAND | {"KP"}

ZONES = {  # code: (name, countries)
    "asia-near": ("Neighbouring Asia", NEAR_ASIA),
    "asia-rest": ("Rest of Asia and the Middle East", REST_OF_ASIA),
    "ru": ("Russia", {"RU"}),
    "europe": ("Europe", EUROPE),
    "europe-east": ("Eastern Europe and the Caucasus", EASTERN_EUROPE),
    "north-america": ("United States and Canada", NORTH_AMERICA),
    "oceania": ("Australia and New Zealand", OCEANIA),
    "br": ("Brazil", {"BR"}),
    "latin-america": ("Latin America and the Caribbean", LATIN_AMERICA),
    "world": ("Rest of the world", REST),
}
# Buyer protection runs longer where post is slow (DOMAIN.md §5); express keeps its default.
PROTECTION_DAYS = {"RU": 90, "BR": 120}

SMALL_PACKET = {"max_weight_g": 2000, "max_sum_cm": "90", "max_longest_cm": "60"}


def per_gram(up_to_g: int, per_kg: str, item_fee: str) -> dict:
    return {"up_to_g": up_to_g, "method": "per_gram", "per_kg": per_kg, "item_fee": item_fee}


def first_additional(up_to_g: int, first_g: int, first: str, step_g: int, step: str,
                     item_fee: str = "0") -> dict:
    return {"up_to_g": up_to_g, "method": "first_additional", "first_weight_g": first_g,
            "first_price": first, "step_g": step_g, "step_price": step, "item_fee": item_fee}


def express_card(first: str, additional: str, heavy_per_kg: str) -> list[dict]:
    """First 0.5 kg + each further 0.5 kg to 20 kg; then per whole kg to 70 kg."""
    at_20kg = str(int(first) + 39 * int(additional))
    return [first_additional(20000, 500, first, 500, additional),
            first_additional(70000, 20000, at_20kg, 1000, heavy_per_kg)]


CARRIERS = [
    ("china-post", "China Post", "https://www.chinapost.com.cn",
     "https://www.ems.com.cn/qps/yjcx?mailNum={number}"),
    ("hongkong-post", "Hongkong Post", "https://www.hongkongpost.hk",
     "https://www.hongkongpost.hk/en/mail_tracking/index.html?trackcode={number}"),
    ("caravan", "Caravan Logistics", "", ""),
    ("dhl", "DHL Express", "https://www.dhl.com",
     "https://www.dhl.com/track?tracking-id={number}"),
    ("ups", "UPS", "https://www.ups.com", "https://www.ups.com/track?tracknum={number}"),
    ("fedex", "FedEx", "https://www.fedex.com",
     "https://www.fedex.com/fedextrack/?trknbr={number}"),
    ("tnt", "TNT", "https://www.tnt.com",
     "https://www.tnt.com/express/en_gc/site/shipping-tools/tracking.html?cons={number}"),
]

CHINA_POST_SOURCE = (
    "China Post international small packet (国际小包) tariff: per-gram rate by destination zone "
    "plus a per-item fee (registration for the registered service), figures approximating "
    "forwarder-quoted rates 2019-2023; limits per China Post/UPU small packet rules (2 kg, "
    "L+W+H < 90 cm, longest side < 60 cm); Russia per DOMAIN.md §4 (~1 kg for 30-40 CNY).")

# Each service: its fields, then zones as {zone code: (days_min, days_max, bands)}.
SERVICES = [
    {"code": "cpost-registered", "name": "China Post Registered Air Mail",
     "carrier": "china-post", "service_class": "postal", "tracked": True, "loss_rate_bps": 100,
     "currency": "CNY", **SMALL_PACKET, "default_protection_days": 60,
     "excluded": FROM_MAINLAND, "source": CHINA_POST_SOURCE,
     "zones": {
         "asia-near": (7, 15, [per_gram(2000, "62", "9")]),
         "asia-rest": (10, 25, [per_gram(2000, "75", "11")]),
         "ru": (15, 35, [per_gram(150, "50", "8"), per_gram(2000, "29", "10")]),
         "europe": (10, 25, [per_gram(300, "85", "12"), per_gram(2000, "80", "14")]),
         "europe-east": (15, 30, [per_gram(2000, "72", "11")]),
         "north-america": (10, 25, [per_gram(200, "105", "17"), per_gram(2000, "95", "19")]),
         "oceania": (10, 25, [per_gram(2000, "80", "14")]),
         "br": (25, 60, [per_gram(2000, "95", "18")]),
         "latin-america": (20, 45, [per_gram(2000, "110", "16")]),
         "world": (20, 60, [per_gram(2000, "140", "18")]),
     }},
    {"code": "cpost-ordinary", "name": "China Post Ordinary Small Packet",
     "carrier": "china-post", "service_class": "postal", "tracked": False, "loss_rate_bps": 300,
     "currency": "CNY", **SMALL_PACKET, "default_protection_days": 60,
     "excluded": FROM_MAINLAND, "source": CHINA_POST_SOURCE,
     "zones": {
         "asia-near": (10, 25, [per_gram(2000, "58", "2")]),
         "asia-rest": (15, 35, [per_gram(2000, "70", "3")]),
         "ru": (20, 45, [per_gram(2000, "27", "3.5")]),
         "europe": (15, 35, [per_gram(2000, "76", "3")]),
         "europe-east": (20, 40, [per_gram(2000, "68", "3")]),
         "north-america": (15, 35, [per_gram(2000, "92", "4")]),
         "oceania": (15, 35, [per_gram(2000, "76", "3")]),
         "br": (30, 70, [per_gram(2000, "90", "4")]),
         "latin-america": (25, 60, [per_gram(2000, "100", "4")]),
         "world": (25, 70, [per_gram(2000, "130", "5")]),
     }},
    {"code": "epacket", "name": "ePacket", "carrier": "china-post", "service_class": "postal",
     "tracked": True, "loss_rate_bps": 50, "currency": "CNY", **SMALL_PACKET,
     "min_chargeable_g": 50, "default_protection_days": 60, "excluded": FROM_MAINLAND,
     "source": "China Post ePacket (e邮宝): per-gram rate plus a per-item fee, 50 g minimum "
               "charge, served to its list of destinations only; figures approximate the "
               "published 2016-2020 rates (e.g. US 0.08 CNY/g + 9 CNY per item).",
     "zone_countries": {
         "north-america": NORTH_AMERICA,
         "europe": {"GB", "FR", "DE", "ES", "IT", "NL", "BE", "AT", "IE", "PT", "GR", "PL", "CZ",
                    "HU", "DK", "SE", "FI", "NO", "CH", "LU", "HR", "EE", "LV", "LT", "MT"},
         "ru": {"RU", "UA", "KZ", "BY"},
         "asia-near": {"JP", "KR", "SG", "MY", "TH", "VN"},
         "asia-rest": {"IL", "SA", "TR"},
         "oceania": OCEANIA,
         "latin-america": {"BR", "MX"},
     },
     "zones": {
         "north-america": (7, 15, [per_gram(2000, "80", "9")]),
         "europe": (7, 15, [per_gram(2000, "65", "19")]),
         "ru": (10, 20, [per_gram(2000, "40", "10")]),
         "asia-near": (6, 12, [per_gram(2000, "55", "14")]),
         "asia-rest": (8, 16, [per_gram(2000, "70", "17")]),
         "oceania": (7, 15, [per_gram(2000, "68", "17")]),
         "latin-america": (15, 30, [per_gram(2000, "90", "20")]),
     }},
    {"code": "hkpost-registered", "name": "Hongkong Post Registered Air Mail",
     "carrier": "hongkong-post", "service_class": "postal", "tracked": True,
     "loss_rate_bps": 80, "currency": "HKD", **SMALL_PACKET, "default_protection_days": 60,
     "excluded": set(), "source": "Hongkong Post air mail small packet with registration "
     "(HK$18 per item), per-gram rate by zone; approximate 2023 tariff.",
     "zones": {
         "asia-near": (5, 12, [per_gram(2000, "90", "18")]),
         "asia-rest": (8, 20, [per_gram(2000, "110", "18")]),
         "ru": (10, 25, [per_gram(2000, "120", "18")]),
         "europe": (10, 25, [per_gram(2000, "120", "18")]),
         "europe-east": (10, 25, [per_gram(2000, "120", "18")]),
         "north-america": (10, 20, [per_gram(2000, "130", "18")]),
         "oceania": (10, 20, [per_gram(2000, "130", "18")]),
         "br": (15, 45, [per_gram(2000, "150", "18")]),
         "latin-america": (15, 45, [per_gram(2000, "150", "18")]),
         "world": (15, 45, [per_gram(2000, "150", "18")]),
     }},
    {"code": "cpost-air-parcel", "name": "China Post Air Parcel (large packet)",
     "carrier": "china-post", "service_class": "postal", "tracked": True, "loss_rate_bps": 50,
     "currency": "CNY", "max_weight_g": 20000, "max_longest_cm": "150",
     "max_length_girth_cm": "300", "default_protection_days": 60, "excluded": FROM_MAINLAND,
     "source": "China Post international air parcel (航空大包): first 1 kg + each further kg "
               "plus an 8 CNY handling fee; 20 kg, longest side 1.5 m, length + girth 3 m "
               "(UPU parcel limits); approximate published rates.",
     "zones": {
         "asia-near": (7, 15, [first_additional(20000, 1000, "120", 1000, "30", "8")]),
         "asia-rest": (10, 20, [first_additional(20000, 1000, "160", 1000, "55", "8")]),
         "ru": (15, 30, [first_additional(20000, 1000, "130", 1000, "40", "8")]),
         "europe": (10, 20, [first_additional(20000, 1000, "190", 1000, "70", "8")]),
         "europe-east": (15, 30, [first_additional(20000, 1000, "170", 1000, "60", "8")]),
         "north-america": (10, 20, [first_additional(20000, 1000, "210", 1000, "80", "8")]),
         "oceania": (10, 20, [first_additional(20000, 1000, "190", 1000, "70", "8")]),
         "br": (20, 45, [first_additional(20000, 1000, "230", 1000, "95", "8")]),
         "latin-america": (20, 40, [first_additional(20000, 1000, "240", 1000, "95", "8")]),
         "world": (20, 50, [first_additional(20000, 1000, "260", 1000, "110", "8")]),
     }},
    {"code": "caravan-standard", "name": "Caravan Standard Shipping", "carrier": "caravan",
     "service_class": "cooperative", "tracked": True, "loss_rate_bps": 30, "currency": "CNY",
     **SMALL_PACKET, "default_protection_days": 60, "excluded": COOPERATIVE_NOT_SERVED,
     "source": "Platform cooperative line (modelled on AliExpress Standard Shipping / Cainiao "
               "standard): per-gram rate plus a per-item fee, tracked end to end; contract "
               "figures of the same order as China Post registered.",
     "zones": {
         "asia-near": (7, 15, [per_gram(2000, "58", "10")]),
         "asia-rest": (10, 20, [per_gram(2000, "75", "14")]),
         "ru": (10, 20, [per_gram(150, "45", "8"), per_gram(2000, "30", "9")]),
         "europe": (8, 18, [per_gram(2000, "72", "14")]),
         "europe-east": (10, 20, [per_gram(2000, "68", "13")]),
         "north-america": (8, 16, [per_gram(2000, "88", "16")]),
         "oceania": (8, 16, [per_gram(2000, "78", "15")]),
         "br": (15, 35, [per_gram(2000, "90", "17")]),
         "latin-america": (15, 30, [per_gram(2000, "100", "17")]),
     }},
    {"code": "caravan-premium", "name": "Caravan Premium Shipping", "carrier": "caravan",
     "service_class": "cooperative", "tracked": True, "loss_rate_bps": 10, "currency": "CNY",
     "volumetric_divisor": 5000, "max_weight_g": 30000, "max_longest_cm": "120",
     "default_protection_days": 60, "excluded": COOPERATIVE_NOT_SERVED,
     "source": "Platform cooperative premium line (modelled on AliExpress Premium Shipping): "
               "first 0.5 kg + each further 0.5 kg, volumetric weight L*W*H/5000, 30 kg.",
     "zones": {
         "asia-near": (4, 8, [first_additional(30000, 500, "55", 500, "14")]),
         "asia-rest": (6, 12, [first_additional(30000, 500, "85", 500, "22")]),
         "ru": (7, 15, [first_additional(30000, 500, "60", 500, "16")]),
         "europe": (6, 12, [first_additional(30000, 500, "90", 500, "24")]),
         "europe-east": (7, 14, [first_additional(30000, 500, "95", 500, "26")]),
         "north-america": (6, 12, [first_additional(30000, 500, "95", 500, "26")]),
         "oceania": (6, 12, [first_additional(30000, 500, "90", 500, "24")]),
         "br": (10, 20, [first_additional(30000, 500, "130", 500, "38")]),
         "latin-america": (8, 18, [first_additional(30000, 500, "130", 500, "36")]),
     }},
]

EXPRESS_SOURCE = (
    "%s published export tariff from China (first 0.5 kg + each further 0.5 kg to 20 kg, then "
    "per kg; volumetric weight L*W*H/5000), approximated at a typical forwarder discount; "
    "piece limits from the carrier's service guide.")
EXPRESS_DAYS = {"asia-near": (2, 4), "asia-rest": (3, 6), "europe": (3, 6),
                "europe-east": (4, 7), "north-america": (3, 5), "oceania": (3, 6),
                "br": (5, 9), "latin-america": (4, 8), "world": (5, 10)}
# CNY: first 0.5 kg, each further 0.5 kg, per kg above 20 kg (DHL; others scaled below).
EXPRESS_RATES = {"asia-near": (130, 30, 45), "asia-rest": (190, 45, 70), "europe": (200, 50, 75),
                 "europe-east": (260, 60, 90), "north-america": (210, 55, 80),
                 "oceania": (190, 45, 70), "br": (300, 80, 120),
                 "latin-america": (290, 75, 110), "world": (330, 85, 130)}
# carrier, name, rate factor against DHL (percent), limits
EXPRESS = [
    ("dhl", "DHL Express Worldwide", 100, {"max_weight_g": 70000, "max_longest_cm": "120"}),
    ("ups", "UPS Worldwide Saver", 102, {"max_weight_g": 70000, "max_longest_cm": "274",
                                         "max_length_girth_cm": "400"}),
    ("fedex", "FedEx International Priority", 98, {"max_weight_g": 68000,
                                                   "max_longest_cm": "274",
                                                   "max_length_girth_cm": "330"}),
    ("tnt", "TNT Express", 105, {"max_weight_g": 70000, "max_longest_cm": "240"}),
]


def _express_services() -> list[dict]:
    out = []
    for carrier, name, factor, limits in EXPRESS:
        def scaled(value: int, factor=factor) -> str:
            return str(round(value * factor / 100))
        zones = {code: (*EXPRESS_DAYS[code], express_card(scaled(f), scaled(a), scaled(h)))
                 for code, (f, a, h) in EXPRESS_RATES.items()}
        out.append({
            "code": f"{carrier}-express", "name": name, "carrier": carrier,
            "service_class": "express", "tracked": True, "loss_rate_bps": 5, "currency": "CNY",
            "volumetric_divisor": 5000, **limits, "default_protection_days": 30,
            "no_protection_overrides": True, "excluded": EXPRESS_NOT_SERVED,
            "source": EXPRESS_SOURCE % name, "zones": zones})
    return out


SERVICES += _express_services()
