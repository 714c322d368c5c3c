"""The phrase rules of the credits and calls to action that end a news page: where a science
story's material came from ("Story Source:", "Materials provided by …"), who reported, styled or
produced it ("Russo reported from New York.", "Contributing: …", "Styling: …"), and the plugs
that follow it ("Sign up for our free … course", "For more information, visit …", a label and a
bare link). Each was a claim of the development pages' articles that their truth text leaves out
(issue 14); each rule asks for the credit's own shape, with the name or the link it gives, not
for its words alone ("Materials provided by the company showed …" goes on past a name)."""

from __future__ import annotations

from .phrase_rule import rule

CREDITS = "credits of the article"
SOURCES = "sources and citation of the article"
"""A heading that ends the article (``ends_article``): its own reason, so that a credit line
elsewhere on the page does not end it too."""

_NAME = r"(?-i:[A-Z])[^.!?]{0,80}"
"""A name or a place as a credit gives it: a capital, then no end of a sentence for a while."""
_ENDS = r"[.!]?$"

CREDIT_RULES = (
    rule(  # the headings of a science story's trailer: all that follows is credits and citations
        r"^(?:story sources?|journal references?|cite this (?:page|article))\s*:?$",
        SOURCES,
        4,
        ends_article=True,
    ),
    rule(
        rf"^(?:materials?|content) (?:provided|supplied) by {_NAME}{_ENDS}"
        rf"|^original(?:ly)? written by {_NAME}{_ENDS}"
        rf"|^stats? (?:courtesy of|provided by) {_NAME}{_ENDS}",
        CREDITS,
        16,
        needles=("provided", "supplied", "written", "courtesy"),
    ),
    rule(  # "Russo reported from New York.", "Jane Doe and John Roe reported from Kyiv."
        rf"^(?-i:[A-Z])[^.!?]{{0,60}}? reported from {_NAME}{_ENDS}",
        CREDITS,
        12,
        needles=("reported from",),
    ),
    rule(
        r"^(?:contributing|additional reporting)(?: (?:writers?|reporters?|editors?))?\s*(?::|by\b)"
        r"|^this (?:episode|segment|podcast|story|article|report|piece) was (?:produced|edited"
        r"|reported|written)(?: and (?:produced|edited|reported|written))? by\b"
        r"|^the audio engineers? (?:was|were|is)\b",
        CREDITS,
        40,
        needles=("contributing", "additional reporting", "this ", "audio engineer"),
    ),
    rule(  # a magazine's shoot: "Styling: Ted Stafford.", "Grooming: Sydney Sollod/The Wall Group."
        r"^(?:styling(?: assistance)?|prop styling|grooming|hair(?: and make-?up)?|make-?up"
        rf"|production|set design)\s*:\s*{_NAME}{_ENDS}",
        CREDITS,
        8,
    ),
    rule(  # a label and a bare link: "AP college football: https://apnews.com/hub/…"
        r"^[^:\n]{1,80}:\s*https?://\S+$",
        "link to another article",
        20,
        needles=("http",),
    ),
    rule(
        r"^for more(?: information)?\b[^.!?]{0,100}\b(?:visit|see|go to|read|check out) \S+"
        r"|^(?:see|read) more (?:about|from|on)\b[^.!?]{0,80}\b(?:here|at (?-i:[A-Z])[\w.-]*)"
        rf"{_ENDS}"
        r"|^watch [^.!?]{1,60} (?:now|here|below)\s*[:!.]?$"
        r"|^buy tickets\b",
        "link to another article",
        30,
        needles=("for more", " more ", "watch", "buy tickets"),
    ),
    rule(
        r"^(?:and )?subscribe (?:to|for) (?:stay|get|keep|receive)\b"
        r"|^sign up for (?:my|our) free\b"
        r"|^get (?:[\w'’]+ ){0,2}free (?:[\w'’-]+ ){0,5}(?:guide|newsletter|e-?book|e-?course"
        r"|course)\b",
        "newsletter form",
        40,
        needles=("subscribe", "sign up", "free"),
    ),
)
