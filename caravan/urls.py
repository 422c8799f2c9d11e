from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from caravan.api import admin_api, public_api, seller_api, store_api
from caravan.core import views as core_views

# The APIs come first: most requests are theirs, and resolution tries patterns in order.
urlpatterns = [
    path("api/store/", store_api.urls),
    path("api/seller/", seller_api.urls),
    path("api/admin/", admin_api.urls),
    path("api/", public_api.urls),
    path("", core_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("allauth.urls")),
    path("account/", include("caravan.account.urls")),
    path("seller/", include("caravan.seller.urls")),
    path("seller/", include("caravan.payout.urls")),
    path("", include("caravan.catalog.urls")),
    path("", include("caravan.checkout.urls")),
    path("", include("caravan.dispute.urls")),
    path("", include("caravan.fulfilment.urls")),
    path("orders/", include("caravan.order.urls")),
    path("shipping/", include("caravan.logistics.urls")),
    path("ops/", admin.site.urls),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
