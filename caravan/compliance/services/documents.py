from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from ..constants import DOCUMENT_SIGNATURES
from ..errors import BadDocument


def document_check(*, file: UploadedFile | None, field: str) -> UploadedFile | None:
    """An uploaded document, refused unless it is a PDF, PNG or JPEG of a sensible size.

    The type is read from the content: a file's name and declared type are the sender's word.
    """
    if file is None:
        return None
    if file.size > settings.COMPLIANCE_UPLOAD_MAX_BYTES:
        raise BadDocument(_("The document is too large."), fields={field: [
            _("At most %(mb)d MB.") % {"mb": settings.COMPLIANCE_UPLOAD_MAX_BYTES // 2**20}]})
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    kind = next((kind for signature, kind in DOCUMENT_SIGNATURES.items()
                 if head.startswith(signature)), None)
    if kind is None:
        raise BadDocument(_("The document must be a PDF, PNG or JPEG file."),
                          fields={field: [_("Upload a PDF, PNG or JPEG file.")]})
    file.name = f"{field}.{kind}"  # stored under the type found, whatever the name claimed
    return file
