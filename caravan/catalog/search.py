"""Full-text search over live listings, the same on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Text is tokenised here, in Python, once: NFKC, case-folded, accents stripped, punctuation dropped;
words of spaced scripts stay whole, runs of unsegmented scripts (Han, kana, Hangul, Thai, ...)
become overlapping character bigrams, so "手机壳" is found by "手机" without a dictionary. Both
databases then index the same space-separated tokens with their plain tokenisers, and a query is
the same AND of tokens (word tokens match as prefixes), so both return the same listings.
On PostgreSQL the tsvector is a stored generated column (`vector`) with a GIN index.
"""

import hashlib
import json
import math
import re
import unicodedata

from django.core.cache import caches
from django.db import connection
from django.db.models import BigIntegerField, F
from django.db.models.expressions import RawSQL
from django.db.models.lookups import In

# Scripts written without spaces between words.
_UNSEGMENTED = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"  # Hangul
)
_RUN = re.compile(rf"[{_UNSEGMENTED}]+|[^\W_{_UNSEGMENTED}]+")
_UNSEGMENTED_RUN = re.compile(rf"^[{_UNSEGMENTED}]+$")
MAX_QUERY_TOKENS = 12
SEARCH_PAGE = 24  # the default page of results, for which the plan is chosen


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for run in _RUN.findall(_fold(text or "")):
        out.extend(_bigrams(run) if _UNSEGMENTED_RUN.match(run) else [run])
    return out


def document(*texts: str) -> str:
    return " ".join(dict.fromkeys(token for text in texts for token in tokens(text)))


def query_terms(q: str) -> list[tuple[str, bool]]:
    """(token, is_prefix) pairs of a query; spaced-script words match as prefixes."""
    terms: list[tuple[str, bool]] = []
    for run in _RUN.findall(_fold(q or "")):
        if _UNSEGMENTED_RUN.match(run):
            terms.extend((gram, len(run) == 1) for gram in _bigrams(run))
        else:
            terms.append((run, True))
    return list(dict.fromkeys(terms))[:MAX_QUERY_TOKENS]


# --- the index ---

def is_sqlite() -> bool:
    return connection.vendor == "sqlite"


def _fts_match(terms: list[tuple[str, bool]]) -> str:
    return " AND ".join(f'"{token}"' + ("*" if prefix else "") for token, prefix in terms)


def _ts_query(terms: list[tuple[str, bool]]) -> str:
    return " & ".join(f"'{token}'" + (":*" if prefix else "") for token, prefix in terms)


def matching(q: str, *, newest_first: bool = False) -> In | None:
    """A filter of listings (`Product.objects.filter(...)`) to those matching `q`, or None when
    q has no tokens. `newest_first`: for a page in that order, which may walk the newest."""
    found = matching_ids_sql(q)
    if found is None:
        return None
    # The SQL is a constant of this module; the query text travels as a bound parameter.
    ids = RawSQL(*found)  # noqa: S611
    if newest_first and is_sqlite() and _broad(found[1][0]):
        # SQLite fetches every match and sorts them for the page ("new": 22,428 of 200,000
        # listings, 25 ms). "+id" is not an indexed column to it, so it walks the newest-first
        # index instead and probes the matches, and stops at a full page (4 ms).
        unindexed = RawSQL('+"catalog_product"."id"', (), output_field=BigIntegerField())
        return In(unindexed, ids)
    return In(F("id"), ids)


def matching_ids_sql(q: str) -> tuple[str, list] | None:
    """SQL selecting the ids of indexed listings matching `q`, or None when q has no tokens."""
    terms = query_terms(q)
    if not terms:
        return None
    if is_sqlite():
        return "SELECT rowid FROM catalog_search_fts WHERE catalog_search_fts MATCH %s", [
            _fts_match(terms)]
    ts_query = _ts_query(terms)
    sql = "SELECT product_id FROM catalog_searchdocument WHERE vector @@ to_tsquery('simple', %s)"
    if not _broad(ts_query):
        # OFFSET 0 keeps PostgreSQL from folding this into the walk described at `_broad`.
        sql += " OFFSET 0"
    return sql, [ts_query]


def _broad(query: str) -> bool:
    """Whether a page of matches is found sooner by walking the newest listings than by
    fetching every match, cached for a while per query (a tsquery, or an FTS5 match).

    PostgreSQL estimates the match count well, yet walks the newest-first index and probes
    each listing's tsvector even for a few hundred matches out of 200,000 (about 4,000 probes,
    50 ms, against 10 ms for fetching the matches and sorting them), because it prices a probe
    at a fraction of its cost. The walk reads about indexed x page / matches rows, fetching
    reads the matches: the walk wins when matches^2 exceeds indexed x page. SQLite, the other
    way round, always fetches (see `matching`).
    """
    def estimate() -> bool:
        rows = _counted_rows if is_sqlite() else _estimated_rows
        matches, indexed = rows(query)
        return matches * matches >= indexed * SEARCH_PAGE

    digest = hashlib.blake2b(query.encode(), digest_size=16).hexdigest()
    return caches["local"].get_or_set(f"catalog:search:broad:{digest}", estimate, 600)


def _counted_rows(match: str) -> tuple[int, int]:
    """SQLite's (listings matching, listings indexed), the matches counted only as far as the
    walk's threshold. The highest rowid stands for the indexed count (FTS5 counts its rows by
    reading them all): never fewer, so a doubtful query is fetched, not walked."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(rowid) FROM catalog_search_fts")
        indexed = cursor.fetchone()[0] or 0
        enough = math.isqrt(indexed * SEARCH_PAGE) + 1
        cursor.execute("SELECT count(*) FROM (SELECT 1 FROM catalog_search_fts WHERE "
                       "catalog_search_fts MATCH %s LIMIT %s)", [match, enough])
        return cursor.fetchone()[0], indexed


def _estimated_rows(ts_query: str) -> tuple[float, float]:
    """PostgreSQL's estimates of (listings matching, listings indexed)."""
    everything = "SELECT product_id FROM catalog_searchdocument"
    estimates = []
    with connection.cursor() as cursor:
        for sql, params in ((f"{everything} WHERE vector @@ to_tsquery('simple', %s)",
                             [ts_query]), (everything, [])):
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
            estimates.append((json.loads(plan) if isinstance(plan, str) else plan)
                             [0]["Plan"]["Plan Rows"])
    return estimates[0], estimates[1]


def index_product(product_id: int) -> None:
    """Bring one listing's entry up to date: indexed while active, absent otherwise."""
    from .models import Product, SearchDocument

    product = (Product.objects.filter(pk=product_id, status="active")
               .select_related("category").prefetch_related("translations").first())
    if product is None:
        SearchDocument.objects.filter(product_id=product_id).delete()
        _fts_write(product_id, None)
        return
    texts = [text for tr in product.translations.all() for text in (tr.title, tr.description)]
    doc = document(product.brand_name, *texts)
    SearchDocument.objects.update_or_create(product_id=product_id, defaults={"tokens": doc})
    _fts_write(product_id, doc)


def _fts_write(product_id: int, doc: str | None) -> None:
    if not is_sqlite():
        return
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM catalog_search_fts WHERE rowid = %s", [product_id])
        if doc is not None:
            cursor.execute("INSERT INTO catalog_search_fts(rowid, tokens) VALUES (%s, %s)",
                           [product_id, doc])


def index_bulk(documents: list[tuple[int, str]]) -> None:
    """Index many live listings at once (bulk import, demo data): (product_id, tokens) pairs
    from `document(...)`, for products that are active and not yet indexed."""
    from .models import SearchDocument

    SearchDocument.objects.bulk_create(
        [SearchDocument(product_id=pid, tokens=doc) for pid, doc in documents], batch_size=2000)
    if is_sqlite():
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO catalog_search_fts(rowid, tokens) VALUES (%s, %s)",
                               documents)
