from django.urls import path

from . import views

app_name = "account"
urlpatterns = [
    path("", views.account_home, name="home"),
    path("addresses/", views.address_book, name="addresses"),
    path("addresses/<int:address_id>/delete", views.address_delete, name="address-delete"),
]
