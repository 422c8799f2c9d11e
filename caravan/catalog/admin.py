from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from unfold.admin import ModelAdmin, TabularInline

from caravan.core.errors import DomainError

from . import services
from .models import Category, CategoryAttribute, ListingEvent, Product, ProductTranslation, Sku


class CategoryAttributeInline(TabularInline):
    model = CategoryAttribute
    extra = 0


@admin.register(Category)
class CategoryAdmin(ModelAdmin):
    list_display = ("name", "slug", "parent", "position", "commission_bps")
    list_filter = ("parent__parent", "parent")
    search_fields = ("name", "slug")
    inlines = [CategoryAttributeInline]


class TranslationInline(TabularInline):
    model = ProductTranslation
    extra = 0
    readonly_fields = ("language", "title", "description")
    can_delete = False


class SkuInline(TabularInline):
    model = Sku
    extra = 0
    fields = ("code", "options", "price", "stock", "weight_g", "hs_code")
    readonly_fields = fields
    can_delete = False


class EventInline(TabularInline):
    model = ListingEvent
    extra = 0
    readonly_fields = ("from_status", "to_status", "actor", "reason", "created_at")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Product)
class ProductAdmin(ModelAdmin):
    """The listing review queue: filter on "Pending review", then approve or reject."""

    list_display = ("id", "title", "shop", "category", "status", "min_price", "updated_at")
    list_filter = ("status", "sale_unit")
    search_fields = ("id", "translations__title", "shop__name")
    readonly_fields = ("shop", "status", "min_price", "published_at", "created_at")
    fields = ("shop", "category", "status", "sale_unit", "lot_size", "brand_name", "min_price",
              "published_at", "created_at")
    inlines = [TranslationInline, SkuInline, EventInline]
    actions = ["approve", "reject"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("shop", "category")

    @admin.display(description=_("title"))
    def title(self, product):
        text = product.translations.filter(language="en").first()
        return text.title if text else "—"

    def _decide(self, request, queryset, approve: bool):
        for product in queryset.select_related("shop__owner"):
            try:
                services.listing_review_decide(
                    product=product, actor=request.user, approve=approve,
                    reason="approved by operator" if approve else "rejected by operator")
            except DomainError as exc:
                self.message_user(request, f"#{product.pk}: {exc.message}", messages.WARNING)

    @admin.action(description=_("Approve (go live)"))
    def approve(self, request, queryset):
        self._decide(request, queryset, approve=True)

    @admin.action(description=_("Reject"))
    def reject(self, request, queryset):
        self._decide(request, queryset, approve=False)
