from django.urls import path

from . import views

app_name = "order"
urlpatterns = [
    path("", views.buyer_order_list, name="list"),
    path("<int:order_id>/", views.buyer_order_detail, name="detail"),
    path("<int:order_id>/action/", views.buyer_order_action, name="action"),
]
