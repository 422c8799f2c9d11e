"""`caravan compliance-bench`: listings screened per second with the rules in the database."""

import random
import time

from django.core.management.base import BaseCommand

from caravan.compliance.screening import compiled_rules, screen_listing

EN = ("women summer floral dress casual loose short sleeve cotton linen beach sundress with "
      "pockets party holiday phone case for iphone charger cable usb type c fast charging led "
      "strip light waterproof bluetooth earphones wireless headset sport running shoes men "
      "breathable mesh sneakers lot of 10 pieces free shipping")
ZH = "女士夏季碎花连衣裙宽松短袖棉麻沙滩裙手机壳充电线快充蓝牙耳机运动跑鞋透气网面包邮"
RU = ("женское летнее платье с цветочным принтом чехол для телефона кабель зарядка "
      "беспроводные наушники кроссовки бесплатная доставка")


def listing(rng: random.Random) -> list[str]:
    """A title in English and Chinese and a description in three languages (~1,500 chars)."""
    en, zh, ru = EN.split(), list(ZH), RU.split()
    description = (" ".join(rng.choices(en, k=150)) + "\n" + "".join(rng.choices(zh, k=120))
                   + " " + " ".join(rng.choices(ru, k=40)))
    return [" ".join(rng.choices(en, k=14)), "".join(rng.choices(zh, k=30)), description]


class Command(BaseCommand):
    help = "Measure screening throughput (listings per second) on synthetic listings."

    def add_arguments(self, parser):
        parser.add_argument("--listings", type=int, default=5000)
        parser.add_argument("--hit-every", type=int, default=20,
                            help="one listing in N names a prohibited or restricted good")

    def handle(self, *args, listings: int, hit_every: int, **options):
        rng = random.Random(7)  # noqa: S311  (test data, not secrets)
        started = time.perf_counter()
        compiled = compiled_rules()
        compile_s = time.perf_counter() - started
        items = [listing(rng) for _ in range(listings)]
        for index in range(0, listings, max(hit_every, 1)):
            items[index][0] += rng.choice([" diet pills", " 减肥药", " blood pressure monitor"])
        started = time.perf_counter()
        outcomes: dict[str, int] = {}
        for texts in items:
            result = screen_listing(shop_id=0, category_id=0, texts=texts, brand_name="Acme")
            outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
        elapsed = time.perf_counter() - started
        self.stdout.write(f"rules: {len(compiled.rules)}, brands: {len(compiled.brands)}, "
                          f"compiled in {compile_s * 1000:.0f} ms")
        self.stdout.write(f"{listings} listings of ~{sum(map(len, items[0]))} characters in "
                          f"{elapsed:.2f} s: {listings / elapsed:,.0f} listings/s {outcomes}")
