from django.urls import path

from . import views

app_name = "checkout"
urlpatterns = [
    path("cart/", views.cart_page, name="cart"),
    path("cart/add/", views.cart_add_view, name="add"),
    path("cart/lines/<int:line_id>/", views.cart_line_view, name="line"),
    path("checkout/", views.checkout_page, name="checkout"),
    path("checkout/<int:checkout_id>/", views.checkout_done, name="done"),
]
