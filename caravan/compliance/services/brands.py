"""Rights holders register brands and works; an operator approves them before they count."""

from collections.abc import Sequence

import pycountry
from django.db import transaction
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core.errors import InvalidInput
from caravan.core.outbox import outbox_write
from caravan.core.states import transition

from ..constants import BRAND_TRANSITIONS, SCREENED_RIGHT_KINDS, BrandStatus, RightKind
from ..errors import BrandNotApproved
from ..matcher import parse
from ..models import Brand, BrandEvent
from ..text import is_unsegmented
from .rules import rules_changed

# Regional and international registrations beside national ones: EU trade marks, WIPO (Madrid).
REGIONAL_JURISDICTIONS = {"EU", "WO"}
MAX_ALIASES = 20


def _clean_name(name: str, field: str) -> str:
    name = (name or "").strip().rstrip("*")  # a name is matched whole, never as a word prefix
    folded, _prefix = parse(name)
    if not folded or (len(folded) < 2 and not is_unsegmented(folded)):
        raise InvalidInput(_("A name needs at least two letters or digits."),
                           fields={field: [_("Too short to recognise.")]})
    return name


def _clean_jurisdictions(codes: list[str]) -> list[str]:
    cleaned = sorted({(code or "").strip().upper() for code in codes})
    bad = [c for c in cleaned
           if c not in REGIONAL_JURISDICTIONS and pycountry.countries.get(alpha_2=c) is None]
    if not cleaned or bad:
        raise InvalidInput(_("Name where the right is registered."), fields={"jurisdictions": [
            _("ISO 3166-1 codes, EU or WO; at least one.")]})
    return cleaned


@transaction.atomic
def brand_register(*, owner: User, name: str, registration_number: str, jurisdictions: list[str],
                   kind: str = RightKind.TRADEMARK, aliases: Sequence[str] = ()) -> Brand:
    """A rights holder's brand or work, pending an operator's check of the registration."""
    if kind not in RightKind.values:
        raise InvalidInput(_("Unknown kind."),
                           fields={"kind": [_("trademark, copyright or patent")]})
    number = (registration_number or "").strip()
    if not number:
        raise InvalidInput(_("The registration number is required."),
                           fields={"registration_number": [_("This field is required.")]})
    aliases = list(dict.fromkeys(_clean_name(alias, "aliases") for alias in aliases))
    if len(aliases) > MAX_ALIASES:
        raise InvalidInput(_("Too many aliases."), fields={"aliases": [
            _("At most %(n)d.") % {"n": MAX_ALIASES}]})
    brand = Brand.objects.create(owner=owner, kind=kind, name=_clean_name(name, "name"),
                                 aliases=aliases, registration_number=number,
                                 jurisdictions=_clean_jurisdictions(jurisdictions))
    BrandEvent.objects.create(brand=brand, from_status="", to_status=brand.status, actor=owner,
                              reason="registered", created_at=brand.created_at)
    outbox_write(topic="brand.submitted", payload={"brand_id": brand.pk, "name": brand.name})
    return brand


@transaction.atomic
def brand_decide(*, brand: Brand, actor: User, approve: bool, reason: str) -> Brand:
    """An operator's check of a registration; an approved brand is screened for from now on."""
    to = BrandStatus.APPROVED if approve else BrandStatus.REJECTED
    transition(brand, to=to, table=BRAND_TRANSITIONS, event_model=BrandEvent, actor=actor,
               reason=reason, brand=brand)
    brand.decision_reason = reason[:500]
    brand.save(update_fields=["decision_reason"])
    if approve and brand.kind in SCREENED_RIGHT_KINDS:
        rules_changed()
    outbox_write(topic=f"brand.{to}", recipient=brand.owner,
                 payload={"brand_id": brand.pk, "name": brand.name, "reason": reason})
    return brand


def brand_usable(*, brand: Brand) -> Brand:
    if brand.status != BrandStatus.APPROVED:
        raise BrandNotApproved(_("The brand has not been approved yet."),
                               fields={"brand_id": [_("Not approved yet.")]})
    return brand
