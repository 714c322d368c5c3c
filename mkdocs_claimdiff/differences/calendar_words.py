"""The words of the calendar as patterns: the months, the years read, and what a figure counts
when a plural noun follows it; shared by the readers of days and of the events they date."""

from __future__ import annotations

MONTHS = (
    ("jan", "uary"),
    ("feb", "ruary"),
    ("mar", "ch"),
    ("apr", "il"),
    ("jun", "e"),
    ("jul", "y"),
    ("aug", "ust"),
    ("sep", "t?(?:ember)?"),
    ("oct", "ober"),
    ("nov", "ember"),
    ("dec", "ember"),
)
"""The months read in any case, each by its first three letters and, if written, the rest
(a pattern); "May" only with its capital, so the verb is no month. The patterns and their parts
(``days._MONTH_PARTS``) are made of them, so neither is stale."""

MAY = "May"

MONTH_NAMES = rf"(?i:{'|'.join(f'{start}(?:{rest})?' for start, rest in MONTHS)})|{MAY}"

CENTURIES = ("18", "19", "20")
"""The first two digits of every year read; ``YEAR_DIGITS`` and its parts are made of them."""

YEAR_DIGITS = rf"(?:{'|'.join(CENTURIES)})\d\d"

THINGS_AFTER = (
    r"[ ](?!(?:was|has|is|does|says|his|its|this|thus|as|us|unless|whereas|perhaps)\b)"
    r"(?:[a-z]+s|people|men|women)\b"
)
"""A plural noun after a figure, which the figure counts: "2000 troops" is no year."""
