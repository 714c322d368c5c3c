"""Claims matched across a story: features of a pair, bounds that rule out pairs cheaply,
the fitted scorer, and the rows of the comparison (``align``)."""
