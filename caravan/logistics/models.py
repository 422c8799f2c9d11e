from django.db import models

from caravan.core.models import BaseModel


class ShippingTemplate(BaseModel):
    """A seller's shipping rules, which products point to (services per destination group)."""

    shop = models.ForeignKey("seller.Shop", on_delete=models.CASCADE,
                             related_name="shipping_templates")
    name = models.CharField(max_length=120)

    def __str__(self) -> str:
        return self.name
