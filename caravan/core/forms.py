from django import forms

from caravan.core.errors import DomainError


def form_refused(form: forms.Form, exc: DomainError) -> None:
    """Show a service's refusal on the form: per-field messages where it gave them."""
    placed = False
    for field, messages in exc.fields.items():
        target = field if field in form.fields else None
        for message in messages:
            form.add_error(target, message)
            placed = True
    if not placed:
        form.add_error(None, exc.message)
