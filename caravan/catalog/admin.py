from django.contrib import admin
from unfold.admin import ModelAdmin

from .models import Category


@admin.register(Category)
class CategoryAdmin(ModelAdmin):
    list_display = ("name", "slug", "parent", "position", "commission_bps")
    list_filter = ("parent",)
    search_fields = ("name", "slug")
