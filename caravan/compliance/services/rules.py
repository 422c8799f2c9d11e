"""The operator's rules: validated on every write, and every write bumps the rules version."""

import re
from collections.abc import Sequence
from contextlib import contextmanager

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from caravan.catalog.models import Category
from caravan.core.errors import InvalidInput
from caravan.core.models import locked

from .. import screening
from ..constants import (
    LANGUAGE_TAG_PATTERN,
    MAX_KEYWORD_LENGTH,
    MAX_KEYWORDS_PER_RULE,
    RULE_CODE_PATTERN,
    RuleKind,
)
from ..errors import BadKeyword, RuleCodeTaken, RuleInUse, RuleNotFound
from ..matcher import parse
from ..models import ComplianceRule
from ..seed_data import RULES
from ..text import is_unsegmented

RULE_FIELDS = ("code", "kind", "name", "reason", "keywords", "exceptions", "countries",
               "is_active")


def rules_changed() -> None:
    """Every process recompiles its matchers (call in the transaction of the change)."""
    screening.rules_version_bump()


def _phrase_problem(phrase: str) -> str | None:
    raw = phrase.strip()
    if len(raw) > MAX_KEYWORD_LENGTH:
        return _("“%(p)s” is longer than %(n)d characters.") % {"p": raw[:20],
                                                               "n": MAX_KEYWORD_LENGTH}
    if "*" in raw.rstrip("*") or raw.endswith("**"):
        return _("“%(p)s”: a * may only end a phrase.") % {"p": raw}
    folded, prefix = parse(raw)
    if not folded:
        return _("“%(p)s” has no letters or digits.") % {"p": raw}
    if prefix and len(folded.rsplit(" ", 1)[-1]) < 3:
        return _("“%(p)s”: a * needs at least 3 letters before it.") % {"p": raw}
    if not is_unsegmented(folded) and len(folded) < 2:
        return _("“%(p)s” is too short to match safely.") % {"p": raw}
    return None


def _clean_phrases(phrases: list, field: str) -> list[str]:
    if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
        raise BadKeyword(_("Phrases are a list of texts."), fields={field: [_("A list of texts.")]})
    problems = [problem for problem in map(_phrase_problem, phrases) if problem]
    if problems:
        raise BadKeyword(_("Some phrases cannot be used."), fields={field: problems})
    return list(dict.fromkeys(p.strip() for p in phrases))


def _clean_keywords(keywords: dict) -> dict[str, list[str]]:
    if not isinstance(keywords, dict):
        raise BadKeyword(_("Keywords are grouped by language."),
                         fields={"keywords": [_('Use {"en": ["..."], "zh": ["..."]}.')]})
    bad = [lang for lang in keywords if not re.match(LANGUAGE_TAG_PATTERN, str(lang))]
    if bad:
        raise BadKeyword(_("Unknown language tag."),
                         fields={"keywords": [_("Not a language tag: %(t)s") % {"t": t}
                                              for t in bad]})
    cleaned = {lang: _clean_phrases(words, "keywords") for lang, words in keywords.items()}
    count = sum(map(len, cleaned.values()))
    if not count or count > MAX_KEYWORDS_PER_RULE:
        raise BadKeyword(_("A rule needs between 1 and %(n)d keywords.")
                         % {"n": MAX_KEYWORDS_PER_RULE},
                         fields={"keywords": [_("Between 1 and %(n)d keywords.")
                                              % {"n": MAX_KEYWORDS_PER_RULE}]})
    return {lang: words for lang, words in cleaned.items() if words}


def _clean_countries(countries: list) -> list[str]:
    from caravan.account.services import country_check

    try:
        return sorted({country_check(code) for code in countries})
    except InvalidInput as exc:
        raise InvalidInput(exc.message, fields={"countries": [_("Use ISO 3166-1 codes.")]}) from exc


def rule_clean(*, changes: dict, rule: ComplianceRule | None) -> dict:
    """The changes validated and normalised, or InvalidInput/RuleCodeTaken with field errors."""
    cleaned = dict(changes)
    if "code" in cleaned:
        if not re.match(RULE_CODE_PATTERN, cleaned["code"] or ""):
            raise InvalidInput(_("Invalid rule code."), fields={"code": [
                _("Lowercase letters, digits and underscores, starting with a letter.")]})
        taken = ComplianceRule.objects.filter(code=cleaned["code"])
        if rule is not None:
            taken = taken.exclude(pk=rule.pk)
        if taken.exists():
            raise RuleCodeTaken(_("A rule with this code exists."), fields={"code": [_("Taken.")]})
    if "kind" in cleaned and cleaned["kind"] not in RuleKind.values:
        raise InvalidInput(_("Unknown kind."), fields={"kind": [_("prohibited or restricted")]})
    for field in ("name", "reason"):
        if field in cleaned and not (cleaned[field] or "").strip():
            raise InvalidInput(_("Required."), fields={field: [_("This field is required.")]})
    if "keywords" in cleaned:
        cleaned["keywords"] = _clean_keywords(cleaned["keywords"])
    if "exceptions" in cleaned:
        cleaned["exceptions"] = _clean_phrases(cleaned["exceptions"], "exceptions")
    if "countries" in cleaned:
        cleaned["countries"] = _clean_countries(cleaned["countries"])
    return cleaned


def _categories(category_ids) -> list[int]:
    ids = sorted(set(category_ids))
    if Category.objects.filter(pk__in=ids).count() != len(ids):
        raise InvalidInput(_("Unknown category."),
                           fields={"category_ids": [_("Unknown category.")]})
    return ids


@contextmanager
def _code_claimed():
    """rule_clean found the code free; a request racing this one may have taken it since."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as exc:
        raise RuleCodeTaken(_("A rule with this code exists."),
                            fields={"code": [_("Taken.")]}) from exc


@transaction.atomic
def rule_create(*, code: str, kind: str, name: str, reason: str, keywords: dict,
                exceptions: Sequence[str] = (), category_ids: Sequence[int] = (),
                countries: Sequence[str] = (), is_active: bool = True) -> ComplianceRule:
    fields = rule_clean(changes={
        "code": code, "kind": kind, "name": name.strip(), "reason": reason.strip(),
        "keywords": keywords, "exceptions": list(exceptions), "countries": list(countries),
        "is_active": is_active}, rule=None)
    categories = _categories(category_ids)
    with _code_claimed():
        rule = ComplianceRule.objects.create(**fields)
    rule.categories.set(categories)
    rules_changed()
    return rule


@transaction.atomic
def rule_update(*, rule: ComplianceRule, category_ids: list[int] | None = None,
                **changes) -> ComplianceRule:
    """Change some fields of a rule; `keywords` and lists replace the stored ones whole."""
    rule = locked(rule, _("No such rule."), RuleNotFound)
    fields = rule_clean(changes={k: v for k, v in changes.items()
                                 if k in RULE_FIELDS and v is not None}, rule=rule)
    for name, value in fields.items():
        setattr(rule, name, value)
    if fields:
        with _code_claimed():
            rule.save(update_fields=list(fields))
    if category_ids is not None:
        rule.categories.set(_categories(category_ids))
    rules_changed()
    return rule


@transaction.atomic
def rule_delete(*, rule: ComplianceRule) -> None:
    """Delete a rule no licence refers to; retire one with licences by `is_active=False`."""
    rule = locked(rule, _("No such rule."), RuleNotFound)
    if rule.licences.exists():
        raise RuleInUse(_("Licences refer to this rule; deactivate it instead."))
    rule.delete()
    rules_changed()


@transaction.atomic
def compliance_seed() -> int:
    """Add the starting rules whose code is missing (operators' edits are kept); how many."""
    existing = set(ComplianceRule.objects.values_list("code", flat=True))
    created = 0
    for data in RULES:
        if data["code"] not in existing:
            rule_create(**data)
            created += 1
    return created
