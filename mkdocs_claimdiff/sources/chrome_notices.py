"""The phrase rules of the notices a news site prints under an article: where it first appeared,
that links in it earn the site a commission, how to reach its author. Each is a sentence like
the article's own, so each rule asks for the notice's own words ("This story was originally
published …", "… through our retail links, we may earn an affiliate commission", "… can be
reached at name@example.com"), not for the words alone ("The story was first published by The
Guardian", "could not be reached for comment")."""

from __future__ import annotations

from .phrase_rule import rule

NOTICE_RULES = (
    rule(
        r"^(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by)\b"
        r"|^(?:this|a version of this) (?:story|article|piece|post)\b"
        r".{0,200}?\b(?:originally|first) (?:published|appeared|posted|ran)\b",
        "note on where the article first appeared",
        40,
        needles=("originally", "first"),
    ),
    rule(  # an affiliate notice: "when you buy through our retail links, we may earn ..."
        r"(?:\b(?:through|via|from|using) (?:our|these|the) (?:(?:retail|affiliate|shopping"
        r"|product|partner) )?links?\b|\blinks? (?:on|in) (?:our|this) (?:site|page|article)\b)"
        r".{0,100}?\b(?:commissions?|compensated|compensation)\b",
        "advertisement",
        40,
        needles=("commission", "compensat"),
    ),
    rule(  # "Adam Sennott can be reached at adam.sennott@globe.com."
        r"(?:\bcan be reached\b|\breach (?:him|her|them|me|us)\b|^contact\b|\be-?mail (?:us|him|her"
        r"|them|me)\b|\bwrite to (?:us|him|her|them|me)\b).{0,80}?[\w.+-]@[\w-]+\.[a-z]",
        "contact address",
        30,
        needles=("reach", "contact", "mail", "write to"),
    ),
)
"""Tried by ``chrome_rules`` where the note on where an article first appeared always was."""
