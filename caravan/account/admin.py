from django.contrib import admin
from unfold.admin import ModelAdmin

from .models import Address, ApiToken, BuyerProfile, User


@admin.register(User)
class UserAdmin(ModelAdmin):
    list_display = ("email", "country", "is_buyer", "is_seller", "is_operator", "is_active",
                    "date_joined")
    list_filter = ("is_buyer", "is_seller", "is_operator", "is_active")
    search_fields = ("email",)
    exclude = ("password", "user_permissions", "groups")
    readonly_fields = ("last_login", "date_joined")


@admin.register(BuyerProfile)
class BuyerProfileAdmin(ModelAdmin):
    list_display = ("user", "country", "language", "display_currency")
    search_fields = ("user__email",)


@admin.register(Address)
class AddressAdmin(ModelAdmin):
    list_display = ("name", "user", "country_code", "city", "postal_code")
    list_filter = ("country_code",)
    search_fields = ("user__email", "name", "city", "postal_code")


@admin.register(ApiToken)
class ApiTokenAdmin(ModelAdmin):
    list_display = ("prefix", "user", "created_at", "expires_at", "revoked_at")
    search_fields = ("user__email", "prefix")
    readonly_fields = ("key_hash", "prefix", "user", "created_at")
