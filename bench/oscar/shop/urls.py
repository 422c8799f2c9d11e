from django.apps import apps
from django.urls import include, path

# As Oscar's guide has them, less the Django admin: Oscar's templates link the language switcher.
urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include(apps.get_app_config("oscar").urls[0])),
]
