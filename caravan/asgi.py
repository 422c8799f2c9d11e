"""ASGI entry for the websocket process (Channels). Plain HTTP is served by the WSGI process."""

import os

from channels.routing import ProtocolTypeRouter
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caravan.settings")
django_asgi = get_asgi_application()

application = ProtocolTypeRouter({"http": django_asgi})
