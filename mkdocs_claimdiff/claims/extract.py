"""An article's claims: its headline and its sentences, each with its source and hedges."""

from __future__ import annotations

from ..model import UNCLAIMED_KINDS, Article, Claim, ClaimRole
from .attribution import find_attribution
from .hedges import find_hedges
from .sentences import split_sentences


def extract_claims(article: Article) -> tuple[Claim, ...]:
    """Return the headline claim (if the article has a headline of its own, not one made of its
    file name) and one claim per sentence of the body.

    Sentences are split block by block so none crosses a paragraph; ids count from 1 in reading
    order, the headline first. A section heading is shown on the article page but makes no
    claim: it labels the paragraphs below it ("What we know"), and matched it only pairs labels.
    Nor does an entry of the article's references or notes, which says where a statement comes
    from, or a label (a table row of figures, "Wellington"): their pieces ("Retrieved 6 July
    2017.", "2017") matched every other references list and table.
    """
    claims: list[Claim] = []
    title = article.title.strip()
    if title and article.titled:
        start = article.title.index(title)
        claims.append(_claim(article, 1, "headline", (start, start + len(title)), None))
    for number, block in enumerate(article.blocks):
        if block.kind in UNCLAIMED_KINDS:
            continue
        for start, end in split_sentences(article.block_text(block), article.language):
            span = (block.start + start, block.start + end)
            claims.append(_claim(article, len(claims) + 1, "body", span, number))
    return tuple(claims)


def _claim(
    article: Article, index: int, role: ClaimRole, span: tuple[int, int], block: int | None
) -> Claim:
    """Build one claim; the span points into the title for the headline, else into the body."""
    start, end = span
    text = (article.title if role == "headline" else article.body)[start:end]
    return Claim(
        id=f"{article.id}-{index}",
        article_id=article.id,
        index=index,
        text=text,
        role=role,
        start=start,
        end=end,
        block=block,
        attribution=find_attribution(text, headline=role == "headline"),
        hedges=find_hedges(text),
    )
