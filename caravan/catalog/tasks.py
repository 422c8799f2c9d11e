from huey.contrib.djhuey import db_task

from . import selectors


@db_task()
def facets_recount(filters: tuple) -> None:
    """A search's facet counts grew stale: count them again, off the shopper's request."""
    selectors.facets_count(filters)
