"""The phrase rules of donation appeals, the last kind ``chrome_rules`` tries: a box asking the
reader for money, or a line giving an account to send it to (a PayPal.Me address, a Thai
PromptPay number)."""

from __future__ import annotations

from .phrase_rule import rule

DONATION_RULES = (
    rule(
        r"^(?:become a (?:member|patron|subscriber)|donate now|support (?:us|our journalism"
        r"|independent journalism))\b|\bwe rely on (?:you,? )?(?:our )?readers\b"
        r"|\bpledge your (?:contribution|support)|\byour (?:donation|contribution) (?:will|helps)\b"
        r"|\bnever see a paywall|https?://paypal\.me/|\bpromptpay\b\D{0,80}\d(?:[ -]?\d){8}",
        "donation appeal",
        40,
        needles=(
            "become a",
            "donate now",
            "support us",
            "support our",
            "support independent",
            "we rely on",
            "pledge your",
            "your donation",
            "your contribution",
            "paywall",
            "paypal.me/",
            "promptpay",
        ),
    ),
    # a box that opens with the appeal is one whatever its length
    rule(r"^(?:\.\.\.|…)?\s*we need your (?:help|support)\b", "donation appeal", 150),
)
