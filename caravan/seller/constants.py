from django.db import models
from django.utils.translation import gettext_lazy as _


class ShopStatus(models.TextChoices):
    PENDING = "pending_verification", _("Pending verification")
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")


SHOP_TRANSITIONS = {
    ShopStatus.PENDING: frozenset({ShopStatus.ACTIVE, ShopStatus.SUSPENDED}),
    ShopStatus.ACTIVE: frozenset({ShopStatus.SUSPENDED, ShopStatus.PENDING}),
    ShopStatus.SUSPENDED: frozenset({ShopStatus.ACTIVE}),
}


class SettlementCurrency(models.TextChoices):
    USD = "USD", _("US dollar")
    CNY = "CNY", _("Chinese yuan")


# Business registration number validators (python-stdnum module per country). Countries absent
# here have no checksum validator; their numbers are stored as given and checked by an operator.
REGISTRATION_VALIDATORS = {
    "CN": "stdnum.cn.uscc",  # unified social credit code
    "US": "stdnum.us.ein",
    "GB": "stdnum.gb.utr",
    "DE": "stdnum.de.vat",
    "FR": "stdnum.fr.siren",
    "ES": "stdnum.es.cif",
    "KR": "stdnum.kr.brn",
    "TW": "stdnum.tw.ubn",
    "JP": "stdnum.jp.cn",
}
