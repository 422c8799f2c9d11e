from django.urls import path

from . import views

app_name = "seller"
urlpatterns = [
    path("shop/", views.shop_page, name="shop"),
]
