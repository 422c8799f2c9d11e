from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from caravan.core.models import BaseModel, StatusEvent

from .constants import SettlementCurrency, ShopStatus


class Shop(BaseModel):
    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                 related_name="shop")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    country = models.CharField(max_length=2)
    settlement_currency = models.CharField(max_length=3, choices=SettlementCurrency.choices,
                                           default=SettlementCurrency.USD)
    registration_number = models.CharField(_("business registration number"), max_length=40)
    description = models.TextField(blank=True, max_length=4000)
    status = models.CharField(max_length=24, choices=ShopStatus.choices,
                              default=ShopStatus.PENDING)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=ShopStatus.values),
                                   name="shop_status_valid"),
            models.CheckConstraint(condition=models.Q(settlement_currency__in=SettlementCurrency.values),
                                   name="shop_settlement_currency_valid"),
        ]

    def __str__(self) -> str:
        return self.name


class ShopEvent(StatusEvent):
    """One recorded move of the status: who, when, from, to, why."""

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="events")
