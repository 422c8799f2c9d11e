"""Product images: checked with Pillow (a real image, an allowed format, sane size) and given a
square-bounded thumbnail for lists."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from caravan.core.errors import InvalidInput

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
MIN_SIDE = 200
THUMBNAIL_SIDE = 320


def _refuse(message: str):
    raise InvalidInput(message, fields={"image": [message]})


def checked_image(data: bytes) -> tuple[Image.Image, str]:
    """The decoded image and its file extension; InvalidInput for anything else."""
    if len(data) > MAX_BYTES:
        _refuse(_("Images may be at most 5 MB."))
    try:
        with Image.open(BytesIO(data)) as probe:
            probe.verify()
        image = Image.open(BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            _refuse(_("The image has too many pixels."))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        _refuse(_("This is not a JPEG, PNG or WebP image."))
    if image.format not in ALLOWED_FORMATS:
        _refuse(_("Use JPEG, PNG or WebP."))
    if min(image.size) < MIN_SIDE:
        _refuse(_("Images must be at least %(n)d pixels on each side.") % {"n": MIN_SIDE})
    return image, ALLOWED_FORMATS[image.format]


def thumbnail_bytes(image: Image.Image) -> bytes:
    thumb = image.convert("RGB")
    thumb.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    out = BytesIO()
    thumb.save(out, format="WEBP", quality=80)
    return out.getvalue()


def image_files(data: bytes, stem: str) -> tuple[ContentFile, ContentFile]:
    image, extension = checked_image(data)
    return (ContentFile(data, name=f"{stem}.{extension}"),
            ContentFile(thumbnail_bytes(image), name=f"{stem}-thumb.webp"))
