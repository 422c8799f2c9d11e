"""Listing screening against the operator's rules and the registered brands.

The rules are compiled once per process into a `Matcher` and kept in memory, labelled with the
rules version (one database row, bumped by every change of a rule or a screened brand, and
cached in the Django cache for COMPLIANCE_VERSION_TTL_SECONDS). A clean listing therefore costs
one cache read and no query; a listing with hits costs a query or two for the shop's licences.

A version bumped inside a transaction that has not committed yet is never shared: neither the
cache nor the process-wide compiled rules see it, only the transaction's own thread does.
"""

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from caravan.catalog.selectors import category_path
from caravan.core import clock
from caravan.seller.models import Shop

from .constants import SCREENED_RIGHT_KINDS, BrandStatus, LicenceStatus, RuleKind
from .matcher import Matcher, Phrase
from .models import Brand, ComplianceRule, Licence, RulesVersion

VERSION_KEY = "compliance:rules-version"
_KIND_ORDER = {RuleKind.PROHIBITED: 0, RuleKind.RESTRICTED: 1, "brand": 2}


@dataclass(frozen=True)
class Hit:
    code: str  # stable rule code, e.g. "diet_pills"; "brand:<id>" for a brand
    kind: str  # "prohibited" | "restricted" | "brand"
    reason: str  # readable, e.g. "Diet pills are prohibited on the marketplace."
    rule_id: int | None = None


@dataclass(frozen=True)
class Screening:
    outcome: str  # "clear" | "review" | "rejected"
    hits: tuple[Hit, ...]


CLEAR = Screening(outcome="clear", hits=())


@dataclass(frozen=True)
class _Rule:
    code: str
    kind: str
    reason: str
    categories: frozenset[int]  # empty: every category
    countries: frozenset[str]  # empty: every destination

    def applies(self, category_path: Sequence[int], ship_to: frozenset[str]) -> bool:
        if self.countries and not self.countries & ship_to:
            return False
        return not self.categories or any(c in self.categories for c in category_path)


@dataclass(frozen=True)
class _Brand:
    name: str
    owner_id: int


@dataclass(frozen=True)
class Compiled:
    version: int
    matcher: Matcher
    rules: dict[int, _Rule]
    brands: dict[int, _Brand]


class _State(threading.local):
    # The outermost atomic block of a transaction of this thread that bumped the version and
    # has not committed yet; compared by identity, so a later transaction is never mistaken
    # for it after a rollback.
    pending_in = None


_state = _State()
_shared: dict[str, Compiled] = {}


# --- the version ---------------------------------------------------------------------------------

def _db_version() -> int:
    return RulesVersion.objects.filter(pk=1).values_list("version", flat=True).first() or 0


def _outermost_block():
    blocks = transaction.get_connection().atomic_blocks
    return blocks[0] if blocks else None


def _pending() -> bool:
    if _state.pending_in is not None and _outermost_block() is _state.pending_in:
        return True
    _state.pending_in = None
    return False


def rules_version() -> int:
    if _pending():
        return _db_version()
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _db_version()
        cache.set(VERSION_KEY, version, settings.COMPLIANCE_VERSION_TTL_SECONDS)
    return version


def rules_version_bump() -> None:
    """Call in the transaction that changes a rule or a screened brand."""
    if not RulesVersion.objects.filter(pk=1).update(version=F("version") + 1):
        RulesVersion.objects.update_or_create(pk=1, defaults={"version": 1})
    _state.pending_in = _outermost_block()
    cache.delete(VERSION_KEY)

    def committed():
        _state.pending_in = None
        cache.delete(VERSION_KEY)

    transaction.on_commit(committed)


# --- compiling ---------------------------------------------------------------------------------

def _compile(version: int) -> Compiled:
    rules, phrases = {}, []
    for rule in ComplianceRule.objects.filter(is_active=True).prefetch_related("categories"):
        rules[rule.id] = _Rule(code=rule.code, kind=rule.kind, reason=rule.reason,
                               categories=frozenset(c.id for c in rule.categories.all()),
                               countries=frozenset(c.upper() for c in rule.countries))
        target = ("rule", rule.id)
        phrases += [Phrase(word, target) for words in rule.keywords.values() for word in words]
        phrases += [Phrase(word, target, exception=True) for word in rule.exceptions]
    brands = {}
    for brand in Brand.objects.filter(status=BrandStatus.APPROVED, kind__in=SCREENED_RIGHT_KINDS):
        brands[brand.id] = _Brand(name=brand.name, owner_id=brand.owner_id)
        phrases += [Phrase(name, ("brand", brand.id)) for name in (brand.name, *brand.aliases)]
    return Compiled(version=version, matcher=Matcher.build(phrases), rules=rules, brands=brands)


def compiled_rules() -> Compiled:
    """The compiled rules of the current version, compiled at most once per version."""
    if _pending():
        return _compile(_db_version())  # this transaction's own view, shared with nobody
    version = rules_version()
    current = _shared.get("rules")
    if current is None or current.version != version:
        current = _shared["rules"] = _compile(version)
    return current


# --- screening ---------------------------------------------------------------------------------

def screen_listing(*, shop_id: int, category_id: int, texts: Sequence[str], brand_name: str = "",
                   ship_to: Sequence[str] = ()) -> Screening:
    """Screen a listing's texts (titles, descriptions, brand) for one shop.

    Prohibited hit: "rejected". Restricted hit without a valid licence of the shop, or a brand
    named without the owner's authorisation: "review". A rule limited to destination countries
    applies only when `ship_to` names one of them (an empty `ship_to` names none).
    """
    compiled = compiled_rules()
    targets = compiled.matcher.find([*texts, brand_name])
    if not targets:
        return CLEAR
    found = _rule_hits(compiled, targets, category_id, frozenset(c.upper() for c in ship_to))
    found += _brand_hits(compiled, targets)
    if any(hit.kind != RuleKind.PROHIBITED for _target, hit in found):
        licensed = _licensed(shop_id=shop_id, compiled=compiled,
                             brands=any(target[0] == "brand" for target, _hit in found))
        found = [(target, hit) for target, hit in found
                 if hit.kind == RuleKind.PROHIBITED or target not in licensed]
    hits = tuple(sorted((hit for _target, hit in found),
                        key=lambda hit: (_KIND_ORDER[hit.kind], hit.code)))
    if any(hit.kind == RuleKind.PROHIBITED for hit in hits):
        return Screening(outcome="rejected", hits=hits)
    return Screening(outcome="review" if hits else "clear", hits=hits)


def _rule_hits(compiled: Compiled, targets: set, category_id: int,
               ship_to: frozenset[str]) -> list[tuple]:
    found, path = [], None
    for target in targets:
        rule = compiled.rules.get(target[1]) if target[0] == "rule" else None
        if rule is None:
            continue
        if rule.categories and path is None:
            path = category_path(category_id)
        if rule.applies(path or (), ship_to):
            found.append((target, Hit(code=rule.code, kind=rule.kind, reason=rule.reason,
                                      rule_id=target[1])))
    return found


def _brand_hits(compiled: Compiled, targets: set) -> list[tuple]:
    found = []
    for target in targets:
        brand = compiled.brands.get(target[1]) if target[0] == "brand" else None
        if brand is not None:
            found.append((target, Hit(
                code=f"brand:{target[1]}", kind="brand",
                reason=f"“{brand.name}” is a registered brand or work; listing it needs an "
                       "authorisation from its owner.")))
    return found


def _licensed(*, shop_id: int, compiled: Compiled, brands: bool) -> set[tuple[str, int]]:
    """Targets the shop may name: approved, unexpired licences, and brands its owner holds."""
    rows = Licence.objects.filter(shop_id=shop_id, status=LicenceStatus.APPROVED,
                                  expires_at__gt=clock.now()).values_list("rule_id", "brand_id")
    licensed = {("rule", rule_id) if rule_id else ("brand", brand_id) for rule_id, brand_id in rows}
    if brands:
        owner_id = Shop.objects.filter(pk=shop_id).values_list("owner_id", flat=True).first()
        licensed |= {("brand", bid) for bid, brand in compiled.brands.items()
                     if brand.owner_id == owner_id}
    return licensed
