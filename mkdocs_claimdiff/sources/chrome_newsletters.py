"""The phrase rules of a newsletter's sign-up form and plugs: "Enter your email address",
"Thank you for subscribing", "Get the day's top stories delivered to your inbox"."""

from __future__ import annotations

from .phrase_rule import rule

_OFFER = (
    r"(?:,?\s+(?:for free|free of charge|\(it[’']?s free\))|[.!]\s+it[’']?s free|\s+[–—-]\s+free"
    r"|,?\s+(?:on\s+|every\s+)?(?:weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?"
    r"(?:\s+(?:mornings?|evenings?|nights?))?|,?\s+(?:once|twice|three times)\s+a\s+(?:day|week))"
)
_PLUG_GOES_ON = (
    rf"(?:\W*$|\s+(?:plus|every|each|daily|weekly)\b"
    rf"|[\s.!,:;–—-]+(?:sign up|subscribe|join|register)\b[^,]{{0,40}}$|(?:{_OFFER}){{1,2}}\W*$)"
)
"""How a newsletter plug goes on after "your inbox": it ends, asks to sign up right there ("…
your inbox. Sign up", "- sign up now", with no clause after it), ends with what it offers ("for
free", "(it's free)", "on Sundays", "every Friday", "weekday mornings", "twice a week"), or says
what else it brings ("plus ..."). A news sentence with the same start goes on with news ("with
a free tool, Google says", "on Mondays than any other day, a study found", "register your
device today, the bank said")."""

NEWSLETTER_RULES = (
    rule(
        r"indicates required|enter (?:your|a|correct|valid) e-?mail|(?:^|\byour )e-?mail address"
        r"|subscribing to (?:a|an|our|the|this|these) (?:\w+ )?newsletters? (?:indicates|means"
        r"|constitutes) (?:your )?(?:consent|agreement|acceptance)"
        r"|\b(?:this|our) newsletters? (?:may|might|will|can) contain (?:advertising|ads|offers"
        r"|deals|affiliate|promotions|sponsored)\b"
        r"|successful+y subscribed|thank you for (?:signing up|subscribing)|confirmation e-?mail"
        r"|sign up (?:for|to) (?:our|the|this)|subscribe to (?:our|the)|unsubscribe"
        r"|subscribe to\b.{0,60}\bnewsletters?|newsletter (?:abonnieren|bestellen)"
        r"|abonnez-vous|suscríbete|iscriviti"
        rf"|^(?:get|receive|sign up\b|subscribe\b)[^.!?]{{0,80}}\b(?:to|in|into) your inbox"
        rf"{_PLUG_GOES_ON}"
        rf"|\b(?:news|stories|headlines|updates|deals|picks|briefing)\b[^.!?]{{0,40}}"
        rf"\bdelivered (?:straight |directly |right )?to your inbox{_PLUG_GOES_ON}",
        "newsletter form",
        30,
        needles=(
            "inbox",
            "indicates required",
            "mail",
            "subscribe",
            "thank you for",
            "sign up",
            "newsletter",
            "abonnez",
            "suscr",
            "iscriviti",
        ),
    ),
    rule(r"newsletter|^(?:subscribe|sign up) for\b.*$", "newsletter form", 8),
    rule(  # a sentence of its own, as a paragraph's last: "Get alerts on … Sign up here."
        r"^(?:subscribe|sign up)(?: now| today| here)?[.!]?$",
        "newsletter form",
        3,
        sentences_too=True,
    ),
    rule(  # "Be the first to get Breaking News", "Get The Watchlist delivered every Thursday."
        r"^be the first to (?:get|know|hear|read|see)\b[^.!?,]{0,40}[.!]?$"
        # the site's own alerts: "Get alerts on the latest AP Top 25 poll", not "Get alerts
        # from the National Weather Service."
        r"|^get (?:breaking news |news |email |push )?alerts (?:on|about) the latest\b"
        r"[^.!?,]{0,60}[.!]?$"
        r"|^get (?:it|(?:the|our) [\w ]{1,30}) delivered (?:to you )?(?:every|each)"
        r" [\w ]{1,20}[.!]?$",
        "newsletter form",
        20,  # tried on the sentences of a paragraph too: "Get alerts on ... Sign up here."
    ),
    rule(
        r"newsletter\b.{0,120}\b(?:sign up|subscribe|anmelden|abonnieren|anmeldung"
        r"|inscrivez|suscr[ií]bete)(?: (?:now|here|today|below|for free))?\W*$"
        r"|^(?:\W*(?:please |jetzt )?(?:sign up|subscribe|anmelden|abonnieren"
        r"|inscrivez-vous|suscr[ií]bete)\b).{0,120}newsletter",
        "newsletter form",
        40,
        needles=("newsletter",),
    ),
)
"""Tried by ``chrome_rules`` where the newsletter rules always were."""
