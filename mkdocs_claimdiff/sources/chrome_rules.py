"""The phrase rules of site chrome, one per kind (a photo credit, a newsletter form, a link to
another article), each with the reason a dropped line is listed under (``phrase_rule`` says
what a rule is)."""

from __future__ import annotations

from .chrome_credits import CREDIT_RULES
from .chrome_donations import DONATION_RULES
from .chrome_newsletters import NEWSLETTER_RULES
from .chrome_notices import NOTICE_RULES
from .phrase_rule import ADVERTISEMENT
from .phrase_rule import rule as _rule

AFTER_END = "after the end of the article"

TEASER = "teaser of another article"

_NOTICE_ENDS = (
    r"(?=\s*(?:$|[.!?:;,…)»–—|]|(?:und|abonnieren|weiterlesen|suscr[íi]bete|reg[íi]strate|assine"
    r"|abbonati|accedi|registrati)\b))"
)
"""What follows a paywall's phrase that an article's sentence also uses ("réservées aux abonnés",
"para seguir leyendo", "nur für Abonnenten"): the notice ends there, or asks to subscribe next
("Para seguir leyendo suscríbete", "Jetzt abonnieren und weiterlesen"), whereas the article's
sentence goes on ("réservées aux abonnés du club", "para seguir leyendo a los clásicos")."""


RULES = (
    _rule(
        r"^(?:skip to (?:main )?content|skip navigation|edit post|(?:main )?menu|search|log ?in"
        r"|sign ?in|back to top|toggle navigation|close)$",
        "site navigation",
        4,
    ),
    _rule(
        r"^(?:news ?feed|more news|latest(?: news)?|editors?['’]? picks?"
        r"|most (?:read|popular|viewed)|trending(?: now)?|top stories|you may also like"
        r"|(?:what to )?read next|more from .+"
        r"|more (?:must[- ]reads?|stories|articles|news|coverage|videos?)"
        r"(?: (?:from|on|about) .+)?|(?:weitere|mehr) (?:artikel|nachrichten|meldungen)"
        r"|(?:más|otras) (?:noticias|notas)|(?:autres|plus d['’]) ?articles|altri articoli"
        r"|related (?:stories|articles|news|coverage))$",
        "site navigation",
        8,
        ends_article=True,
    ),
    _rule(
        r"^(?:(?:read|see) (?:more|also|next)|also read|related(?: \w+){0,2}"
        r"|more on this(?: story)?|(?:lesen sie|lies) (?:auch|mehr)|mehr zum thema|siehe auch"
        r"|(?:à )?lire (?:aussi|également)|voir aussi|(?:lee|leer|lea) (?:también|más)"
        r"|leggi anche|(?:vedi|guarda) anche|(?:auch|ebenfalls) lesen|weiterlesen"
        r"|(?:das )?könnte (?:sie|dich) (?:auch )?interessieren|(?:te|le) puede(?:n)? interesar"
        r"|(?:también )?(?:te|le) (?:puede|podría) interesar|lire la suite|à lire"
        r"|potrebbe interessarti|per approfondire|leia (?:também|mais)"
        r"|(?:you )?(?:may|might) also (?:like|be interested(?: in)?)|recommended(?: reading)?"
        r"|(?:watch|listen|more)(?: now)?|learn more)\s*[:»>|]",
        "link to another article",
        80,
    ),
    _rule(
        r"^(?:เรื่องที่เกี่ยวข้อง|相关(?:新闻|阅读|文章|报道)|相關(?:新聞|閱讀|文章|報導)|関連記事"
        r"|관련\s?기사)(?=$|[\s:：»>|｜】])",  # "相关报道显示，…" opens a sentence
        "link to another article",
        80,
    ),
    _rule(
        r"^(?:(?:lesen sie|lies) auch|mehr zum thema|(?:à )?lire aussi|lee también|leggi anche"
        r"|read more|related|don['’]t miss)\s?:?$",
        "link to another article",
        4,
    ),
    _rule(
        r"pic\.twitter\.com/|^[—–-]\s.{1,60}\(@\w{1,15}\)"
        r"|[—–]\s?[^—–()]{1,60}\(@\w{1,15}\)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
        r"|dec)[a-z]*\.? \d{1,2},? \d{4}"
        r"|\d{1,2}\.? (?:jan|feb|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-z]*\.? \d{4})$"
        r"|^(?:a post|ein beitrag|une publication"
        r"|una publicación) (?:shared|geteilt|partagée|compartida)|view this post on instagram",
        "embedded social media post",
        80,
        needles=("pic.twitter.com/", "(@", "a post", "ein beitrag", "publica", "instagram"),
    ),
    _rule(
        r"enable javascript|(?:javascript|cookies) (?:is|are) (?:disabled|required)"
        r"|(?:content|video) is not available|your privacy (?:preferences|settings)"
        r"|(?:free articles?|article limit)\b.{0,40}\b(?:left|reached|remaining)"
        r"|already (?:a )?(?:subscriber|registered|member)\b|log in to (?:continue|read)"
        r"|subscribe now\b.{0,40}\b(?:full story|read|access)|to continue reading"
        r"|(?:click|tap) here to (?:accept|consent|allow)"
        r"|refresh (?:the|this|your) (?:page|browser)\b.{0,80}\blogged in"
        r"|already have an account\?|(?:bookmark|save) (?:your )?favou?rite (?:articles|stories)"
        r"|\bgift (?:articles?|this article)\b|^share full article$|^supported by$"
        r"|^(?:join|see) (?:our|the) (?:commenting|comments?) (?:forum|section)\b"
        r"|\bfollow other \w+ readers\b"
        r"|\bbrowser (?:is|ist) (?:leider |now )?(?:out of date|outdated|veraltet|not supported)"
        r"|\b(?:update|upgrade) (?:to )?(?:your|a) (?:newer |modern |supported )?browser\b"
        r"|\beinen (?:neueren|aktuellen) browser\b"
        # a widget's error, often glued together: "Oops!Something went wrong.Please try again"
        r"|^(?:oops!?\s*)?something went wrong[.!]?\s*(?:please )?(?:try again|refresh)\b",
        "pop-up or notice of the site",
        40,
        needles=(
            "went wrong",
            "javascript",
            "cookies",
            "not available",
            "privacy",
            "article",
            "already",
            "log in to",
            "subscribe now",
            "continue reading",
            "here to",
            "refresh",
            "favo",
            "supported by",
            "comment",
            "follow other",
            "browser",
        ),
    ),
    _rule(
        r"(?:\b(?:nur|exklusiv) für (?:\w+[+-]?)?abonnent(?:en|innen)?|réservée?s? aux abonnés"
        r"|\bjetzt (?:weiterlesen|abonnieren|freischalten)"
        r"|\bexclusiv[oa]s? (?:para|a|de) (?:suscriptores|assinantes|socios|abonados)"
        r"|\bpara (?:seguir|continuar) (?:leyendo|lendo)(?: (?:est[ea]|el|la|o|a) (?:artículo"
        r"|nota|noticia|contenido|reportaje|matéria|reportagem|notícia|conteúdo|texto))?"
        r"|riservat[oa] agli abbonati|\bper continuare a leggere(?: (?:l['’] ?|questo )articolo)?"
        r"|^this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:paying )?"
        r"(?:subscribers|members)(?: only)?)"
        + _NOTICE_ENDS
        + r"|il vous reste \d+\s?% de (?:cet|l['’]) ?article|(?:weiterlesen|lesen sie) mit\b"
        r"|会員限定|続きをお読み",
        "paywall notice",
        40,
        needles=(
            "abonn",
            "il vous reste",
            " mit",
            "jetzt ",
            "exclusiv",
            "para seguir",
            "para continuar",
            "abbonat",
            "per continuare",
            "this ",
            "会員限定",
            "続きをお読み",
        ),
    ),
    _rule(
        r"this audio is (?:created|generated)|listen to (?:this|the) (?:article|story)",
        "audio player",
        12,
    ),
    _rule(
        r"\b\d+\s*min(?:ute)?s?\s+read\b|\b(?:lesezeit|lesedauer|temps de lecture"
        r"|tiempo (?:estimado )?de lectura|tempo (?:di|de) (?:lettura|leitura)|czas czytania)\b"
        r"\s*:?\s*(?:ca\.\s*)?\d|\b\d+\s*(?:min\.?|minuten|minutes|minutos|minuti)\s+(?:lesezeit"
        r"|de lecture|de lectura|di lettura|de leitura)\b|\bten tekst przeczytasz\b",
        "reading time",
        8,
        needles=(
            "min",
            "lese",
            "lecture",
            "lectura",
            "lettura",
            "leitura",
            "czytania",
            "przeczytasz",
        ),
    ),
    _rule(
        r"^(?:stand|aktualisiert|updated|last updated|published|posted|publié|mis à jour"
        r"|publicado|actualizado|pubblicato|aggiornato)(?: on| am| le| el| il)?\s*:?\s*\d"
        r"|^(?:last )?(?:edited|modified|updated) by [^,.!?]{1,40} (?:on|at|am) [\w.]{0,12} ?\d",
        "time stamp of the page",
        10,
    ),
    _rule(
        r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:\d{1,2}\.? )?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
        r"(?:\d{1,2}(?:st|nd|rd|th)?,? )?"
        r"\d{4}(?:,? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?:,? (?-i:[A-Z]{2,4}))?)?$"
        r"|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,? \d{1,2}[:.]\d{2}(?: ?uhr)?)?$"
        r"|^\d{1,2}\.? [^\W\d_]{3,12}\.? \d{4},? \d{1,2}[:.]\d{2}$",  # "28 kwietnia 2021, 06:29"
        "time stamp of the page",
        8,
    ),
    _rule(
        r"^(?:page|seite|página|pagina|strona)\s+\d{1,4}\s+(?:of|von|de|di|sur|z)\s+\d{1,4}$",
        "page numbers",
        6,
    ),
    _rule(r"(?:^|\|\s*)powered by [\w.-]+(?: [\w.-]+)?$", "footer of the site", 8),
    _rule(r"affiliate[- ]links?|^anzeige\s*[,:|]", ADVERTISEMENT, 10),
    *NEWSLETTER_RULES,
    _rule(  # "Install the Sky News app for free", "Download our free app now"
        r"^(?:download|install) (?:the|our) (?:free )?[\w ]{0,30}\bapps?\b"
        r"(?: (?:for free|now|today|here))?[.!]?$",
        "social media links",
        10,
    ),
    # Each whole line a few words long, tried on the sentences of a paragraph too (up to
    # ``phrase_rule.SENTENCE_RULE_WORDS``): "Want more movie news? Sign up for ... newsletter."
    _rule(  # "Want more movie news?": the site's plug for more of itself
        r"^want more [\w ]{1,30}\?$",
        "link to another article",
        20,
    ),
    _rule(
        r"^(?:have|got) (?:a|any) (?:news |story )?tips?\s*\?$|^send (?:it|them) to us[.!]?$"
        r"|^(?:send|e-?mail) us (?:a|your) (?:news |story )?tips?\b",
        "call for news tips",
        20,
    ),
    _rule(  # "Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts."
        r"^(?:listen|subscribe)(?: to [^.!?]{1,60})? on (?:spotify|apple podcasts"
        r"|google podcasts|itunes|stitcher|pocket casts|amazon music)\b",
        "link to a podcast",
        20,
        needles=("listen", "subscribe"),
    ),
    _rule(
        r"^(?:(?:see|view|watch|play|open|launch|check out)(?: the| more| all| our| these)?"
        r"(?: exclusive| latest| new)? (?:photos?|pictures?"
        r"|images?|(?:photo |picture |image )?galler(?:y|ies)|videos?|slide ?shows?|clips?)\b"
        r"|click (?:here )?to (?:see|view|watch|play|open|enlarge|expand)\b"
        r"|(?:photo|picture|image|video) (?:gallery|galleries|slideshow)$|in pictures$"
        r"|\d+ (?:photos|images|pictures|bilder|fotos)$|(?:bilder|fotos)(?:strecke|galerie)\b"
        r"|play(?: video)?$|pause$|mute$|unmute$|full ?screen$|replay$|now playing$|up next$"
        r"|autoplay\b|video ad feedback$|close (?:video|gallery)$|enlarge (?:this )?image$"
        r"|loading\b.{0,40}(?:\.\.\.|…)$|(?:\d{1,2}:)?\d{1,2}:\d{2}$"
        r"|\d{1,3} ?(?:/|of|von|de|di|sur) ?\d{1,3}$|\[[a-z ]{3,30}\]$|video transcript$"
        r"|show all \d+$|(?:zum|zur|zu den) (?:videos?|bildern|fotos|(?:bilder)?galerie|fotostrecke"
        r"|audio)$|(?:alle )?(?:bilder|fotos|videos) (?:anzeigen|ansehen)$"
        r"|download (?:the )?(?:press ?)?(?:photos?|images?|pressefotos?|bilder)\b)",
        "photo gallery or video player",
        12,
    ),
    _rule(  # "Scroll through the gallery below to see photos of Nadya's darling kids today!"
        r"^(?:scroll|click|swipe) (?:through|down|below|on)\b.{0,30}?\b(?:gallery|slide ?show"
        r"|photos|pictures|images)\b(?: (?:below|above))?"
        r"(?:[.!:]|$| to (?:see|view|enlarge)\b| for more\b)",
        "photo gallery or video player",
        25,
        needles=("scroll", "click", "swipe"),
    ),
    _rule(
        r"https?://(?:www\.)?(?:fb\.me|facebook\.com|twitter\.com|x\.com|instagram\.com|t\.me"
        r"|youtube\.com|tiktok\.com|line\.me|paypal\.me)/|^line\s?(?:id|ไอดี)\s*[:=]\s*@",
        "social media links",
        10,
    ),
    _rule(
        r"^(?:(?:e-?mail|contact|kontakt)\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?\s*(?:\(end\))?$",
        "contact address",
        4,
        sentences_too=True,
    ),
    _rule(
        r"\b(?:comments?|comentarios?|commentaires?|kommentare?|commenti)\b.{0,60}"
        r"\b(?:(?:do not|don't|does not|no) (?:reflect|represent)|(?:es|son) (?:la )?opini[oó]n"
        r"|are the (?:opinions?|views)|moderat(?:ed|ion))\b"
        r"|\breserv\w* (?:the|el|le|il|das) (?:right|derecho|droit|diritto|recht)\b.{0,40}"
        r"\b(?:delete|remove|eliminar|supprimer|eliminare|löschen)"
        r"|(?:no está permitido|not (?:allowed|permitted)|nicht erlaubt)\b.{0,40}"
        r"\b(?:comment|coment|kommentar)"
        r"|\b(?:opinions?|views|opiniones) (?:expressed )?(?:below|in (?:the )?comments)",
        "comment section notice",
        40,
        needles=("mment", "coment", "reserv", "opinion", "views"),
    ),
    _rule(  # of more words, as an Arabic notice runs to 45: only the notice's own phrases
        r"^(?:all |your )?comments? (?:are|will be) (?:moderated|reviewed|checked) before (?:(?:"
        r"being|they(?:['’]re| are)?|it(?:['’]s| is)?) )?(?:publi|post|appear|show|display|go"
        r"(?:es|ing)? live)|مراجعة التعليقات قبل (?:نشرها|النشر)|الآراء الواردة أدناه",
        "comment section notice",
        80,
    ),
    _rule(
        r"^[^|]{1,60}(?:\|[^|]{1,60}){2,4}$",
        "line of labels (byline, breadcrumb)",
        10,
        rows_too=False,
    ),
    _rule(
        r"^\(?(?:additional )?(?:reporting|writing|editing) by\b"
        r"|\bcontributed (?:reporting|to this (?:report|story|article))\b"
        r"|^posted (?:(?:on )?by\b|on$)"
        r"|^(?:this (?:report|story|article) )?includes (?:information|reporting|material) from\b"
        r"|^(?:[-—–]+ ?)?by (?-i:[A-ZÀ-ÖØ-Þ])(?:[\w.'’-]* ){0,3}[\w'’-]+(?: follow @\w+)?$"
        r"|^[(（]?(?:责任)?编辑[:：]",
        "byline",
        30,
        needles=("ing by", "contributed", "posted", "by ", "includes", "编辑"),
    ),
    *NOTICE_RULES,
    _rule(
        r"^(?:submit|post|leave|add|write) (?:a |your )?comments?\b|^(?:\d+ )?comments?$"
        r"|^discuss this (?:in the forums?|article|story)\b"
        r"|^join the [\w ]{1,30} (?:discussion board|forums?)\b"
        r"|^(?:\d+ )?kommentare? (?:lesen|schreiben|anzeigen)(?: und \w+)?(?:[,:]|$)",
        "comment section notice",
        12,
    ),
    _rule(
        r"^(?:share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|print|copy link"
        r"|facebook|twitter|whatsapp|telegram|linkedin|reddit|email|(?:artikel )?teilen)$",
        "share buttons",
        6,
    ),
    _rule(r"\b(?:back|go|return) to (?:the )?home ?page$", "site navigation", 8),
    _rule(
        r"^(?:vorschau auf den )?(?:nächste[nr]?|vorherige[nr]?) (?:artikel|beitrag)(?![\w-])"
        r"|^(?:next|previous|prev|older|newer) (?:article|post|story|entry)(?![\w-])"
        r"(?:\s*[:»>|›]|(?!.*[.!?]$))",
        "link to another article",
        8,
    ),
    _rule(
        r"^(?:follow us|s[ií]guenos|folgen sie uns|folg(?:e|t) uns|suivez-nous|seguici|siga-nos)\b"
        r"|^(?:you can )?follow (?:him|her|them|me) on (?:x|twitter|threads|instagram|facebook"
        r"|linkedin|bluesky|mastodon|tiktok|youtube)\b[^.!?]{0,120}?@[\w]+[.!]?$"
        r"|^follow (?:[@\w.'’-]+ ){1,4}on (?:(?:facebook|twitter|x|instagram|youtube|tiktok|threads"
        r"|bluesky)(?:,? (?:and |& |or )?| ?[@:]\s*@?[\w.]+ ?| at @[\w.]+(?: and @[\w.]+)?"
        r"|[.!]?$))+"
        r"(?:for (?:more|the latest|updates|breaking)\b[^.!?]*[.!]?)?[.!]?$"
        r"|\b(?:join|únete a|unisciti al|rejoignez) (?:our|nuestro|nostro|notre) \w+"
        r" (?:channel|canal|canale)"
        r"|tenemos canal de (?:telegram|whatsapp)"
        r"|\bdownload (?:the|our) .{0,40}\bapps?\b",
        "social media links",
        30,
        needles=(
            "follow",
            "guenos",
            "folg",
            "suivez",
            "seguici",
            "siga-nos",
            "channel",
            "canal",
            "download",
        ),
    ),
    _rule(r"^[\w'’ ]+(?:\s[|›»>]\s[\w'’ ]+)+$", "breadcrumb navigation", 6, rows_too=False),
    _rule(
        r"^\[ad[#:][^\]]{0,40}\]$"
        r"|^(?:advertisement|advertising|sponsored(?: content)?|ad|continue reading below"
        r"|continue reading the main story|story continues(?: below)?(?: advertisement)?"
        r"|(?:article|story) continues below(?: (?:this|the) (?:ad|advert|advertisement))?"
        r"|anzeige|werbung|publicité|publicidad|pubblicità)$",
        ADVERTISEMENT,
        5,
    ),
    _rule(
        r"we use cookies|(?:wir (?:verwenden|nutzen|setzen)|nous utilisons(?: des)?|utilizamos"
        r"|u(?:tilizz|s)iamo(?: i)?) cookies?\b|cookies? (?:policy|settings|preferences|consent)"
        r"|accept (?:all )?cookies|\b(?:einwilligen|zustimmen) (?:bzw\.|oder|/) ablehnen\b",
        "cookie notice",
        60,
        needles=("cookie", "ablehnen"),
    ),
    _rule(
        r"(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}|by\b)|all rights reserved|alle rechte vorbehalten"
        r"|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
        r"|licensed under (?:a |the )?(?:creative commons|cc[- ]by)",
        "copyright line",
        30,
        ends_article=True,
        needles=(
            "©",
            "(c)",
            "copyright",
            "rights reserved",
            "vorbehalten",
            "droits r",
            "derechos reservados",
            "diritti riservati",
            "licensed under",
        ),
    ),
    _rule(
        r"^\(?(?:symbolbild|symbolfoto|archivbild|archivfoto|file (?:photo|picture|image)"
        r"|stock (?:photo|image))\)?$",
        "photo credit",
        3,
    ),
    # "© DTB" under a photo: a credit inside the article, which goes on below it
    _rule(r"©|^(?:\(c\)\s|copyright\b)", "photo credit", 12),
    *DONATION_RULES,
    *CREDIT_RULES,
)

ITEM_RULES = tuple(rule for rule in RULES if rule.rows_too)
"""The rules for list items and table rows."""

ENDING_REASONS = {rule.reason for rule in RULES if rule.ends_article} | {TEASER}
