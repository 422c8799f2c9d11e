"""Operators read shipments and what carriers reported; statuses move only through events."""

from django.contrib import admin
from unfold.admin import ModelAdmin, TabularInline

from .models import SerialCounter, Shipment, ShipmentEvent, TrackingEvent


class ReadOnly:
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ShipmentEventInline(ReadOnly, TabularInline):
    model = ShipmentEvent
    extra = 0
    fields = ("created_at", "from_status", "to_status", "actor", "reason")


class TrackingEventInline(ReadOnly, TabularInline):
    model = TrackingEvent
    extra = 0
    fields = ("occurred_at", "kind", "location", "description", "event_id", "received_at",
              "applied")
    ordering = ("occurred_at", "id")


@admin.register(Shipment)
class ShipmentAdmin(ReadOnly, ModelAdmin):
    list_display = ("tracking_number", "carrier", "service", "mode", "status", "order",
                    "created_at", "delivered_at")
    list_filter = ("status", "mode", "carrier")
    search_fields = ("tracking_number", "order__number")
    list_select_related = ("order",)
    readonly_fields = ("order", "mode", "carrier", "service", "tracking_number", "status",
                       "declaration", "last_event_at", "delivered_at", "created_at",
                       "updated_at")
    inlines = [ShipmentEventInline, TrackingEventInline]


@admin.register(TrackingEvent)
class TrackingEventAdmin(ReadOnly, ModelAdmin):
    list_display = ("occurred_at", "carrier", "event_id", "kind", "location", "shipment",
                    "applied", "received_at")
    list_filter = ("kind", "carrier", "applied")
    search_fields = ("event_id", "shipment__tracking_number")
    list_select_related = ("shipment",)


@admin.register(SerialCounter)
class SerialCounterAdmin(ReadOnly, ModelAdmin):
    list_display = ("name", "value")
