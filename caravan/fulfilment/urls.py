from django.urls import path

from . import views

app_name = "fulfilment"
urlpatterns = [
    path("seller/orders/<int:order_id>/ship/", views.ship, name="ship"),
    path("seller/orders/<int:order_id>/label/", views.label, name="label"),
    path("orders/<int:order_id>/tracking/", views.tracking, name="tracking"),
]
