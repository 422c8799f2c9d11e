from django.conf import settings


def site(request):
    user = getattr(request, "user", None)
    profile = getattr(user, "buyer_profile", None) if user and user.is_authenticated else None
    return {
        "LANGUAGES": settings.LANGUAGES,
        "display_currency": profile.display_currency if profile else None,
    }
