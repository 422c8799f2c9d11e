from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from unfold.admin import ModelAdmin, TabularInline

from caravan.core.errors import DomainError

from . import services
from .constants import ShopStatus
from .models import Shop, ShopEvent


class ShopEventInline(TabularInline):
    model = ShopEvent
    extra = 0
    can_delete = False
    readonly_fields = ("from_status", "to_status", "actor", "reason", "created_at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Shop)
class ShopAdmin(ModelAdmin):
    list_display = ("name", "slug", "country", "settlement_currency", "status", "created_at")
    list_filter = ("status", "country", "settlement_currency")
    search_fields = ("name", "slug", "registration_number", "owner__email")
    readonly_fields = ("owner", "status", "created_at", "updated_at")
    inlines = [ShopEventInline]
    actions = ["verify", "suspend"]

    def _move(self, request, queryset, to, reason):
        for shop in queryset:
            try:
                services.shop_set_status(shop=shop, to=to, actor=request.user, reason=reason)
            except DomainError as exc:
                self.message_user(request, f"{shop}: {exc.message}", messages.WARNING)

    @admin.action(description=_("Verify and activate"))
    def verify(self, request, queryset):
        self._move(request, queryset, ShopStatus.ACTIVE, "verified by operator")

    @admin.action(description=_("Suspend"))
    def suspend(self, request, queryset):
        self._move(request, queryset, ShopStatus.SUSPENDED, "suspended by operator")
