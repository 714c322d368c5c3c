"""The phrase rules of the credits and plugs that end a news page: where a science story's
material came from ("Story Source:", "Materials provided by …"), who reported, styled or
produced it ("Russo reported from New York.", "Contributing: …", "Styling: …"), and the plugs
that follow it ("Sign up for our free … course", "For more information, visit …", a label and a
bare link). Each was a claim of the development pages' articles that their truth text leaves out
(issue 14). A credit rule asks for the names the credit gives and nothing after them ("Russo
reported from New York." is one; "Reuters reported from Brussels on Tuesday that …" and "He
reported from Vietnam." are not), the label "Contributing:" alone being enough; a plug rule
for the plug's own turn ("For more information,
visit", "Watch the full interview here"), not for its words alone ("For more than a year,
investors have waited to see …", "Watch for temperatures to dip well below.")."""

from __future__ import annotations

from .phrase_rule import rule

CREDITS = "credits of the article"
LINK = "link to another page"

_WORD = r"(?-i:[A-Z])[\w'’.-]*"
"""A capitalised word of a name or a place, dots and all ("St.", "D.C.", "Univ.")."""
_NAME = rf"{_WORD}(?: {_WORD}){{0,3}}"
"""A name or a place: up to four capitalised words."""
_NAMES = rf"{_NAME}(?:\s?(?:/|&|,|;|(?-i: and))\s?{_NAME}){{0,6}}"
"""Names in a list ("Sydney Sollod/The Wall Group", "Crawford & Co", "Jane Roe and John Doe"),
joined by "and" in lower case only: "And" is a word of a name, and a word read as both doubled
the ways a line could fail for each one (16 ms for a line of 40)."""
JOURNALIST_TRADES = (
    r"(?:editor|writer|reporter|journalist|correspondent|columnist|contributor|critic"
    r"|producer|photographer)"
)
"""The trades a note about a journalist or a signature names ("staff writer", "a senior
reporter at …"; ``author_notes``)."""

_BODY = rf"{_WORD}(?: (?:(?:of|for|and|at|de|the) ){{0,2}}{_WORD}){{0,7}}(?: [-–] {_NAME})?"
"""An institution's name: "University of Michigan", "University of California - San Diego"."""

_NOT_A_NAME = (
    r"(?!(?:he|she|they|it|we|i|you|the|a|an|this|that|who|correspondents?|reporters?|journalists"
    r"|mr|mrs|ms|dr|nobody|everyone|many|some|others|few|both|later|then)\b)"
)
"""What opens a sentence about someone rather than a credit ("He reported from Vietnam.", "Ms.
Colvin reported from Homs.": a credit line gives no title)."""
_END = r"\s?[.!]?$"
_CREDITED = (
    r"(?:produced|edited|reported|written|fact[- ]checked|mixed|engineered)"
    r"(?: and (?:produced|edited|reported|written))?"
)
"""What a production credit says its people did."""

CREDIT_RULES = (
    rule(  # a news agency's dateline: its code, a day and a time, its place
        r"^(?-i:[A-Z]{2,6}) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]{0,6}\.?)? "
        r"\d{1,2},? \d{4},? \d{1,2}[:.]\d{2} ?[ap]\.?m\.?(?: (?-i:[A-Z]{2,4}))?"
        r"(?: (?-i:[A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20}){0,2}):)?$",
        "time stamp of the page",  # "TNN Nov 12, 2011, 05.51AM IST MUMBAI:", not "NASA Mars 2020"
        8,
    ),
    rule(  # the headings of a science story's trailer, on a line of their own
        r"^(?:story source|journal reference|cite this page)\s?:$",
        CREDITS,
        3,
    ),
    rule(
        rf"^(?:materials?|content) (?:provided|supplied) by (?:the )?{_BODY}{_END}"
        rf"|^original(?:ly)? written by {_NAMES}{_END}"
        rf"|^stats? (?:courtesy of|provided by) {_NAMES}{_END}",
        CREDITS,
        12,
        needles=("provided", "supplied", "written", "courtesy"),
        sentences_too=True,
    ),
    rule(  # ScienceDaily's line: "Materials provided by X. Note: Content may be edited …"
        rf"^materials? provided by {_NAMES}\.? note: content may be edited for style and"
        r" length\.?$",
        CREDITS,
        30,
        needles=("provided",),
    ),
    rule(  # "Russo reported from New York.", "Pete Slover reported from Laredo and ... from ..."
        rf"^{_NOT_A_NAME}{_NAMES} reported from {_NAMES}"
        rf"(?:,? and {_NAME} from {_NAMES})?{_END}",
        CREDITS,
        16,
        needles=("reported from",),
    ),
    rule(
        r"^contributing(?: (?:writers?|reporters?|editors?))?\s?:"
        rf"|^additional reporting by {_NAMES}{_END}"
        rf"|^this (?:episode|segment|podcast|story|article|report|piece) was {_CREDITED} by"
        rf" {_NAMES}(?:,? (?:and )?{_CREDITED} by {_NAMES}){{0,4}}{_END}"
        rf"|^the audio engineers? (?:was|were|is) {_NAMES}{_END}",
        CREDITS,
        40,
        needles=("contributing", "additional reporting", "this ", "audio engineer"),
    ),
    rule(  # a magazine's shoot: "Styling: Ted Stafford.", "Grooming: Sydney Sollod/The Wall Group."
        r"^(?:styling(?: assistance)?|prop styling|grooming|hair(?: and make-?up)?|make-?up"
        rf"|production|set design)\s?:\s?(?=\S+ \S){_NAMES}{_END}",  # two words: not "Halted."
        CREDITS,
        8,
        sentences_too=True,
    ),
    rule(  # a site's line on where its figures came from: "In order to give you the most
        # up-to-date … information possible, the data used to compile this article was sourced
        # from Ford and other authoritative sources"
        r"\bthe data used to compile this (?:article|story|list|piece) (?:was|were|is|has been)"
        r" (?:sourced|taken|gathered|compiled) from\b",
        CREDITS,
        60,
        needles=("to compile this",),
    ),
    rule(  # where a picture or a report came from, on a line of its own: "Source: Feat
        # Pictures' Twitter account via Kaori Nusantara"
        r"^source\s?:\s?[^.!?:]{1,80}$",
        CREDITS,
        12,
        needles=("source",),
    ),
    rule(  # who wrote a section of a round-up, signed under it: "Zack Zwiezen, staff writer"
        rf"^{_NOT_A_NAME}{_NAME}, (?:(?:senior|staff|contributing|managing|deputy|executive"
        rf"|associate|video|news|features?|sports?) )?(?:{JOURNALIST_TRADES}|editor[- ]in[- ]chief"
        r"|lead)\.?$",
        "byline",
        8,
        rows_too=False,  # a list of names and trades ("Hamza Dahdouh, photographer") is news
        needles=(", ",),
    ),
    rule(  # a label and a bare link: "AP college football: https://apnews.com/hub/…"
        r"^[^:\n]{1,80}:\s?https?://\S+$",
        LINK,
        20,
        needles=("http",),
    ),
    rule(
        r"^for more(?: information| details| info)?(?: (?:on|about) [^.!?,]{1,60})?"
        r"(?:,? and to [^.!?,]{1,80})?[,:]\s?(?:please )?(?:visit|see|go to|read|check out)"
        r"(?: [^\s,;]+){1,12}$"
        r"|^(?:see|read) more (?:about|from|on) [^.!?]{1,80} (?:here|at "
        rf"{_WORD}){_END}"
        r"|^watch (?:[\w'’-]+ ){0,6}(?:video|interview|clip|trailer|talk|highlights|livestream"
        r"|episode)s? (?:now|here|below)\s?[:!.]?$"
        r"|^buy tickets\b[^.!?:]{0,60} (?:here|now)\s?[:!.]?(?:\s?buy tickets)?$",
        LINK,
        30,
        needles=("for more", " more ", "watch", "buy tickets"),
    ),
    rule(
        r"^(?:and )?subscribe (?:to|for) (?:stay|get|keep|receive)\b[^.!?]{0,60}"
        r"\b(?:news|updates|newsletters?|stories|inbox|latest)\b[^.!?]{0,30}[.!]?$"
        r"|^sign up for (?:my|our) free\b[^.!?]{0,160}[.!]?$"
        r"|^get (?:[\w'’.-]+['’]s |our |my )free (?:[\w'’-]+ ){0,5}"
        r"(?:guide|newsletter|e-?book|e-?course|course)\b",
        "newsletter form",
        40,
        needles=("subscribe", "sign up", "free"),
    ),
)
