from caravan.core.errors import Conflict, InvalidInput, NotFound


class RuleCodeTaken(Conflict):
    code = "rule_code_taken"


class RuleInUse(Conflict):
    code = "rule_in_use"


class BadKeyword(InvalidInput):
    code = "bad_keyword"


class BadDocument(InvalidInput):
    code = "bad_document"


class NotLicensable(InvalidInput):
    code = "not_licensable"


class LicenceExpired(Conflict):
    code = "licence_expired"


class BrandNotFound(NotFound):
    code = "brand_not_found"


class BrandNotApproved(Conflict):
    code = "brand_not_approved"


class ListingNotLive(NotFound):
    code = "listing_not_live"


class OwnListing(Conflict):
    code = "own_listing"


class CounterNoticeClosed(Conflict):
    code = "counter_notice_closed"


class ComplaintNotFound(NotFound):
    code = "complaint_not_found"


class LicenceNotFound(NotFound):
    code = "licence_not_found"


class RuleNotFound(NotFound):
    code = "rule_not_found"
