"""Where the words a negation denies begin, past what stands between: "denied that he had
resigned", "denied the player had been sold", "None of the hostages was injured"."""

from __future__ import annotations

from collections.abc import Sequence

from .unasserted import CLAUSE_BREAK

NONE_OF_REACH = 4
"""Words after "None of" searched for the verb of the group it names: "None of the five men
were"."""


def none_of(words: Sequence[tuple[int, int, str]], following: int) -> int:
    """Where the words "None of" a group denies begin: the group's verb ("None of the hostages
    was injured" denies "injured", as "Nobody was injured" does); the word after "None"
    otherwise, which "of" stops."""
    if following >= len(words) or words[following][2] != "of":
        return following
    for at in range(following + 1, min(following + 1 + NONE_OF_REACH, len(words))):
        if words[at][2] in _GROUP_VERBS:
            return at
    return following


_GROUP_VERBS = frozenset("was were had has have is are".split())


_DENIED_SUBJECTS = frozenset("that he she it they i we you".split())
"""Words between a denial and the verb it denies: "denied that he had resigned"."""

_CLAUSE_OPENERS = frozenset("the a an his her their its this these those some all any".split())
"""Words that open the subject of a clause a denial denies ("denied the player had been
sold"); a denial of anything else denies what follows it at once."""

_AUXILIARIES = frozenset("had has have was were is are would will did could".split())

DENIED_REACH = 4
"""Words after a denial searched for the auxiliary of the clause it denies: "denied the player
had been sold" denies "sold"."""


def denied_from(text: str, words: Sequence[tuple[int, int, str]], following: int) -> int:
    """Where the words a denial denies begin: past "that" and a pronoun ("denied that he had
    resigned"), or past the subject of a clause up to its auxiliary ("denied the player had
    been sold"), in the denial's clause ("who denies murder, was remanded" denies no
    remand); right after the denial otherwise ("denies murdering his wife", "denied any
    wrongdoing")."""
    while following < len(words) and words[following][2] in _DENIED_SUBJECTS:
        following += 1
    if following < len(words) and words[following][2] not in _CLAUSE_OPENERS:
        return following  # "denies murder was remanded": what is denied is the murder
    ahead = []
    for at, (start, _end, word) in enumerate(words[following : following + DENIED_REACH]):
        if word == "and" or (at and CLAUSE_BREAK.search(text, words[following + at - 1][1], start)):
            break
        ahead.append(word)
    auxiliary = next((at for at, word in enumerate(ahead) if word in _AUXILIARIES), None)
    return following + auxiliary if auxiliary is not None else following
