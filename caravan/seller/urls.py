from django.urls import path

from caravan.catalog import seller_views as listings
from caravan.order import views as orders

from . import views

app_name = "seller"
urlpatterns = [
    path("shop/", views.shop_page, name="shop"),
    path("products/", listings.listing_list, name="listings"),
    path("products/new/", listings.listing_edit, name="listing-new"),
    path("products/sku-row/", listings.sku_row, name="sku-row"),
    path("products/import/", listings.listing_import, name="listing-import"),
    path("products/<int:product_id>/", listings.listing_edit, name="listing-edit"),
    path("products/<int:product_id>/submit/", listings.listing_submit, name="listing-submit"),
    path("orders/", orders.seller_order_list, name="orders"),
    path("orders/<int:order_id>/", orders.seller_order_detail, name="order"),
    path("orders/<int:order_id>/cancellations/<int:request_id>/",
         orders.seller_cancellation_answer, name="cancellation-answer"),
]
