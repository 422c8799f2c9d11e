"""Reference data the pricing app seeds: import-tax schemes and FX rates the ECB does not publish.

Everything here is operator-editable once loaded (Django admin and the admin API); the figures
are starting points with their source noted, not a substitute for the operator's own review.
"""

# --- import taxes on low-value imports --------------------------------------------------------
EU_VAT_SOURCE = ("European Commission, 'VAT rates applied in the Member States of the European "
                 "Union' (taxation-customs.ec.europa.eu), standard rates in force 2025-08")

# Standard VAT rates of the 27 member states, in basis points (EE 24% from 2025-07, FI 25.5% from
# 2024-09, RO 21% from 2025-08, SK 23% from 2025-01).
EU_STANDARD_VAT_BPS = {
    "AT": 2000, "BE": 2100, "BG": 2000, "HR": 2500, "CY": 1900, "CZ": 2100, "DK": 2500,
    "EE": 2400, "FI": 2550, "FR": 2000, "DE": 1900, "GR": 2400, "HU": 2700, "IE": 2300,
    "IT": 2200, "LV": 2100, "LT": 2100, "LU": 1700, "MT": 1800, "NL": 2100, "PL": 2300,
    "PT": 2300, "RO": 2100, "SK": 2300, "SI": 2200, "ES": 2100, "SE": 2500,
}

# code, name, threshold (major units), currency, basis, shipping taxed, source, {country: bps}
IMPORT_TAX_SCHEMES = [
    ("eu-ioss", "EU Import One-Stop Shop (IOSS)", 150, "EUR", "consignment", True,
     "Council Directive (EU) 2017/2455 and Implementing Regulation 2019/2026: VAT collected at "
     "sale on consignments of intrinsic value up to EUR 150; " + EU_VAT_SOURCE,
     EU_STANDARD_VAT_BPS),
    ("uk-lvg", "UK VAT on goods up to GBP 135", 135, "GBP", "consignment", True,
     "HMRC, 'VAT and overseas goods sold directly to customers in the UK' (since 2021-01-01): "
     "seller/marketplace charges UK VAT 20% on consignments up to GBP 135",
     {"GB": 2000}),
    ("au-lvig", "Australian GST on low value imported goods", 1000, "AUD", "item", True,
     "Australian Taxation Office, 'GST on low value imported goods' (since 2018-07-01): 10% GST "
     "collected at sale on goods of customs value up to AUD 1,000",
     {"AU": 1000}),
    ("no-voec", "Norway VAT on E-Commerce (VOEC)", 3000, "NOK", "item", True,
     "Skatteetaten, VOEC scheme (since 2020-04-01): 25% VAT collected at sale on goods of value "
     "below NOK 3,000 per item",
     {"NO": 2500}),
]

# --- FX rates the ECB reference set lacks -----------------------------------------------------
PEG_SOURCE = "official fixed rate of the issuing central bank"
# Currencies fixed against the US dollar: units per USD.
USD_PEGS = {
    "AED": "3.6725", "SAR": "3.75", "QAR": "3.64", "OMR": "0.3845", "BHD": "0.376",
    "JOD": "0.709", "DJF": "177.721", "BSD": "1", "BMD": "1", "PAB": "1", "BBD": "2",
    "BZD": "2", "XCD": "2.7", "KYD": "0.833333", "AWG": "1.79", "ANG": "1.79", "XCG": "1.79",
    "TMT": "3.5", "AZN": "1.7", "CUP": "24", "ERN": "15",
}
# Currencies fixed against the euro: units per EUR (converted through the ECB's EUR/USD).
EUR_PEGS = {
    "XAF": "655.957", "XOF": "655.957", "XPF": "119.33174", "BAM": "1.95583",
    "CVE": "110.265", "KMF": "491.96775", "STN": "24.5",
}
# Currencies at par with another one the ECB publishes: (anchor, units per anchor unit).
PAR_WITH = {
    "MOP": ("HKD", "1.03"), "BND": ("SGD", "1"), "NAD": ("ZAR", "1"), "LSL": ("ZAR", "1"),
    "SZL": ("ZAR", "1"), "BTN": ("INR", "1"), "NPR": ("INR", "1.6"),
}
SEED_SOURCE = ("approximate market rate (late 2025) seeded so that prices can be shown; the "
               "ECB stopped publishing RUB in 2022 and never published these: update them")
# Floating currencies of buyer markets the ECB does not cover: units per USD, approximate.
SEED_RATES = {
    "RUB": "81", "UAH": "41.5", "KZT": "520", "BYN": "3.1", "KWD": "0.3065", "EGP": "48",
    "NGN": "1500", "ARS": "1400", "CLP": "950", "COP": "4000", "PEN": "3.45", "UYU": "40",
    "BOB": "6.96", "PYG": "7300", "VND": "26300", "PKR": "282", "BDT": "122", "LKR": "300",
    "TWD": "31", "MAD": "9.2", "DZD": "132", "TND": "3", "UZS": "12000", "GEL": "2.7",
    "AMD": "390", "KGS": "87.5", "MDL": "17", "RSD": "100", "MKD": "53", "ALL": "84",
    "MNT": "3400", "KES": "129", "GHS": "12", "TZS": "2450", "UGX": "3600", "ETB": "150",
    "IQD": "1310", "IRR": "42000", "JMD": "160", "TTD": "6.8", "DOP": "63", "CRC": "505",
    "GTQ": "7.7", "HNL": "26", "NIO": "36.6", "MUR": "46", "MVR": "15.42", "KHR": "4000",
    "LAK": "21600", "MMK": "2100", "AFN": "68", "ZMW": "24", "MZN": "63.9", "AOA": "915",
    "BWP": "13.5", "LBP": "89500",
}
