"""The ledger in the back office: read-only, because only the ledger services write it."""

from django.contrib import admin
from unfold.admin import ModelAdmin

from .models import Account, Transfer


class ReadOnlyAdmin(ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Account)
class AccountAdmin(ReadOnlyAdmin):
    list_display = ("code", "currency", "kind", "shop", "no_negative", "balance",
                    "debits_posted", "credits_posted", "debits_pending", "credits_pending")
    list_filter = ("currency", "kind", "no_negative")
    search_fields = ("code", "shop__name")
    list_select_related = ("shop",)


@admin.register(Transfer)
class TransferAdmin(ReadOnlyAdmin):
    list_display = ("id", "created_at", "kind", "debit", "credit", "amount", "currency",
                    "ref_type", "ref_id", "pending", "memo")
    list_filter = ("kind", "currency", "ref_type")
    search_fields = ("idempotency_key", "=ref_id", "memo")
    list_select_related = ("debit", "credit")
    show_full_result_count = False
