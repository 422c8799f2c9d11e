from django.urls import path

from . import views

app_name = "logistics"
urlpatterns = [
    path("calculator/", views.calculator, name="calculator"),
]
