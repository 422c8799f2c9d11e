"""The last line of defence for "card numbers never reach the logs": a filter on the root
handler (settings.LOGGING) that masks every Luhn-valid 13-19 digit run in a record's message
and traceback, whatever logged it. Code must still never log card data; this only limits
the damage of a mistake."""

import logging

from .cards import mask_card_numbers


class CardNumberFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # bad format arguments: logging would print them raw
            message = f"{record.msg} {record.args!r}"
            record.msg, record.args = message, None
        cleaned = mask_card_numbers(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_card_numbers(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_card_numbers(record.stack_info)
        return True
