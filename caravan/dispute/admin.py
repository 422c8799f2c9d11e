"""The operator's arbitration queue (filter on "Waiting for Caravan's decision"): decisions go
through `dispute_decide`, the same service as the admin API."""

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from unfold.admin import ModelAdmin, TabularInline
from unfold.forms import ActionForm

from caravan.core.errors import DomainError

from . import services
from .constants import Outcome
from .forms import AmountField
from .models import Dispute, DisputeEvent, DisputeMessage


class DecisionForm(ActionForm):
    """Beside the action menu: the reason every decision needs, the amount a partial needs."""

    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)
    amount = AmountField(label=_("Amount (USD, partial)"), required=False)


class MessageInline(TabularInline):
    model = DisputeMessage
    extra = 0
    can_delete = False
    fields = readonly_fields = ("side", "author", "text", "image", "created_at")

    def has_add_permission(self, request, obj=None):
        return False


class EventInline(TabularInline):
    model = DisputeEvent
    extra = 0
    can_delete = False
    fields = readonly_fields = ("from_status", "to_status", "actor", "reason", "created_at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Dispute)
class DisputeAdmin(ModelAdmin):
    list_display = ("id", "order", "shop", "reason", "status", "negotiation_ends_at",
                    "refund_amount", "created_at")
    list_filter = ("status", "reason")
    search_fields = ("order__number", "shop__name", "buyer__email")
    readonly_fields = [field.name for field in Dispute._meta.fields]
    inlines = [MessageInline, EventInline]
    action_form = DecisionForm
    actions = ["decide_full", "decide_partial", "decide_none", "decide_counterfeit"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("order", "shop", "buyer")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def _decide(self, request, queryset, outcome: Outcome, counterfeit: bool = False):
        reason = request.POST.get("reason", "").strip()
        try:
            amount = AmountField(required=False).clean(request.POST.get("amount") or None) \
                if outcome == Outcome.PARTIAL else None
        except forms.ValidationError as exc:
            self.message_user(request, " ".join(exc.messages), messages.ERROR)
            return
        for dispute in queryset:
            try:
                services.dispute_decide(dispute=dispute, operator=request.user, outcome=outcome,
                                        reason=reason, amount=amount, counterfeit=counterfeit)
            except DomainError as exc:
                self.message_user(request, f"{dispute}: {exc.message}", messages.WARNING)

    @admin.action(description=_("Decide: full refund"))
    def decide_full(self, request, queryset):
        self._decide(request, queryset, Outcome.FULL)

    @admin.action(description=_("Decide: partial refund of the amount"))
    def decide_partial(self, request, queryset):
        self._decide(request, queryset, Outcome.PARTIAL)

    @admin.action(description=_("Decide: no refund"))
    def decide_none(self, request, queryset):
        self._decide(request, queryset, Outcome.NONE)

    @admin.action(description=_("Decide: counterfeit, refund twice (second part from seller)"))
    def decide_counterfeit(self, request, queryset):
        self._decide(request, queryset, Outcome.FULL, counterfeit=True)
