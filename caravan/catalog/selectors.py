from .models import Category


def top_categories() -> list[Category]:
    return list(Category.objects.filter(parent__isnull=True).order_by("position", "id"))
