from django.contrib import admin
from unfold.admin import ModelAdmin, TabularInline

from .models import FxRate, ImportTaxRate, ImportTaxScheme
from .selectors import fx_cache_bump


@admin.register(FxRate)
class FxRateAdmin(ModelAdmin):
    list_display = ("currency", "rate", "source", "effective_at", "note")
    list_filter = ("source", "currency")
    search_fields = ("currency", "note")
    date_hierarchy = "effective_at"

    # Saved through the admin form: readers must see the change on their next request.
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        fx_cache_bump()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        fx_cache_bump()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        fx_cache_bump()


class ImportTaxRateInline(TabularInline):
    model = ImportTaxRate
    extra = 0


@admin.register(ImportTaxScheme)
class ImportTaxSchemeAdmin(ModelAdmin):
    list_display = ("code", "name", "threshold", "threshold_currency", "basis", "shipping_taxed")
    inlines = [ImportTaxRateInline]


@admin.register(ImportTaxRate)
class ImportTaxRateAdmin(ModelAdmin):
    list_display = ("country", "scheme", "rate_bps", "source")
    list_filter = ("scheme",)
    search_fields = ("country",)
