from django.urls import path

from . import views

app_name = "payout"
urlpatterns = [
    path("balances/", views.balances_page, name="balances"),
    path("bank-accounts/new/", views.bank_account_new, name="bank-account-new"),
    path("bank-accounts/<int:account_id>/", views.bank_account_page, name="bank-account"),
    path("bank-accounts/<int:account_id>/remove/", views.bank_account_remove,
         name="bank-account-remove"),
]
