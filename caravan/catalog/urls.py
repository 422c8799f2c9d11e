from django.urls import path

from . import views

app_name = "catalog"
urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("p/<int:product_id>/", views.product_page, name="product"),
    path("shop/<slug:slug>/", views.shop_page, name="shop"),
]
