"""The phrase rules of the notices a news site prints under an article: where it first appeared,
that links in it earn the site a commission, how to reach its author, what readers should do
next, and what is left of a notice whose link the extractor dropped. Each is a sentence like
the article's own, so each rule asks for the notice's own words ("This story was originally
published …", "… through our retail links, we may earn an affiliate commission", "… can be
reached at name@example.com"), not for the words alone ("The story was first published by The
Guardian", "could not be reached for comment")."""

from __future__ import annotations

from .phrase_rule import ADVERTISEMENT, NOT_REPORTED, rule

_EDITED = r"(?:lightly |slightly |minimally )?(?:edited|condensed)"
_CONDENSED = r"(?:lightly |slightly )?condensed"
_PURPOSES = (
    r"(?:length|clarity|brevity|style|space|readability)"
    r"(?:(?:,| and/or| and| or|/|, and) (?:length|clarity|brevity|style|space|readability))*"
)

_IN = r"(?:[^.!?]|[.!?](?=[\w/]))"
"""A character of one sentence: a stop in an address ("BleacherReport.com", "x@example.com")
ends none."""

_SENTENCE_END = r"[.!?]*$"
"""The end of a sentence, its stops and all."""

_OWN_VOICE = rf"{NOT_REPORTED}.{{0,400}}?"
"""``NOT_REPORTED`` (``phrase_rule``), the rule's own words anywhere after it."""

NOTICE_RULES = (
    rule(
        r"^(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by)\b"
        # the story itself, its title between quotes at most, and "originally": "This story
        # was originally published …", "This article 'Title' originally appeared on …"; not
        # "This article, which first appeared in the Lancet, was retracted", "This post was
        # first published on Facebook and has been shared", "This piece of legislation …"
        r"|^(?:this|a version of this) (?:story|article|piece|post)"
        r"(?: [\"“'‘][^\"”'’]{1,200}[\"”'’],?(?: [—–-] [^.!?]{1,150})?)?"
        r" (?:(?:was|has been) )?originally (?:published|appeared|posted|ran)\b",
        "note on where the article first appeared",
        40,
        needles=("originally", "first"),  # "first" for the first alternative
    ),
    rule(  # an affiliate notice: "when you buy through our retail links, we may earn ..."
        r"(?:\b(?:through|via|from|using) (?:our|these) (?:(?:retail|affiliate|shopping"
        r"|product|partner) )?links?\b|\blinks? (?:on|in) (?:our|this) (?:site|page|article)\b)"
        r".{0,100}?\b(?:we|i)\b.{0,40}?\b(?:commissions?|compensated|compensation)\b",
        ADVERTISEMENT,
        40,
        needles=("commission", "compensat"),
    ),
    rule(  # an affiliate disclosure in the site's own voice (``_OWN_VOICE``), which says what it
        # earns when the reader buys or clicks: "we may get a commission if you purchase
        # something", "We may earn a fee when you buy through our links", "We may earn a
        # commission from links on this page", "… at no additional cost to you"
        rf"{_OWN_VOICE}(?:\bwe (?:may |might |could |can |will |also |do )?(?:earn|get|receive"
        r"|collect|make)\b[^.!?]{0,40}?\b(?:commissions?|compensation|fees?|a share of (?:the )?"
        r"(?:sales?|revenue)|a portion of (?:the )?(?:sales?|revenue))\b[^!?]{0,60}?"
        r"(?:\b(?:if|when) you\b|\bthrough (?:our|these|the) links\b|\bat no (?:additional"
        r"|extra) cost to you\b|\b(?:from|through|via) (?:the )?links (?:on|in) this (?:page"
        r"|article|post)\b|\bon purchases made through (?:our )?links\b)"
        r"|^purchases (?:you make |made )?through (?:our )?links(?: on this page)? may earn us\b"
        r"|^as an amazon associate,? [\w .'’&-]{1,40}? (?:may )?earns?\b"
        # "Some of the links on ONE Esports are affiliate links.", "Dieser Artikel enthält
        # Affiliate-Links", "Die mit Sternchen gekennzeichneten Links sind sogenannte
        # »Affiliate-Links«": the page or its links, and "affiliate links" a word later at most
        r"|\b(?:links?|post|article|page|story|review|guide|site|verlinkungen|beitrag|artikel"
        r"|seite)\b[^.!?]{0,40}?\b(?:are|is|sind|enthält|enthalten|contains?|includes?|uses?"
        r"|um) (?:[\w-]{1,20} )?[»«\"“„']?affiliate[- ]?links?\b"
        r"|\baffiliate[- ]?links? (?:sind|are)\b[^.!?]{0,60}?\b(?:gekennzeichnet|marked)\b"
        # "Wenn du auf so einen Affiliate-Link klickst …, bekommen wir … eine kleine Provision"
        r"|\blinks?\b[^.!?]{0,120}?\b(?:bekommen|erhalten) wir\b[^.!?]{0,80}?\bprovision\b"
        # "We independently selected these deals and products because we love them"
        r"|^we independently (?:select|selected|chose|choose|pick|picked|curate|curated)"
        r" (?:(?:these|all|every|each|our) )?(?:deals|products|items|picks|everything)\b"
        r"|\bindependently (?:selected|chosen|reviewed|vetted|picked|tested) by our"
        r" (?:editors|editorial team|team|staff)\b)",
        ADVERTISEMENT,
        40,
        needles=(
            "commission",
            "compensation",
            "fee",
            "share of",
            "portion of",
            "purchases",
            "amazon associate",
            "affiliate",
            "provision",
            "independently",
        ),
    ),
    rule(  # "Adam Sennott can be reached at adam.sennott@globe.com.", "… Email: jw@cpsj.com."
        # the address right after the words that offer it, and last: not an address a story
        # mentions ("told victims to email him at x@proton.me to arrange payment")
        r"(?:\bcan be reached|\breach (?:him|her|them|me|us)|^contact(?: [\w.'’-]+){1,3}"
        r"|\be-?mail (?:us|him|her|them|me)|\bwrite to (?:us|him|her|them|me)|\be-?mail(?=:)"
        r"|^e-?mail(?: [\w.'’&-]+){1,3}(?= at ))"
        r"(?: by e-?mail)?(?: at| via| on)?:? [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$",
        "contact address",
        30,
        needles=("reach", "contact", "mail", "write to"),
    ),
    rule(  # "This interview has been edited for length and clarity.", "Reprinted by permission"
        # the note says why the text was edited (for length, clarity), or that it was condensed:
        # "The tapes were edited." and "Her remarks were edited out of the broadcast" are news
        rf"^(?:(?:editor['’]?s )?note: )?(?:(?:this|the|our) (?:interview|conversation"
        rf"|transcript|q&a|exchange|discussion)|(?:some |the |all |these )?(?:answers|responses"
        rf"|questions|quotes|comments|remarks|reviews|interviews|submissions|letters|content))"
        rf" (?:has|have|was|were|is|are|may|might)(?: (?:have|be))?(?: been)?"
        rf" (?:{_EDITED}(?: and {_EDITED})? for {_PURPOSES}|{_EDITED} and {_CONDENSED}"
        rf"|{_CONDENSED} and {_EDITED})\.?$"
        r"|^reprinted (?:by|with) (?:kind )?permission (?:of|from)\b|^excerpted from\b",
        "editor's note",
        40,
        needles=("edited", "condensed", "reprinted", "excerpted"),
    ),
    rule(  # a prompt to readers under the article, sentence by sentence: "What do you think
        # about these open celeb relationships? Let us know in the comments and SHARE this
        # article!"; not '"What do you think?" he asked', "Let us know if you think you saw
        # him, the sheriff's office wrote", "Tell us what happened below the bridge"
        r"^(?:let us know|tell us) (?:what you think|your thoughts)"
        rf"(?: (?:about|of|on) [^,.!?]{{1,60}})?"
        rf"(?: in the comments?(?: below)?| at [\w.+-]+@[\w-]+(?:\.[\w-]+)+)?{_SENTENCE_END}"
        rf"|^(?:let us know|tell us|share your thoughts)\b[^,.!?]{{0,60}}\bin the comments?\b"
        rf"(?: below| and share this (?:article|story|post))?{_SENTENCE_END}"
        rf"|^(?:what (?:do|did) you think(?: (?:about|of) [^\"“”?]{{1,80}})?|thoughts)\?$"
        r"|^are you (?:looking forward to|excited (?:for|about|to))\b[^\"“”?]{1,80}\?$",
        "comment section notice",
        30,
        needles=("think", "thoughts", "comment", "are you"),
        sentences_too=True,
    ),
    rule(  # "… or to read this article on BleacherReport.com, click here.", "Benzinga Pro -
        # Click here to start your 14-day trial now!": the sentence opens with it or it
        # follows a comma or a dash; not what a story quotes or tells ("The phishing email
        # read: Click here to view your invoice.", "urging staff to click here to reset …")
        rf"^(?![^.!?]{{0,200}}?(?:[\"“”]|\b(?:said|says|told)\b))"
        rf"(?:{_IN}{{1,200}}?(?:,|\s[-–—]))?\s?click here"
        rf"(?:\s(?:to|for)\s[^,.!?]{{1,80}})?{_SENTENCE_END}",
        "link to another page",
        40,
        needles=("click here",),
    ),
    rule(  # a plug for more of the site: "If you're still shopping, check out these plus-size
        # … outfits under $50.", "… be sure to check out our step-by-step guide on …"
        r"^(?:if [^.!?,]{1,80}, )?(?:be sure to |make sure to |you can also |please )?check out"
        r" (?:our|these|more of our)\b[^.!?]{1,160}[.!]?$",
        "link to another article",
        50,
        needles=("check out",),
    ),
    rule(  # an advice column's footer: "ask.annalisa@theguardian.com. Annalisa regrets she
        # cannot enter into personal correspondence. Submissions are subject to our terms …"
        r"^[\w'’-]{1,40} regrets (?:she|he|they|we) (?:cannot|can't|is unable to|are unable to)"
        r" (?:enter into|answer|reply to) (?:personal |individual )?(?:correspondence|letters"
        r"|emails|queries)[.!]?$"
        r"|^(?:all )?(?:submissions|letters|entries|contributions) (?:are|will be) subject to"
        r" our (?:terms(?: and conditions| of use)?|house rules)[.!]?$",
        "pop-up or notice of the site",
        30,
        needles=("regrets", "subject to"),
    ),
    rule(  # a pointer to the page's pictures, which the text does not carry: "Check out the
        # exclusive photos above.", "See photos of the damage below."
        r"^(?:check out|see|watch|view|take a look at) (?:the |our |all the |more )?"
        r"(?:[\w'’-]+ ){0,3}?(?:photos?|pictures?|images?|videos?|gallery|slideshow|clips?"
        r"|trailer)(?: (?:of|from) [^.!?]{1,40}?)? (?:above|below)[.!]?$",
        "photo gallery or video player",
        14,
        needles=("above", "below"),
        sentences_too=True,
    ),
    rule(  # a link set off by a double arrow, a few words: ">> new years events"; not a console's
        # prompt (">>> foo()"), a quote in ">>…<<" nor a speaker's turn in a transcript (">> Good
        # evening. I'm Judy Woodruff.")
        r"^>> [^.!?<>]{1,60}$",
        "link to another article",
        5,
        needles=(">>",),
    ),
    rule(  # a site's disclaimer: "The views on this page do not necessarily reflect the views of
        # the NBA"; not "the views expressed by the ambassador do not necessarily reflect …"
        rf"{_OWN_VOICE}\b(?:views|opinions)(?: expressed)? (?:on|in) (?:this|these)"
        r" (?:page|site|website|article|post|blog|column|piece)s?\b[^.!?]{0,60}?\b(?:do|does)"
        r" not necessarily (?:reflect|represent)\b",
        "pop-up or notice of the site",
        50,
        needles=("necessarily",),
    ),
    rule(  # a subscription's pitch: "Benzinga Pro - Click here to start Your 14-Day Trial Now!"
        rf"{_OWN_VOICE}\b(?:click|tap) here to (?:start|begin|claim|activate) your"
        r" (?:(?:\d{1,3}[- ]day|free|risk[- ]free) ){1,3}trial\b"
        r"|^(?:start|begin|claim) your (?:(?:\d{1,3}[- ]day|free|risk[- ]free) ){1,3}trial"
        r"(?: (?:now|today))?[.!]?$",
        ADVERTISEMENT,
        40,
        needles=("trial",),
    ),
    rule(  # a review site's boilerplate: "Why you can trust TechRadar We spend hours testing
        # …", "Find out more about how we test."
        r"^why you can trust (?-i:[A-Z])|^find out more about how we (?:test|review|rate)\b",
        "pop-up or notice of the site",
        40,
        needles=("why you can trust", "how we"),
    ),
    rule(  # the rest of a line whose link the extractor dropped: "for more features." (of
        # "Download the free CBS News app for more features."); in lower case only
        r"^(?-i:(?:for|and|or|to|with|on|in|at|by|from|of) )[^.!?]{0,40}[.!]?$",
        "fragment of a line of the site",
        4,
        rows_too=False,  # a list's items may open in lower case ("for adults: 5 mg")
    ),
    rule(  # a link to another article in the words of more languages, bracketed or not: "Czytaj
        # też: Czy grozi nam wojna atomowa?", "[czytaj więcej]", "Lesen Sie hier: Spielabbruch
        # …", "Zum Weiterlesen:", "Lees ook: …"
        r"^(?:>>\s?|»\s?|[\[(]\s?)?(?:czytaj (?:też|także|również|więcej)"
        r"|zobacz (?:też|także|również)"
        r"|dowiedz się więcej|lees (?:ook|meer)|lesen sie hier|zum weiterlesen|mehr themen"
        r"|schon gelesen|mehr lesen|(?:lesen sie|lies) auch die(?: folgenden)?"
        r" (?:beiträge|artikel))"
        r"\s?(?:[:»>|\])?]|$)",
        "link to another article",
        80,
        needles=(
            "czytaj",
            "zobacz",
            "dowiedz",
            "lees ",
            "lesen",
            "weiterlesen",
            "mehr themen",
            "mehr lesen",
            "schon gelesen",
            "lies auch",
        ),
    ),
    rule(  # a newsletter's plug in the words of the sentence that offers it: "Never miss the
        # latest news by signing up to our newsletter today!", "Get The Times of Israel's Daily
        # Edition by email and never miss our top stories Free Sign Up"
        r"^(?:never|don['’]t) miss\b[^.!?]{0,80}?\bby signing up (?:to|for) our (?:free )?"
        r"(?:\w+ )?newsletters?(?: today| now| here)?[.!]?$"
        rf"|{_OWN_VOICE}\bby e-?mail and never miss (?:our|the) (?:top |latest |best )?"
        r"(?:stories|news|headlines)\b",
        "newsletter form",
        30,
        needles=("signing up", "never miss"),
    ),
    rule(  # a prompt to readers to comment: "We want to hear what you think about this
        # article.", "Verraten Sie gerne in den Kommentaren: …", "Tell us in the comments"
        r"^we want to hear what you think(?: about (?:this|our) (?:article|story|piece|coverage))?"
        rf"[.!]?$|{_OWN_VOICE}(?:\b(?:verraten|schreiben|sagen) (?-i:Sie) (?:uns )?"
        r"(?:gerne |es )?in den kommentaren\b|^(?:tell|let) us (?:know )?in the comments\b)"
        r"|^submit a letter to the editor(?: or [^!?]{1,60}?)?[.!]?$",
        "comment section notice",
        40,
        needles=("hear what you think", "in den kommentaren", "in the comments", "letter to the"),
    ),
    rule(  # the comment form's notices: "Du musst Eingeloggt sein um Kommentare zu schreiben!",
        # "Sie sind aktuell nicht eingeloggt.", "Keine Kommentare (Kommentare erscheinen erst
        # nach unserer Freigabe)"
        r"^(?:du musst|sie müssen) (?:eingeloggt|angemeldet) sein,? um (?:einen )?kommentar"
        r"|^sie sind (?:aktuell |derzeit |zurzeit )?nicht (?:eingeloggt|angemeldet)[.!]?$"
        r"|^(?:noch )?keine kommentare[.!]?(?: ?\([^()]{1,80}\))?$",
        "comment section notice",
        20,
        needles=("eingeloggt", "angemeldet", "keine kommentare"),
    ),
    rule(  # a site's own notice that it earns from what it names: "This post contains
        # references to products from one or more of our advertisers.", "Geld erhalten wir,
        # wenn Sie diesen Link z.B. klicken"
        rf"{_OWN_VOICE}(?:\bproducts from (?:one or more of )?our advertisers\b)"
        r"|^geld (?:erhalten|bekommen) wir,? wenn (?:sie|du)\b[^.!?]{0,40}?\blinks?\b",
        ADVERTISEMENT,
        40,
        needles=("our advertisers", "geld"),
    ),
    rule(  # a table's placeholder that a site's template leaves in: "Header Cell - Column 1"
        r"^header cell - column \d{1,2}$",
        "pop-up or notice of the site",
        5,
        needles=("header cell",),
    ),
)
"""Tried by ``chrome_rules`` where the note on where an article first appeared always was."""
