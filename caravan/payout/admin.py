"""The back office: withdrawals, bank accounts (masked) and funds releases, read-only; the one
action is sending new test deposits to a locked bank account."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from unfold.admin import ModelAdmin, TabularInline

from caravan.core.errors import DomainError

from . import services
from .models import BankAccount, BankAccountEvent, FundsRelease, Withdrawal, WithdrawalEvent


class ReadOnly:
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class EventInline(ReadOnly, TabularInline):
    extra = 0
    fields = ("created_at", "from_status", "to_status", "actor", "reason")
    readonly_fields = fields


class WithdrawalEventInline(EventInline):
    model = WithdrawalEvent


class BankAccountEventInline(EventInline):
    model = BankAccountEvent


@admin.register(Withdrawal)
class WithdrawalAdmin(ReadOnly, ModelAdmin):
    list_display = ("id", "created_at", "shop", "amount", "currency", "bank_account", "status",
                    "failure_code", "provider_reference")
    list_filter = ("status", "currency", "provider")
    search_fields = ("=id", "shop__name", "provider_reference")
    list_select_related = ("shop", "bank_account")
    exclude = ("request_hash",)
    inlines = [WithdrawalEventInline]
    show_full_result_count = False


@admin.register(BankAccount)
class BankAccountAdmin(ReadOnly, ModelAdmin):
    list_display = ("id", "shop", "holder_name", "bank_name", "masked", "bic", "country",
                    "currency", "status", "deposit_state", "verify_tries")
    list_filter = ("status", "currency", "country")
    search_fields = ("shop__name", "holder_name", "bank_name", "bic", "last4")
    list_select_related = ("shop",)
    # The encrypted number and the test amounts never reach the page.
    fields = ("shop", "holder_name", "bank_name", "bic", "country", "currency", "number_kind",
              "masked", "status", "deposit_state", "deposit_round", "verify_tries",
              "verified_at", "failure_code", "created_at", "updated_at")
    readonly_fields = fields
    inlines = [BankAccountEventInline]
    actions = ["send_new_deposits"]

    @admin.display(description=_("account"))
    def masked(self, obj):
        return obj.masked

    @admin.action(description=_("Unlock: send new test deposits"))
    def send_new_deposits(self, request, queryset):
        for account in queryset:
            try:
                services.bank_account_reverify(account=account, actor=request.user)
            except DomainError as exc:
                self.message_user(request, f"{account}: {exc.message}", messages.WARNING)


@admin.register(FundsRelease)
class FundsReleaseAdmin(ReadOnly, ModelAdmin):
    list_display = ("id", "order", "shop", "amount", "currency", "completed_at", "available_at",
                    "released_at", "released_amount")
    list_filter = ("currency",)
    search_fields = ("=order__id", "order__number", "shop__name")
    list_select_related = ("order", "shop")
    show_full_result_count = False
