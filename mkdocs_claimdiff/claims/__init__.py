"""Turn an article into claims: one claim per sentence, with who it is attributed to and its hedges.

One module a step: ``extract`` (the claims of an article), ``sentences`` (the splitter),
``attribution`` and ``further`` (who a claim is attributed to), ``hedges``, ``shown`` (a
source as the page shows it). This package imports none of them, so importing one loads it
alone: the build's process, which renders pages, loads no more than it uses.

A sentence is the unit compared across outlets, so the splitter has to be right on news prose
("Nov. 28", "U.S.", "George W. Bush", quotes) and fast enough for whole corpora: it is a single
regular expression that finds candidate boundaries plus a few cheap rules that veto them, instead
of a statistical tokenizer. Attribution and hedges are small ordered regex lists: they only have to
catch the common newsroom formulas, and a reader can see exactly why a claim got its label.
"""
