"""The operator's back office: rules, brands, licences and IP complaints, decided through the
same services as the admin API."""

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from unfold.admin import ModelAdmin, TabularInline

from caravan.core.errors import DomainError
from caravan.core.forms import form_refused

from . import services
from .models import (
    Brand,
    BrandEvent,
    ComplianceRule,
    IpComplaint,
    IpComplaintEvent,
    Licence,
    LicenceEvent,
    Strike,
)
from .services.rules import RULE_FIELDS, rule_clean

EVENT_FIELDS = ("from_status", "to_status", "actor", "reason", "created_at")


class _EventInline(TabularInline):
    extra = 0
    can_delete = False
    readonly_fields = EVENT_FIELDS

    def has_add_permission(self, request, obj=None):
        return False


class ComplianceRuleForm(forms.ModelForm):
    class Meta:
        model = ComplianceRule
        fields = ("code", "kind", "name", "reason", "keywords", "exceptions", "categories",
                  "countries", "is_active")

    def clean(self):
        data = super().clean()
        changes = {field: data[field] for field in RULE_FIELDS if field in data}
        try:
            data.update(rule_clean(changes=changes, rule=self.instance if self.instance.pk
                                   else None))
        except DomainError as exc:
            form_refused(self, exc)
        return data


@admin.register(ComplianceRule)
class ComplianceRuleAdmin(ModelAdmin):
    form = ComplianceRuleForm
    list_display = ("code", "name", "kind", "is_active", "updated_at")
    list_filter = ("kind", "is_active")
    search_fields = ("code", "name")
    filter_horizontal = ("categories",)

    def save_related(self, request, form, formsets, change):
        # After the categories are saved too: then every process recompiles the rules.
        with transaction.atomic():
            super().save_related(request, form, formsets, change)
            services.rules_changed()

    def delete_model(self, request, obj):
        try:
            services.rule_delete(rule=obj)
        except DomainError as exc:
            self.message_user(request, exc.message, messages.ERROR)

    def delete_queryset(self, request, queryset):
        for rule in queryset:
            self.delete_model(request, rule)


class _DecisionAdmin(ModelAdmin):
    """Admin actions that call a decision service for each selected row."""

    def _decide(self, request, queryset, decide, **kwargs):
        for obj in queryset:
            try:
                decide(obj, actor=request.user, **kwargs)
            except DomainError as exc:
                self.message_user(request, f"{obj}: {exc.message}", messages.WARNING)


class BrandEventInline(_EventInline):
    model = BrandEvent


@admin.register(Brand)
class BrandAdmin(_DecisionAdmin):
    list_display = ("name", "kind", "registration_number", "owner", "status", "created_at")
    list_filter = ("status", "kind")
    search_fields = ("name", "registration_number", "owner__email")
    readonly_fields = ("owner", "status", "decision_reason", "created_at")
    inlines = [BrandEventInline]
    actions = ["approve", "reject"]

    def _brand(self, brand, **kwargs):
        services.brand_decide(brand=brand, **kwargs)

    @admin.action(description=_("Approve registration"))
    def approve(self, request, queryset):
        self._decide(request, queryset, self._brand, approve=True,
                     reason="registration checked by operator")

    @admin.action(description=_("Reject registration"))
    def reject(self, request, queryset):
        self._decide(request, queryset, self._brand, approve=False,
                     reason="registration could not be verified")


class LicenceEventInline(_EventInline):
    model = LicenceEvent


@admin.register(Licence)
class LicenceAdmin(_DecisionAdmin):
    list_display = ("id", "shop", "rule", "brand", "reference_number", "expires_at", "status")
    list_filter = ("status", "rule")
    search_fields = ("shop__name", "reference_number", "brand__name")
    readonly_fields = ("shop", "rule", "brand", "status", "decision_reason", "created_at")
    inlines = [LicenceEventInline]
    actions = ["approve", "reject"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("shop__owner", "rule", "brand")

    def _licence(self, licence, **kwargs):
        services.licence_decide(licence=licence, **kwargs)

    @admin.action(description=_("Approve licence (held listings are re-screened)"))
    def approve(self, request, queryset):
        self._decide(request, queryset, self._licence, approve=True,
                     reason="licence checked by operator")

    @admin.action(description=_("Reject licence"))
    def reject(self, request, queryset):
        self._decide(request, queryset, self._licence, approve=False,
                     reason="licence could not be verified")


class ComplaintEventInline(_EventInline):
    model = IpComplaintEvent


@admin.register(IpComplaint)
class IpComplaintAdmin(_DecisionAdmin):
    """The IP complaint queue: filter on "Counter-notice filed" or "awaiting decision"."""

    list_display = ("id", "kind", "brand", "product", "shop", "status", "counter_notice_due_at")
    list_filter = ("status", "kind")
    search_fields = ("brand__name", "shop__name", "product__id")
    readonly_fields = ("complainant", "brand", "product", "shop", "kind", "evidence",
                       "evidence_file", "status", "counter_notice_due_at", "counter_notice",
                       "counter_noticed_at", "decided_at", "decision_reason", "created_at")
    inlines = [ComplaintEventInline]
    actions = ["uphold", "reject"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("brand", "shop__owner",
                                                            "complainant")

    def _complaint(self, complaint, **kwargs):
        services.complaint_decide(complaint=complaint, **kwargs)

    @admin.action(description=_("Uphold (listing stays down, strike on the shop)"))
    def uphold(self, request, queryset):
        self._decide(request, queryset, self._complaint, uphold=True,
                     reason="upheld by operator")

    @admin.action(description=_("Reject (listing restored)"))
    def reject(self, request, queryset):
        self._decide(request, queryset, self._complaint, uphold=False,
                     reason="rejected by operator")

    def has_add_permission(self, request):
        return False


@admin.register(Strike)
class StrikeAdmin(ModelAdmin):
    list_display = ("shop", "points", "reason", "created_at", "expires_at")
    search_fields = ("shop__name",)
    readonly_fields = ("shop", "complaint", "points", "reason", "created_at", "expires_at")

    def has_add_permission(self, request):
        return False
