from django.urls import path

from . import views

app_name = "dispute"
urlpatterns = [
    path("orders/<int:order_id>/dispute/", views.buyer_open, name="open"),
    path("disputes/<int:dispute_id>/", views.buyer_detail, name="buyer"),
    path("disputes/<int:dispute_id>/evidence/<int:message_id>/", views.evidence,
         name="evidence"),
    path("seller/disputes/", views.seller_list, name="seller-list"),
    path("seller/disputes/<int:dispute_id>/", views.seller_detail, name="seller"),
]
