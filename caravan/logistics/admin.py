from django.contrib import admin
from unfold.admin import ModelAdmin, TabularInline

from .models import (
    Carrier,
    Destination,
    RateBand,
    ShippingService,
    ShippingTemplate,
    TemplateGroup,
    Zone,
)
from .tables import logistics_cache_bump


class BumpsCache:
    """Rate data edited here must reach the cached quotes on the next request."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        logistics_cache_bump()

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        logistics_cache_bump()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        logistics_cache_bump()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        logistics_cache_bump()


@admin.register(Carrier)
class CarrierAdmin(BumpsCache, ModelAdmin):
    list_display = ("code", "name", "website")


class ZoneInline(TabularInline):
    model = Zone
    extra = 0
    fields = ("code", "name", "days_min", "days_max")
    show_change_link = True


@admin.register(ShippingService)
class ShippingServiceAdmin(BumpsCache, ModelAdmin):
    list_display = ("code", "name", "carrier", "service_class", "tracked", "max_weight_g",
                    "volumetric_divisor", "active", "position")
    list_filter = ("service_class", "carrier", "active")
    inlines = [ZoneInline]


class RateBandInline(TabularInline):
    model = RateBand
    extra = 0


class DestinationInline(TabularInline):
    model = Destination
    extra = 0
    fields = ("country", "protection_days", "service")


@admin.register(Zone)
class ZoneAdmin(BumpsCache, ModelAdmin):
    list_display = ("service", "code", "name", "days_min", "days_max")
    list_filter = ("service",)
    inlines = [RateBandInline, DestinationInline]


@admin.register(Destination)
class DestinationAdmin(BumpsCache, ModelAdmin):
    list_display = ("country", "service", "zone", "protection_days")
    list_filter = ("service",)
    search_fields = ("country",)


class TemplateGroupInline(TabularInline):
    model = TemplateGroup
    extra = 0
    readonly_fields = ("position", "countries", "charge", "discount_pct")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ShippingTemplate)
class ShippingTemplateAdmin(ModelAdmin):
    """Read-only here: sellers edit their templates through their API, which keeps coverage."""

    list_display = ("name", "shop", "handling_days")
    search_fields = ("name", "shop__name")
    readonly_fields = ("shop", "name", "handling_days", "not_served")
    inlines = [TemplateGroupInline]
