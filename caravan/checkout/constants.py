from django.db import models
from django.utils.translation import gettext_lazy as _


class CheckoutStatus(models.TextChoices):
    # Orders exist and hold stock; the payment has not been answered yet.
    PLACED = "placed", _("Placed")
    PAID = "paid", _("Paid")
    DECLINED = "declined", _("Declined")


MAX_CART_LINES = 100
MAX_LINE_QUANTITY = 999
