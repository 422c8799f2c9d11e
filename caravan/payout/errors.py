from caravan.core.errors import Conflict, InvalidInput, NotFound


class BankAccountNotFound(NotFound):
    code = "bank_account_not_found"


class WithdrawalNotFound(NotFound):
    code = "withdrawal_not_found"


class InvalidBankAccount(InvalidInput):
    code = "invalid_bank_account"


class BankAccountUnverified(Conflict):
    code = "bank_account_unverified"


class BankAccountLocked(Conflict):
    code = "bank_account_locked"


class DepositsNotArrived(Conflict):
    code = "deposits_not_arrived"


class WrongDepositAmounts(InvalidInput):
    code = "wrong_deposit_amounts"


class BelowMinimum(InvalidInput):
    code = "below_minimum"


class InsufficientBalance(Conflict):
    code = "insufficient_funds"


class ShopFrozen(Conflict):
    code = "shop_suspended"


class WithdrawalInFlight(Conflict):
    code = "withdrawal_in_flight"


class IdempotencyMismatch(Conflict):
    code = "idempotency_mismatch"


class AlreadyScheduled(Conflict):
    code = "already_scheduled"


class PayoutProviderUnavailable(Conflict):
    status = 503
    code = "payout_provider_unavailable"
