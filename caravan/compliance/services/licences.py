"""Sellers' licences for restricted goods and brand authorisations, and operators' decisions."""

from datetime import UTC, datetime

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.catalog import services as catalog_services
from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.outbox import outbox_write
from caravan.core.states import transition
from caravan.seller.models import Shop

from ..constants import LICENCE_TRANSITIONS, LicenceStatus, RuleKind
from ..errors import BrandNotFound, LicenceExpired, NotLicensable, RuleNotFound
from ..models import Brand, ComplianceRule, Licence, LicenceEvent
from .brands import brand_usable
from .documents import document_check


def _subject(rule_code: str | None, brand_id: int | None) -> dict:
    if bool(rule_code) == bool(brand_id):
        message = _("Name either a restricted rule or a brand.")
        raise InvalidInput(message, fields={"rule_code": [message], "brand_id": [message]})
    if brand_id:
        brand = Brand.objects.filter(pk=brand_id).first()
        if brand is None:
            raise BrandNotFound(_("No such brand."), fields={"brand_id": [_("No such brand.")]})
        return {"brand": brand_usable(brand=brand)}
    # locked: a rule deleted while the licence is written would break its reference
    rule = ComplianceRule.objects.select_for_update().filter(code=rule_code,
                                                            is_active=True).first()
    if rule is None:
        raise RuleNotFound(_("No such rule."), fields={"rule_code": [_("No such rule.")]})
    if rule.kind != RuleKind.RESTRICTED:
        raise NotLicensable(_("These goods are prohibited; no licence allows them."),
                            fields={"rule_code": [_("Not a restricted rule.")]})
    return {"rule": rule}


def _aware(moment: datetime) -> datetime:
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=UTC)


@transaction.atomic
def licence_submit(*, shop: Shop, expires_at: datetime, rule_code: str | None = None,
                   brand_id: int | None = None, document: UploadedFile | None = None,
                   reference_number: str = "") -> Licence:
    """A licence document (or its official reference) for an operator to check."""
    subject = _subject(rule_code, brand_id)
    reference_number = (reference_number or "").strip()
    document = document_check(file=document, field="document")
    if document is None and not reference_number:
        message = _("Upload the document or give its reference number.")
        raise InvalidInput(message, fields={"document": [message], "reference_number": [message]})
    expires_at = _aware(expires_at)
    if expires_at <= clock.now():
        raise InvalidInput(_("The licence has expired."),
                           fields={"expires_at": [_("Must be in the future.")]})
    licence = Licence.objects.create(shop=shop, expires_at=expires_at, document=document,
                                     reference_number=reference_number, **subject)
    LicenceEvent.objects.create(licence=licence, from_status="", to_status=licence.status,
                                actor=shop.owner, reason="submitted",
                                created_at=licence.created_at)
    outbox_write(topic="licence.submitted", payload={"licence_id": licence.pk,
                                                     "shop_id": shop.pk})
    return licence


@transaction.atomic
def licence_decide(*, licence: Licence, actor: User, approve: bool, reason: str) -> Licence:
    """Approve or reject; an approval re-screens the shop's held listings at once."""
    if approve and licence.expires_at <= clock.now():
        raise LicenceExpired(_("The licence has expired; it cannot be approved."))
    to = LicenceStatus.APPROVED if approve else LicenceStatus.REJECTED
    transition(licence, to=to, table=LICENCE_TRANSITIONS, event_model=LicenceEvent, actor=actor,
               reason=reason, licence=licence)
    licence.decision_reason = reason[:500]
    licence.save(update_fields=["decision_reason"])
    outbox_write(topic=f"licence.{to}", recipient=licence.shop.owner,
                 payload={"licence_id": licence.pk, "reason": reason})
    if approve:
        catalog_services.listings_rescreen_held(shop_id=licence.shop_id, actor=actor)
    return licence
