"""Many phrases found in one pass over a text: the phrases are compiled into regular expressions
shaped like a trie, so the regex engine (C) walks each position once instead of trying every
phrase, and a dictionary maps what matched back to its targets.

Two expressions, one per script class:
- spaced scripts (Latin, Cyrillic, Greek, Arabic, ...): whole words only. The text is folded so
  that words are separated by exactly one space and padded with spaces, hence every match starts
  with a literal space (the engine then jumps from space to space) and ends before one;
  "pill" does not match "pillow", "gun" not "begun". A phrase ending in `*` matches any word it
  starts ("лекарств*" finds "лекарства" and "лекарственные").
- unsegmented scripts (Han, kana, Hangul, Thai, ...): substrings, as these scripts put no
  spaces between words.

At one position the longest phrase wins, so a specific phrase ("toy gun", "wine glass") shadows
the shorter one inside it; an exception phrase maps to no target and so shields its text.
"""

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from .text import fold, is_unsegmented

_END = ""  # trie key of "a phrase ends here"
_PREFIX_END = "*"  # trie key of "a phrase ends here and matches the rest of the word"
_REST_OF_WORD = "[^ \n]*"


@dataclass(frozen=True)
class Phrase:
    text: str  # as written by the operator; "*" at the end makes it a word prefix
    target: Hashable  # what a match means, e.g. ("rule", 7)
    exception: bool = False  # shields `target` instead of reporting it


def parse(text: str) -> tuple[str, bool]:
    """(folded phrase, is_prefix) of a phrase as written; ("", False) if nothing is left."""
    raw = text.strip()
    prefix = raw.endswith("*")
    folded = fold(raw.rstrip("*"))
    if prefix and is_unsegmented(folded):
        prefix = False  # substrings already: a wildcard adds nothing
    return folded, prefix


def _trie_regex(phrases: Iterable[tuple[str, bool]]) -> str:
    root: dict = {}
    for phrase, prefix in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_PREFIX_END if prefix else _END] = True
    return _node_regex(root)


def _node_regex(node: dict) -> str:
    # Longer continuations come first and "ends here" last, so the engine prefers the longest
    # phrase and backtracks to a shorter one only when the longer one fails.
    options = [re.escape(char) + _node_regex(child) for char, child in sorted(node.items())
               if char not in (_END, _PREFIX_END)]
    if _PREFIX_END in node:
        options.append(_REST_OF_WORD)
    if _END in node:
        options.append("")
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"


@dataclass
class Matcher:
    """Compiled phrases; `find` returns the targets a text names."""

    spaced: re.Pattern | None = None
    unsegmented: re.Pattern | None = None
    exact: dict[str, frozenset] = field(default_factory=dict)
    prefixes: dict[str, frozenset] = field(default_factory=dict)
    shields: dict[str, frozenset] = field(default_factory=dict)
    shield_prefixes: dict[str, frozenset] = field(default_factory=dict)

    @classmethod
    def build(cls, phrases: Iterable[Phrase]) -> "Matcher":
        tables = {key: defaultdict(set) for key in ("exact", "prefixes", "shields",
                                                    "shield_prefixes")}
        spaced, unsegmented = set(), set()
        for phrase in phrases:
            folded, prefix = parse(phrase.text)
            if not folded:
                continue
            (unsegmented if is_unsegmented(folded) else spaced).add((folded, prefix))
            key = ("shield_prefixes" if prefix else "shields") if phrase.exception else (
                "prefixes" if prefix else "exact")
            tables[key][folded].add(phrase.target)
        frozen = {key: {k: frozenset(v) for k, v in table.items()}
                  for key, table in tables.items()}
        return cls(
            spaced=re.compile(f" {_trie_regex(spaced)}(?= )") if spaced else None,
            unsegmented=re.compile(_trie_regex(unsegmented)) if unsegmented else None,
            **frozen,
        )

    def find(self, texts: Iterable[str]) -> set:
        folded = [fold(text) for text in texts if text]
        found: set = set()
        if self.spaced is not None:
            # Texts are kept apart by a newline, so a phrase cannot span a title and a description.
            padded = " " + " \n ".join(folded) + " "
            for match in self.spaced.finditer(padded):
                found |= self._targets(match.group()[1:])
        if self.unsegmented is not None:
            for text in folded:
                if not text.isascii():
                    for match in self.unsegmented.finditer(text):
                        found |= self._targets(match.group())
        return found

    def _targets(self, matched: str) -> frozenset:
        targets = _lookup(matched, self.exact, self.prefixes)
        if targets and (self.shields or self.shield_prefixes):
            targets = targets - _lookup(matched, self.shields, self.shield_prefixes)
        return targets


def _lookup(matched: str, exact: dict, prefixes: dict) -> frozenset:
    found = exact.get(matched, frozenset())
    if prefixes:
        # Which prefix phrases cover this match: runs only on a match, so a plain loop will do.
        for end in range(len(matched), 0, -1):
            stem = matched[:end]
            if stem in prefixes and " " not in matched[end:]:
                found = found | prefixes[stem]
    return found
