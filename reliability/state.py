"""What the mass-assignment probes must not change, read from the database as flat JSON.

Run in the server's environment: `python state.py` prints {key: value}. Keys name fields no API
caller may set on their own objects: roles and staff flags, owners, statuses, shops.
"""

import json
import os
import sys

import django

BUYER_A, BUYER_B = "buyer001@caravan.test", "buyer002@caravan.test"
SELLER_A, SELLER_B = "seller01@caravan.test", "seller02@caravan.test"


def snapshot() -> dict:
    from caravan.account.models import Address, User
    from caravan.catalog.models import Product
    from caravan.checkout.models import CartLine
    from caravan.logistics.models import ShippingTemplate
    from caravan.payout.models import BankAccount
    from caravan.seller.models import Shop

    users = {u.email: u for u in User.objects.filter(email__in=[BUYER_A, BUYER_B, SELLER_A,
                                                                SELLER_B])}
    state = {}
    for user in users.values():
        for flag in ("is_staff", "is_superuser", "is_operator", "is_seller", "is_buyer",
                     "email", "is_active"):
            state[f"user {user.pk} {flag}"] = getattr(user, flag, None)
    state["privileged users"] = User.objects.filter(is_staff=True).count() + \
        User.objects.filter(is_superuser=True).count() + \
        User.objects.filter(is_operator=True).count()
    for address in Address.objects.filter(user__in=users.values()):
        state[f"address {address.pk} user"] = address.user_id
    for shop in Shop.objects.filter(owner__in=users.values()):
        state[f"shop {shop.pk} status"] = shop.status
        state[f"shop {shop.pk} owner"] = shop.owner_id
        for product in Product.objects.filter(shop=shop).order_by("id")[:5]:
            state[f"product {product.pk} status"] = product.status
            state[f"product {product.pk} shop"] = product.shop_id
        for template in ShippingTemplate.objects.filter(shop=shop):
            state[f"template {template.pk} shop"] = template.shop_id
        state[f"shop {shop.pk} verified bank accounts"] = BankAccount.objects.filter(
            shop=shop, status="verified").count()
    state["cart lines of buyer B"] = CartLine.objects.filter(cart__owner__email=BUYER_B).count()
    return state


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caravan.settings")
    django.setup()
    json.dump(snapshot(), sys.stdout, default=str)


if __name__ == "__main__":
    main()
