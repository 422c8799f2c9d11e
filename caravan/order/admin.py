from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from unfold.admin import ModelAdmin, TabularInline

from caravan.core.errors import DomainError

from . import aftersale
from .models import CancellationRequest, HeldFundsCase, Order, OrderEvent, OrderLine


class LineInline(TabularInline):
    model = OrderLine
    extra = 0
    can_delete = False
    fields = ("title", "options", "unit_price", "quantity", "line_total")
    readonly_fields = fields


class EventInline(TabularInline):
    model = OrderEvent
    extra = 0
    can_delete = False
    readonly_fields = ("from_status", "to_status", "actor", "reason", "created_at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Order)
class OrderAdmin(ModelAdmin):
    list_display = ("number", "shop", "status", "total", "settlement_currency", "created_at")
    list_filter = ("status", "settlement_currency", "ship_to_country")
    search_fields = ("number", "shop__name")
    inlines = [LineInline, EventInline]

    def has_change_permission(self, request, obj=None):
        return False  # orders move only through their services

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CancellationRequest)
class CancellationAdmin(ModelAdmin):
    list_display = ("order", "status", "respond_by", "decided_at")
    list_filter = ("status",)
    readonly_fields = ("order", "reason", "status", "respond_by", "decided_at", "decided_by",
                       "answer")


@admin.register(HeldFundsCase)
class HeldFundsCaseAdmin(ModelAdmin):
    """Protection ended without delivery on record: release to the seller or refund."""

    list_display = ("order", "status", "reason", "created_at")
    list_filter = ("status",)
    readonly_fields = ("order", "reason", "status", "decided_by", "decision_reason")
    actions = ["release", "refund"]

    def _decide(self, request, queryset, release: bool):
        for case in queryset:
            try:
                aftersale.held_case_decide(case=case, actor=request.user, release=release,
                                           reason="decided in the operations console")
            except DomainError as exc:
                self.message_user(request, f"{case}: {exc.message}", messages.WARNING)

    @admin.action(description=_("Release the funds to the seller"))
    def release(self, request, queryset):
        self._decide(request, queryset, release=True)

    @admin.action(description=_("Refund the buyer in full"))
    def refund(self, request, queryset):
        self._decide(request, queryset, release=False)
