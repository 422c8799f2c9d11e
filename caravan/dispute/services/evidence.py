"""Messages and image evidence of a dispute, from either side, until it is decided."""

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from caravan.account.models import User
from caravan.compliance.services.documents import document_check
from caravan.core import clock

from ..constants import Side
from ..errors import BadEvidence, DisputeEnded, TooManyMessages
from ..models import Dispute, DisputeMessage
from .common import clean_text, locked


def evidence_image_check(*, file: UploadedFile | None) -> UploadedFile | None:
    """A PNG or JPEG photo or screenshot, recognised by its content like any uploaded document
    (`compliance.documents.document_check`: size, signature, renamed to the type found), then
    decoded, so a file that only starts like an image is refused too."""
    file = document_check(file=file, field="image")
    if file is None:
        return None
    if not file.name.endswith((".png", ".jpg")):
        raise BadEvidence(_("Evidence images must be PNG or JPEG."),
                          fields={"image": [_("Upload a PNG or JPEG image.")]})
    try:
        with Image.open(file) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise BadEvidence(_("This file is not a readable image."),
                          fields={"image": [_("Upload a PNG or JPEG image.")]}) from exc
    finally:
        file.seek(0)
    return file


@transaction.atomic
def dispute_message_add(*, dispute: Dispute, side: Side, author: User | None, text: str = "",
                        image: UploadedFile | None = None) -> DisputeMessage:
    """A side's statement or evidence. Ownership is the caller's check (selectors)."""
    text = clean_text(text, required=image is None)
    image = evidence_image_check(file=image)
    dispute = locked(dispute)
    if not dispute.is_open:
        raise DisputeEnded(_("This dispute has ended; nothing more can be added."))
    if dispute.messages.count() >= settings.DISPUTE_MESSAGES_MAX:
        raise TooManyMessages(_("This dispute has as many messages as it may hold."))
    return DisputeMessage.objects.create(dispute=dispute, side=side, author=author, text=text,
                                         image=image, created_at=clock.now())
