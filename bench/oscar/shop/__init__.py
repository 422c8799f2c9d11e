"""A minimal django-oscar shop, set up as Oscar's "Building your own shop" guide describes, for
the peer_oscar benchmarks (bench/peer_oscar.py). It runs in its own virtualenv, never Caravan's."""
