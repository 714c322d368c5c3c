"""What a period means in German, French, Spanish and Italian news prose, for the splitter.

English rules live beside the splitter in ``claims``; these add, per language, the abbreviations
that never end a sentence ("z. B.", "Sr."), those that stand before a number ("Nr. 5", "pág. 3"),
those that may end one ("usw.", "etc."), the words that typically open a sentence (used to decide
after an ambiguous abbreviation), and the month names that make "am 31. Oktober" an ordinal date
rather than a sentence ending in "31.". Any article gets the English rules as well: news in any
language quotes "Dr." and "U.S.".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageRules:
    """The splitter's word lists for one language (all lower case but ``starters``)."""

    continuing: frozenset[str] = frozenset()
    before_number: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    ordinal_before_nouns: bool = False
    """German writes every ordinal as "3." before a capitalised noun ("die 3. Liga")."""
    endings_before_number: tuple[str, ...] = ()
    """Endings of abbreviated compounds that stand before a number: German street names
    ("Hauptstr. 5", "Goethestr. 12"), which no list of whole words can hold."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS = _words(
    "january february march april may june july august september october november december "
    "januar jänner februar märz april mai juni juli august september oktober november dezember "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre jan feb mär mar apr jun jul aug sep sept okt oct nov dez dec déc janv "
    "févr avr juil ene abr ago dic gen mag giu lug ott"
)
"""Month names and abbreviations, lower case: a number and a period before one is a date."""

RULES: dict[str, LanguageRules] = {
    "de": LanguageRules(
        continuing=_words(
            "z b bzw ca vgl ggf evtl inkl exkl ggü hr fr frl dipl ing med jur phil rer nat "
            "str st abs art bd bspw d h u a o ä s ua zb dh usf sog tel zzgl abzgl"
        ),
        before_number=_words("nr s kap abs art bd"),
        ambiguous=_words("usw etc jh jhd mio mrd bzw"),
        starters=_words(
            "Der Die Das Ein Eine Er Sie Es Wir Ich Ihr Man Im In Am Auf Aus Bei Mit Nach Von Zu "
            "Vor Seit Als Wenn Wie Was Wer Wo Warum Auch Doch Aber Und Oder Dann Danach Damit "
            "Dabei Dafür Deshalb Trotzdem Zudem Außerdem Allerdings Jedoch Nun Noch Nicht Kein "
            "Keine Dies Diese Dieser Dieses So Laut Zum Zur Schon Bereits Jetzt Heute Gestern "
            "Morgen Viele Alle Einige Weitere Weiterer Weiteres Mehr Nur Hier Dort Damals "
            "Später Zuvor Inzwischen Mittlerweile Unter Über Gegen Durch Für Ohne Um Bis Ob "
            "Dass Da Denn Nachdem Während Weil Obwohl Zwar Hingegen Gleichzeitig Insgesamt "
            "Zunächst Schließlich Besonders Hierzu Dazu Darüber Daher Somit Zuletzt Erst"
        ),
        ordinal_before_nouns=True,
        endings_before_number=("str",),
    ),
    "fr": LanguageRules(
        continuing=_words("m mm mme mmes mlle mlles me mgr pr dr st ste av bd boul cf éd vol"),
        before_number=_words("n no p pp art chap t"),
        ambiguous=_words("etc env"),
        starters=_words(
            "Le La Les Un Une Il Elle Ils Elles On Nous Vous Je Ce Cette Ces Mais Et Ou Donc "
            "Car Puis Ensuite Selon En Dans Pour Par Sur Avec Après Avant Depuis Lors Quand Si "
            "Pourtant Cependant Toutefois Ainsi Alors Aussi"
        ),
    ),
    "es": LanguageRules(
        continuing=_words(
            "sr sra sres sras srta dr dra dña d ud uds vd vds lic ing arq prof gral cnel "
            "excmo excma ilmo ilma av avda c cía aprox admón dpto ee"
        ),
        before_number=_words("núm nº n no pág págs p art cap vol tel"),
        ambiguous=_words("etc cía uu"),  # "EE. UU." (the United States) may end a sentence
        starters=_words(
            "El La Los Las Un Una Él Ella Ellos Ellas Yo Nosotros Se Lo Le Este Esta Estos "
            "Estas Ese Esa Pero Y O Sin Con En De Por Para Según Tras Después Antes Cuando Si "
            "Aunque Sin Además Así También No Hoy Ayer"
        ),
    ),
    "it": LanguageRules(
        continuing=_words(
            "sig sigg sigra dott dottssa prof avv ing arch geom on sen dr gen col mons dir amm "
            "p es ca c s ecc v"
        ),
        before_number=_words("n nr pag pagg art cap vol tel"),
        ambiguous=_words("ecc etc"),
        starters=_words(
            "Il Lo La I Gli Le Un Uno Una Lui Lei Loro Noi Io Questo Questa Questi Queste Ma E "
            "O Però Poi Dopo Prima Quando Se Anche Secondo In Con Per Da Di Su Tra Fra Non "
            "Oggi Ieri Così Infatti Inoltre"
        ),
    ),
}

ENGLISH = LanguageRules()


def rules_for(language: str | None) -> LanguageRules:
    """The rules of an article's ``language``, a language tag (``de``, ``de-AT``): a name the
    user wrote ("German") is made a tag when the metadata is read (``sources.meta``)."""
    if not language:
        return ENGLISH
    return RULES.get(language.strip().lower()[:2], ENGLISH)
