from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from caravan.core.models import BaseModel


class Category(BaseModel):
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="children")
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    position = models.PositiveSmallIntegerField(default=0)
    # Platform commission on completed orders, in basis points (500 = 5%).
    commission_bps = models.PositiveIntegerField(
        default=800, validators=[MinValueValidator(0), MaxValueValidator(5000)])

    class Meta:
        ordering = ["position", "id"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name
