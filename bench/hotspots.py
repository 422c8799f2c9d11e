"""Profile one hot path in-process with cProfile: where docs/performance.md's causes come from.

Run it in the environment of a seeded database, e.g. after `bench/run.py --keep`:
  CARAVAN_VAR_DIR=/tmp/caravan-bench-XXX/sqlite DEBUG=0 .venv/bin/python bench/hotspots.py \\
      get /api/store/products/4001
  ... bench/hotspots.py checkout --count 100
Requests go to Caravan's WSGI application as granian would call it (middleware, URLs, Ninja,
the ORM, the end-of-request signals); the first five are left out: imports and cold caches.
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import time
from itertools import count

import django
from capture import capture_request


def wsgi_caller():
    """call(method, path, body=None, headers=None): one request through the WSGI app."""
    from django.core.wsgi import get_wsgi_application
    from django.test import RequestFactory

    application, factory = get_wsgi_application(), RequestFactory()

    def call(method: str, path: str, body=None, headers=None):
        request = factory.generic(method, path, json.dumps(body) if body else "",
                                  content_type="application/json", headers=headers)
        response = application(request.environ, lambda status, headers, exc_info=None: None)
        b"".join(response)
        response.close()  # request_finished: connections are closed or kept as configured

    return call


def _checkouts(client, call, n: int):
    """Checkouts of n+5 buyers ready to pay, each a call to make."""
    import shoppers
    from checkouts import proven_offers

    tag = f"profile-{int(time.time())}"
    offers = proven_offers(client, tag, count(900 + int(time.time()) % 90))
    buyers = shoppers.create_buyers(f"{tag}-buyers", n + 5)
    shoppers.fill_carts(buyers, offers)
    attempts = shoppers.attempts(buyers, offers, first_card=(990_000 + int(time.time()) % 9_000)
                                 * 100_000)
    return [lambda a=a: call("POST", "/api/store/checkout", a["body"], a["headers"])
            for a in attempts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["get", "checkout"])
    parser.add_argument("path", nargs="?", default="/api/ping")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caravan.settings")
    django.setup()
    from django.test import Client

    client, call = Client(), wsgi_caller()
    if args.what == "get":
        calls = [lambda: call("GET", args.path)] * (args.count + 5)
        print("queries per request:", capture_request(client, "get", args.path)["queries"])
    else:
        calls = _checkouts(client, call, args.count)
    for warm in calls[:5]:
        warm()
    profiler, started = cProfile.Profile(), time.perf_counter()
    profiler.enable()
    for timed in calls[5:]:
        timed()
    profiler.disable()
    took = (time.perf_counter() - started) * 1000 / len(calls[5:])
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())
    print(f"{took:.2f} ms per call under the profiler")


if __name__ == "__main__":
    main()
