import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded licences and evidence land in a temporary folder, not in var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
