from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from unfold.admin import ModelAdmin, TabularInline

from caravan.core.errors import DomainError
from caravan.core.money import Money

from . import services
from .constants import ReviewStatus
from .models import PaymentAttempt, PaymentEvent, PaymentOperation, RiskReview, WebhookEvent


class ReadOnlyAdmin(ModelAdmin):
    """Payments change only through the services; the back office looks, never edits."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PaymentEventInline(TabularInline):
    model = PaymentEvent
    extra = 0
    can_delete = False
    fields = readonly_fields = ("from_status", "to_status", "actor", "reason", "created_at")

    def has_add_permission(self, request, obj=None):
        return False


class PaymentOperationInline(TabularInline):
    model = PaymentOperation
    extra = 0
    can_delete = False
    fields = readonly_fields = ("kind", "amount", "key", "provider_reference", "created_at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(PaymentAttempt)
class PaymentAttemptAdmin(ReadOnlyAdmin):
    list_display = ("id", "checkout_id", "buyer", "status", "money", "brand", "last4",
                    "avs_line1_check", "avs_postal_check", "cvc_check", "decline_code",
                    "risk_score", "risk_level", "needs_review", "created_at")
    list_filter = ("status", "risk_level", "needs_review", "channel", "brand", "decline_code")
    search_fields = ("=id", "=checkout_id", "buyer__email", "=provider_reference", "=last4")
    list_select_related = ("buyer",)
    inlines = [PaymentEventInline, PaymentOperationInline]

    @admin.display(description=_("amount"), ordering="amount")
    def money(self, obj: PaymentAttempt) -> str:
        return Money(obj.amount, obj.currency).format()


@admin.register(RiskReview)
class RiskReviewAdmin(ReadOnlyAdmin):
    list_display = ("id", "attempt", "score", "reasons", "status", "decided_by", "decided_at",
                    "created_at")
    list_filter = ("status",)
    list_select_related = ("attempt", "decided_by")
    search_fields = ("=attempt__id", "attempt__buyer__email")
    ordering = ("status", "created_at")
    actions = ["approve", "reject"]

    def has_change_permission(self, request, obj=None):
        # The decision actions need it; every field stays read-only.
        return request.user.has_perm("payment.change_riskreview")

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def _decide(self, request, queryset, approve: bool, reason: str):
        for review in queryset.filter(status=ReviewStatus.OPEN):
            try:
                services.risk_review_decide(review=review, actor=request.user, approve=approve,
                                            reason=reason)
            except DomainError as exc:
                self.message_user(request, f"{review}: {exc.message}", messages.WARNING)

    @admin.action(description=_("Approve and capture"), permissions=["change"])
    def approve(self, request, queryset):
        self._decide(request, queryset, True, "approved in the review queue")

    @admin.action(description=_("Reject and void"), permissions=["change"])
    def reject(self, request, queryset):
        self._decide(request, queryset, False, "rejected in the review queue")


@admin.register(WebhookEvent)
class WebhookEventAdmin(ReadOnlyAdmin):
    list_display = ("event_id", "provider", "type", "reference", "received_at", "processed_at")
    list_filter = ("provider", "type")
    search_fields = ("=event_id", "=reference")
