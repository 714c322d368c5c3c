"""Wording that says what a denial says, or moves a figure, so that no opposite is read: "fell
to record lows" against "declined to record lows", "few of the passengers were wearing" against
"many were not wearing", "homes lost power" against "were left without power"."""

from __future__ import annotations

import re

_MOVED_BEFORE = re.compile(
    r"\b(?i:fell|fall|falls|dropped|drops|slid|slipped|sank|declined|declines|rose|climbed|jumped"
    r"|plunged|tumbled|dipped|eased|edged)[ ]+to[ ]+(?:[\w-]{1,30}[ ]+)?$"
)
"""A verb of rising or falling and "to" before a word: "fell to record lows" says where a figure
went, so a failure's "declined to record lows" denies no verb "record"."""


def moved_to(text: str, span: tuple[int, int] | None) -> bool:
    return span is not None and bool(_MOVED_BEFORE.search(text, max(0, span[0] - 50), span[0]))


_FEW_BEFORE = re.compile(
    r"(?<![Aa][ ])(?<![Ee]very[ ])(?<![Tt]he[ ])"
    r"\b(?i:few|hardly[ ]any|scarcely[ ]any|barely[ ]any)\b"
    r"(?:[ ][\w’'-]{1,30}){0,6}[ ]$"
)
"""A quantifier that denies most of what it counts, a few words before a word: "few of the
passengers were wearing life jackets" says what "many were not wearing" says (helper-197's
audit); "a few" says some were, "every few minutes" and "the few survivors" deny nothing
(helper-199's review)."""

FEW_REACH = 80
"""Characters before a word searched for ``_FEW_BEFORE``."""


def few_before(text: str, span: tuple[int, int] | None) -> bool:
    """Whether "few" counts what the word at ``span`` says of them (``_FEW_BEFORE``)."""
    return span is not None and bool(_FEW_BEFORE.search(text, max(0, span[0] - FEW_REACH), span[0]))


_LOST_BEFORE = re.compile(
    r"\b(?i:lost|lose|loses|losing|cut|cuts)[ ]+(?:(?i:their|its|his|her|the|all)[ ]+)?$"
)
"""A verb of losing right before a word: "homes lost power" says what "were left without power"
says, no opposite."""

LOST_REACH = 30
"""Characters before the word searched for that verb."""


def lost_before(text: str, span: tuple[int, int] | None) -> bool:
    return span is not None and bool(
        _LOST_BEFORE.search(text, max(0, span[0] - LOST_REACH), span[0])
    )
