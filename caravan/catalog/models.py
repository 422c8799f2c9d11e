from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q

from caravan.core.models import BaseModel, StatusEvent

from .constants import HS_CODE_PATTERN, AttributeKind, ListingStatus, SaleUnit


class Category(BaseModel):
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="children")
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    # {"zh-hans": "...", "ru": "..."}: names in other languages, English is `name`.
    name_translations = models.JSONField(default=dict, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    # Platform commission on completed orders, in basis points (500 = 5%).
    commission_bps = models.PositiveIntegerField(
        default=800, validators=[MinValueValidator(0), MaxValueValidator(5000)])

    class Meta:
        ordering = ["position", "id"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name

    def name_in(self, language: str) -> str:
        return self.name_translations.get(language) or self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Reads use a cached copy of the (small, rarely edited) tree.
        cache.delete("catalog:category-tree")


class CategoryAttribute(models.Model):
    """An attribute listings of a category describe, e.g. colour or size."""

    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="attributes")
    code = models.SlugField(max_length=40)
    name = models.CharField(max_length=80)
    kind = models.CharField(max_length=10, choices=AttributeKind.choices,
                            default=AttributeKind.CHOICE)
    options = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["category", "code"],
                                               name="category_attribute_unique")]

    def __str__(self) -> str:
        return f"{self.category}: {self.name}"


class Product(BaseModel):
    """A listing: what a shop sells, in one category, per piece or per lot of N pieces."""

    shop = models.ForeignKey("seller.Shop", on_delete=models.PROTECT, related_name="products")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="products")
    status = models.CharField(max_length=20, choices=ListingStatus.choices,
                              default=ListingStatus.DRAFT)
    sale_unit = models.CharField(max_length=8, choices=SaleUnit.choices, default=SaleUnit.PIECE)
    lot_size = models.PositiveIntegerField(default=1, validators=[MinValueValidator(1)])
    default_language = models.CharField(max_length=10, default="en")
    brand_name = models.CharField(max_length=120, blank=True)
    shipping_template = models.ForeignKey("logistics.ShippingTemplate", null=True, blank=True,
                                          on_delete=models.SET_NULL, related_name="products")
    # Lowest SKU price, kept by the services for sorting and price filters (USD minor units).
    min_price = models.PositiveBigIntegerField(default=0)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["status", "category", "id"]),
            models.Index(fields=["shop", "status", "id"]),
            models.Index(fields=["status", "min_price", "id"]),
            # The default "newest" order walks this and stops at a page of matches, instead of
            # sorting every live listing.
            models.Index(fields=["-published_at", "-id"], condition=Q(status="active"),
                         name="product_live_newest"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ListingStatus.values),
                                   name="product_status_valid"),
            models.CheckConstraint(condition=Q(sale_unit="lot", lot_size__gte=2)
                                   | Q(sale_unit="piece", lot_size=1),
                                   name="product_lot_size_matches_unit"),
        ]

    def __str__(self) -> str:
        return f"product {self.pk}"


class ProductTranslation(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=10)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=20000)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["product", "language"],
                                               name="product_translation_unique")]

    def __str__(self) -> str:
        return f"{self.language}: {self.title}"


def image_path(instance, filename: str) -> str:
    return f"products/{instance.product_id}/{filename}"


class ProductImage(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(upload_to=image_path)
    thumbnail = models.ImageField(upload_to=image_path, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.image.name


class Sku(BaseModel):
    """A variant: its own options, price (USD minor units), stock, weight, size and customs data."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="skus")
    code = models.CharField(max_length=64, help_text="the seller's own SKU code")
    options = models.JSONField(default=dict, blank=True)  # {"colour": "red", "size": "M"}
    price = models.PositiveBigIntegerField(help_text="USD minor units, per sale unit")
    stock = models.IntegerField(default=0)
    weight_g = models.PositiveIntegerField(validators=[MinValueValidator(1)])
    length_cm = models.DecimalField(max_digits=6, decimal_places=1)
    width_cm = models.DecimalField(max_digits=6, decimal_places=1)
    height_cm = models.DecimalField(max_digits=6, decimal_places=1)
    hs_code = models.CharField(max_length=10, blank=True,
                               validators=[RegexValidator(HS_CODE_PATTERN)])
    origin_country = models.CharField(max_length=2, default="CN")

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(stock__gte=0), name="sku_stock_not_negative"),
            models.CheckConstraint(condition=Q(price__gt=0), name="sku_price_positive"),
            models.UniqueConstraint(fields=["product", "code"], name="sku_code_unique"),
        ]

    def __str__(self) -> str:
        return self.code


class ListingEvent(StatusEvent):
    """One recorded move of the status: who, when, from, to, why."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="events")


class SearchDocument(models.Model):
    """The search tokens of a live listing (see catalog.search); absent when not live."""

    product = models.OneToOneField(Product, on_delete=models.CASCADE, primary_key=True,
                                   related_name="search_document")
    tokens = models.TextField()

    def __str__(self) -> str:
        return f"search document of {self.product_id}"
