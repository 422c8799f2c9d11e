"""Reads, each scoped to who may see it: a seller its own shop's, a rights holder its own."""

from django.db.models import QuerySet, Sum
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core import clock
from caravan.seller.models import Shop

from .errors import BrandNotFound, ComplaintNotFound, LicenceNotFound, RuleNotFound
from .models import Brand, ComplianceRule, IpComplaint, Licence, Strike


def _page(queryset: QuerySet, *, after: int | None, limit: int) -> list:
    """One page in id order; `after` is the last id of the previous page (keyset)."""
    if after:
        queryset = queryset.filter(pk__gt=after)
    return list(queryset.order_by("pk")[:limit])


# --- rules (operators) ---

def rule_page(*, kind: str | None, active: bool | None, after: int | None,
              limit: int) -> list[ComplianceRule]:
    rules = ComplianceRule.objects.prefetch_related("categories")
    if kind:
        rules = rules.filter(kind=kind)
    if active is not None:
        rules = rules.filter(is_active=active)
    return _page(rules, after=after, limit=limit)


def rule_get(*, rule_id: int) -> ComplianceRule:
    rule = ComplianceRule.objects.prefetch_related("categories").filter(pk=rule_id).first()
    if rule is None:
        raise RuleNotFound(_("No such rule."))
    return rule


# --- brands ---

def brand_page(*, status: str | None, after: int | None, limit: int) -> list[Brand]:
    brands = Brand.objects.all()
    if status:
        brands = brands.filter(status=status)
    return _page(brands, after=after, limit=limit)


def brands_of(*, owner: User) -> list[Brand]:
    return list(Brand.objects.filter(owner=owner).order_by("pk"))


def brand_get(*, brand_id: int) -> Brand:
    brand = Brand.objects.select_related("owner").filter(pk=brand_id).first()
    if brand is None:
        raise BrandNotFound(_("No such brand."))
    return brand


# --- licences ---

def licence_page(*, status: str | None, after: int | None, limit: int) -> list[Licence]:
    licences = Licence.objects.select_related("rule", "brand")
    if status:
        licences = licences.filter(status=status)
    return _page(licences, after=after, limit=limit)


def licences_of(*, shop: Shop) -> list[Licence]:
    return list(Licence.objects.filter(shop=shop).select_related("rule", "brand").order_by("pk"))


def licence_get(*, licence_id: int) -> Licence:
    licence = (Licence.objects.select_related("rule", "brand", "shop__owner")
               .filter(pk=licence_id).first())
    if licence is None:
        raise LicenceNotFound(_("No such licence."))
    return licence


# --- complaints ---

def _complaints() -> QuerySet:
    return IpComplaint.objects.select_related("brand", "shop__owner", "complainant")


def complaint_page(*, status: str | None, after: int | None, limit: int) -> list[IpComplaint]:
    complaints = _complaints()
    if status:
        complaints = complaints.filter(status=status)
    return _page(complaints, after=after, limit=limit)


def complaint_get(*, complaint_id: int) -> IpComplaint:
    complaint = _complaints().filter(pk=complaint_id).first()
    if complaint is None:
        raise ComplaintNotFound(_("No such complaint."))
    return complaint


def complaints_of_shop(*, shop: Shop, status: str | None, after: int | None,
                       limit: int) -> list[IpComplaint]:
    complaints = _complaints().filter(shop=shop)
    if status:
        complaints = complaints.filter(status=status)
    return _page(complaints, after=after, limit=limit)


def complaint_of_shop(*, shop: Shop, complaint_id: int) -> IpComplaint:
    """A complaint about this shop's listing; another shop's is a 404, like a missing one."""
    complaint = _complaints().filter(pk=complaint_id, shop=shop).first()
    if complaint is None:
        raise ComplaintNotFound(_("No such complaint."))
    return complaint


def complaints_filed_by(*, user: User, after: int | None, limit: int) -> list[IpComplaint]:
    return _page(_complaints().filter(complainant=user), after=after, limit=limit)


# --- strikes ---

def strike_total(*, shop_id: int) -> int:
    """Points of the shop's strikes that have not expired."""
    live = Strike.objects.filter(shop_id=shop_id, expires_at__gt=clock.now())
    return live.aggregate(total=Sum("points"))["total"] or 0


def strikes_of(*, shop: Shop) -> list[Strike]:
    return list(Strike.objects.filter(shop=shop).order_by("-pk")[:100])
