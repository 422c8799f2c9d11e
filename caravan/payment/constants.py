from django.db import models
from django.utils.translation import gettext_lazy as _


class AttemptStatus(models.TextChoices):
    CREATED = "created", _("Created")
    AUTHORISED = "authorised", _("Authorised")
    DECLINED = "declined", _("Declined")
    FAILED = "failed", _("Failed")
    CAPTURED = "captured", _("Captured")
    VOIDED = "voided", _("Voided")
    PARTIALLY_REFUNDED = "partially_refunded", _("Partially refunded")
    REFUNDED = "refunded", _("Refunded")


ATTEMPT_TRANSITIONS = {
    AttemptStatus.CREATED: frozenset({AttemptStatus.AUTHORISED, AttemptStatus.DECLINED,
                                      AttemptStatus.FAILED}),
    AttemptStatus.AUTHORISED: frozenset({AttemptStatus.CAPTURED, AttemptStatus.VOIDED}),
    AttemptStatus.CAPTURED: frozenset({AttemptStatus.REFUNDED,
                                       AttemptStatus.PARTIALLY_REFUNDED}),
    AttemptStatus.PARTIALLY_REFUNDED: frozenset({AttemptStatus.REFUNDED}),
}


class Channel(models.TextChoices):
    """The settlement channel: a CNY channel charges and settles in CNY (DOMAIN.md §3)."""

    USD = "USD", _("USD channel")
    CNY = "CNY", _("CNY channel")


class Check(models.TextChoices):
    """One AVS or CVC check as the card network answered it."""

    PASS = "pass", _("Pass")
    FAIL = "fail", _("Fail")
    UNAVAILABLE = "unavailable", _("Unavailable")


class RiskLevel(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class ReviewStatus(models.TextChoices):
    OPEN = "open", _("Open")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class OperationKind(models.TextChoices):
    CAPTURE = "capture", _("Capture")
    VOID = "void", _("Void")
    REFUND = "refund", _("Refund")


class Brand(models.TextChoices):
    VISA = "visa", "Visa"
    MASTERCARD = "mastercard", "Mastercard"
    AMEX = "amex", "American Express"
    UNIONPAY = "unionpay", "UnionPay"
    JCB = "jcb", "JCB"
    DISCOVER = "discover", "Discover"


class DeclineCode(models.TextChoices):
    GENERIC_DECLINE = "generic_decline", _("The card was declined")
    INSUFFICIENT_FUNDS = "insufficient_funds", _("Insufficient funds")
    EXPIRED_CARD = "expired_card", _("The card has expired")
    INCORRECT_CVC = "incorrect_cvc", _("The security code is incorrect")
    AVS_FAILED = "avs_failed", _("The billing address does not match the card")
    FRAUDULENT = "fraudulent", _("Blocked as fraudulent")
    PROCESSING_ERROR = "processing_error", _("The card processor failed")


class Scenario(models.TextChoices):
    """What the sandbox processor does with a card at authorisation, chosen by its number."""

    SUCCESS = "success", _("Succeeds")
    GENERIC_DECLINE = "generic_decline", _("Generic decline")
    INSUFFICIENT_FUNDS = "insufficient_funds", _("Insufficient funds")
    EXPIRED_CARD = "expired_card", _("Expired card")
    INCORRECT_CVC = "incorrect_cvc", _("Incorrect CVC")
    CVC_FAIL = "cvc_fail", _("CVC check fails")
    AVS_FAIL = "avs_fail", _("Address line and postcode checks fail")
    AVS_LINE1_FAIL = "avs_line1_fail", _("Address line check fails")
    AVS_POSTAL_FAIL = "avs_postal_fail", _("Postcode check fails")
    HIGHEST_RISK = "highest_risk", _("Highest fraud risk")
    PROCESSING_ERROR = "processing_error", _("Processing error")


# The well-known test numbers of card processors' test modes. Any other valid number succeeds.
TEST_CARDS = {
    "4242424242424242": Scenario.SUCCESS,
    "4000000000000002": Scenario.GENERIC_DECLINE,
    "4000000000009995": Scenario.INSUFFICIENT_FUNDS,
    "4000000000000069": Scenario.EXPIRED_CARD,
    "4000000000000127": Scenario.INCORRECT_CVC,
    "4000000000000101": Scenario.CVC_FAIL,
    "4000000000000010": Scenario.AVS_FAIL,
    "4000000000000028": Scenario.AVS_LINE1_FAIL,
    "4000000000000036": Scenario.AVS_POSTAL_FAIL,
    "4100000000000019": Scenario.HIGHEST_RISK,
    "4000000000000119": Scenario.PROCESSING_ERROR,
}


class AvsPolicy(models.TextChoices):
    """When the platform refuses an authorised card over its address checks."""

    BOTH = "both", _("Decline when line and postcode both fail")
    ANY = "any", _("Decline when either fails")
    NEVER = "never", _("Never decline; score the risk only")
