from ninja import Header, Query, Router, Schema, Status
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.core.money import Money
from caravan.payout import selectors, services
from caravan.seller.selectors import shop_of

from .schemas import (
    BalanceOut,
    BankAccountIn,
    BankAccountOut,
    VerifyIn,
    WithdrawalIn,
    WithdrawalOut,
    WithdrawalPage,
    balance_out,
    bank_account_out,
    withdrawal_out,
)

router = Router(tags=["balances and withdrawals"])


class Page(Schema):
    cursor: ObjectId | None = None
    limit: int = Field(20, ge=1, le=100)


@router.get("/balances", response={200: list[BalanceOut], **errors(401, 403, 404)})
def balances(request):
    """Per currency: pending (released, not yet available), available, in transit, debt."""
    return [balance_out(b) for b in selectors.shop_balances(shop=shop_of(user=request.user))]


@router.get("/bank-accounts", response={200: list[BankAccountOut], **errors(401, 403, 404)})
def bank_account_list(request):
    accounts = selectors.bank_accounts_of(shop=shop_of(user=request.user))
    return [bank_account_out(account) for account in accounts]


@router.post("/bank-accounts", response={201: BankAccountOut, **errors(401, 403, 404, 409)})
def bank_account_add(request, payload: BankAccountIn):
    """Register a bank account; two small test deposits are sent to it. Confirm them with
    `POST /bank-accounts/{id}/verify` once they show on the statement."""
    account = services.bank_account_add(shop=shop_of(user=request.user), actor=request.user,
                                        **payload.dict())
    return Status(201, bank_account_out(account))


@router.get("/bank-accounts/{account_id}", response={200: BankAccountOut,
                                                    **errors(401, 403, 404)})
def bank_account_detail(request, account_id: ObjectId):
    shop = shop_of(user=request.user)
    return bank_account_out(selectors.bank_account_of(shop=shop, account_id=account_id))


@router.post("/bank-accounts/{account_id}/verify",
             response={200: BankAccountOut, **errors(401, 403, 404, 409)})
def bank_account_verify(request, account_id: ObjectId, payload: VerifyIn):
    """The two test deposits in minor units, in any order. A wrong answer is 422 and counts;
    after `BANK_VERIFY_MAX_TRIES` wrong answers the account is locked (409)."""
    account = selectors.bank_account_of(shop=shop_of(user=request.user), account_id=account_id)
    return bank_account_out(services.bank_account_verify(account=account,
                                                         amounts=payload.amounts,
                                                         actor=request.user))


@router.delete("/bank-accounts/{account_id}", response={204: None, **errors(401, 403, 404, 409)})
def bank_account_remove(request, account_id: ObjectId):
    account = selectors.bank_account_of(shop=shop_of(user=request.user), account_id=account_id)
    services.bank_account_remove(account=account, actor=request.user)
    return Status(204, None)


@router.post("/withdrawals", response={201: WithdrawalOut, **errors(401, 403, 404, 409)})
def withdrawal_create(request, payload: WithdrawalIn,
                      idempotency_key: str = Header("", alias="Idempotency-Key",
                                                    max_length=100)):
    """Withdraw available money to a verified bank account in its currency.

    Send an `Idempotency-Key` header: the same key and body answer with the first withdrawal
    (no second payout); the same key with another body is refused (409)."""
    withdrawal = services.withdrawal_request(
        shop=shop_of(user=request.user), actor=request.user,
        bank_account_id=payload.bank_account_id,
        amount=Money(payload.amount.amount, payload.amount.currency), key=idempotency_key,
        body=payload.dict())
    return Status(201, withdrawal_out(withdrawal))


@router.get("/withdrawals", response={200: WithdrawalPage, **errors(401, 403, 404)})
def withdrawal_list(request, page: Query[Page]):
    rows = selectors.withdrawals_of(shop=shop_of(user=request.user), after=page.cursor,
                                    limit=page.limit)
    return {"items": [withdrawal_out(w) for w in rows],
            "next_cursor": rows[-1].pk if len(rows) == page.limit else None}


@router.get("/withdrawals/{withdrawal_id}", response={200: WithdrawalOut,
                                                      **errors(401, 403, 404)})
def withdrawal_detail(request, withdrawal_id: ObjectId):
    shop = shop_of(user=request.user)
    return withdrawal_out(selectors.withdrawal_of(shop=shop, withdrawal_id=withdrawal_id))
