from caravan.core.errors import Conflict, InvalidInput, NotFound


class DisputeNotFound(NotFound):
    code = "dispute_not_found"


class OrderNotDisputable(Conflict):
    code = "order_not_disputable"


class DisputeTooEarly(Conflict):
    code = "dispute_too_early"


class DisputeWindowClosed(Conflict):
    code = "dispute_window_closed"


class DisputeAlreadyOpen(Conflict):
    code = "dispute_already_open"


class DisputeAlreadyDecided(Conflict):
    code = "dispute_already_decided"


class AnswerTooLate(Conflict):
    code = "answer_too_late"


class EscalationTooEarly(Conflict):
    code = "escalation_too_early"


class ReturnTooLate(Conflict):
    code = "return_too_late"


class DisputeEnded(Conflict):
    code = "dispute_ended"


class TooManyMessages(Conflict):
    code = "too_many_messages"


class BadAmount(InvalidInput):
    code = "invalid_amount"


class BadEvidence(InvalidInput):
    code = "bad_evidence"


class NotCounterfeitCase(InvalidInput):
    code = "not_counterfeit_case"
