"""Text folding shared by rule keywords and listing texts, so that both compare alike.

NFKC (full-width and compatibility forms to plain ones), case folding, Latin/Cyrillic/Greek
diacritics and Arabic/Hebrew points dropped (sellers type "pilulas" as often as "pílulas";
"ё" becomes "е"), every run of punctuation, symbols and spaces made one space, and runs of
unsegmented scripts (Han, kana, Hangul, Thai, ...) set apart by spaces, so that a brand written
straight after Chinese text ("iphone手机") is still a word of its own.
"""

import re
import unicodedata
from functools import cache

# Scripts written without spaces between words: matched as substrings, not as words.
UNSEGMENTED = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u0f00-\u0fff"  # Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u1100-\u11ff"  # Hangul jamo
    "\u1780-\u17ff"  # Khmer
    "\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff"  # ideographic marks, kana
    "\u3130-\u318f"  # Hangul compatibility jamo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\uac00-\ud7af"  # Hangul syllables
    "\U00020000-\U0003134f"  # Han extensions B-H
)
_UNSEGMENTED_RUN = re.compile(f"([{UNSEGMENTED}]+)")
_HAS_UNSEGMENTED = re.compile(f"[{UNSEGMENTED}]")
# Diacritics that writers drop freely; the vowel signs of Indic, Thai and similar scripts are
# letters in all but name and stay.
_DIACRITICS = re.compile("[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670"
                         "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ASCII_SEPARATORS = re.compile(r"[^a-z0-9]+")


@cache
def _separators() -> re.Pattern:
    """Runs of punctuation (P*), symbols (S*), separators (Z*) and controls (C*).

    Built from the Unicode database once, on first use: Python's `\\W` would also split words at
    the combining vowel signs of Thai or Hindi, which are marks, not separators.
    """
    ranges, start, previous = [], None, None
    for code in (*range(0x10000), *range(0x1F000, 0x1FC00)):
        if 0xD800 <= code <= 0xDFFF:
            separator = False
        else:
            separator = unicodedata.category(chr(code))[0] in "PSZC"
        if separator and start is None:
            start = code
        elif not separator and start is not None:
            ranges.append((start, previous))
            start = None
        previous = code
    if start is not None:
        ranges.append((start, previous))
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)
    return re.compile(f"[{body}]+")


def fold(text: str) -> str:
    """The comparable form of `text`: words separated by single spaces, no leading/trailing one."""
    if text.isascii():  # the common case, and NFKC/casefold are the identity on it but for case
        return _ASCII_SEPARATORS.sub(" ", text.lower()).strip()
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = unicodedata.normalize("NFC", _DIACRITICS.sub("", unicodedata.normalize("NFD", folded)))
    folded = _UNSEGMENTED_RUN.sub(r" \1 ", folded)
    return _separators().sub(" ", folded).strip()


def is_unsegmented(folded: str) -> bool:
    return _HAS_UNSEGMENTED.search(folded) is not None


def warm_up() -> None:
    """Build the separator table now (about 0.1 s) rather than inside the first request."""
    _separators()

