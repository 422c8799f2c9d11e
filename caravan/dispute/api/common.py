from ..selectors import dispute_summary


def page_of(disputes: list, limit: int) -> dict:
    return {"items": [dispute_summary(d) for d in disputes],
            "next_cursor": disputes[-1].id if len(disputes) == limit else None}
