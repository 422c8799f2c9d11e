"""The project's APIs: `store` (buyers), `seller`, `admin` (operators), and the public one.

Each app contributes routers; this module only assembles them and picks who each API admits.
"""

from caravan.account.api import auth as account_auth
from caravan.account.api import store as account_store
from caravan.account.auth import buyer_only, operator_only, seller_only
from caravan.catalog.api import admin as catalog_admin
from caravan.catalog.api import seller as catalog_seller
from caravan.catalog.api import store as catalog_store
from caravan.checkout.api import store as checkout_store
from caravan.compliance.api import admin as compliance_admin
from caravan.compliance.api import seller as compliance_seller
from caravan.compliance.api import store as compliance_store
from caravan.core.api import new_api
from caravan.dispute.api import admin as dispute_admin
from caravan.dispute.api import seller as dispute_seller
from caravan.dispute.api import store as dispute_store
from caravan.fulfilment.api import carriers as fulfilment_carriers
from caravan.fulfilment.api import seller as fulfilment_seller
from caravan.fulfilment.api import store as fulfilment_store
from caravan.logistics.api import admin as logistics_admin
from caravan.logistics.api import seller as logistics_seller
from caravan.logistics.api import store as logistics_store
from caravan.order.api import admin as order_admin
from caravan.order.api import seller as order_seller
from caravan.order.api import store as order_store
from caravan.payment.api import public as payment_public
from caravan.payout.api import admin as payout_admin
from caravan.payout.api import seller as payout_seller
from caravan.pricing.api import admin as pricing_admin
from caravan.pricing.api import seller as pricing_seller
from caravan.pricing.api import store as pricing_store
from caravan.seller.api import admin as seller_admin
from caravan.seller.api import seller as seller_seller

public_api = new_api(
    name="public", title="Caravan public API",
    description="Sign-up and bearer tokens. "
    "Send `Authorization: Bearer <token>` to the other APIs.",
)
public_api.add_router("/auth", account_auth.router)
public_api.add_router("/payments", payment_public.router)
public_api.add_router("/carriers", fulfilment_carriers.router)


@public_api.get("/ping", auth=None, tags=["health"])
def ping(request):
    """Answers without the database: `make bench` measures the framework's floor with it."""
    return {"ok": True}

store_api = new_api(
    name="store", title="Caravan store API", auth=buyer_only,
    description="For buyers: catalogue, address book, cart, orders. Catalogue reads are public.",
)
store_api.add_router("", account_store.router)
store_api.add_router("", catalog_store.router)
store_api.add_router("", checkout_store.router)
store_api.add_router("", order_store.router)
store_api.add_router("", fulfilment_store.router)
store_api.add_router("", pricing_store.router)
store_api.add_router("", logistics_store.router)
store_api.add_router("", compliance_store.router)
store_api.add_router("", dispute_store.router)

seller_api = new_api(
    name="seller", title="Caravan seller API", auth=seller_only,
    description="For sellers: the shop, listings, orders, balances. Seller accounts only.",
)
seller_api.add_router("", seller_seller.router)
seller_api.add_router("", pricing_seller.router)
seller_api.add_router("", logistics_seller.router)
seller_api.add_router("", catalog_seller.router)
seller_api.add_router("", order_seller.router)
seller_api.add_router("", fulfilment_seller.router)
seller_api.add_router("", compliance_seller.router)
seller_api.add_router("", dispute_seller.router)
seller_api.add_router("", payout_seller.router)

admin_api = new_api(
    name="admin", title="Caravan admin API", auth=operator_only,
    description="For the operator's staff: reviews, rules, shops, disputes. Operators only.",
)
admin_api.add_router("", seller_admin.router)
admin_api.add_router("", pricing_admin.router)
admin_api.add_router("", logistics_admin.router)
admin_api.add_router("", catalog_admin.router)
admin_api.add_router("", order_admin.router)
admin_api.add_router("", compliance_admin.router)
admin_api.add_router("", dispute_admin.router)
admin_api.add_router("", payout_admin.router)
