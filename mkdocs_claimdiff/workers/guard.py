"""Whether the script that runs the build may start worker processes: a worker runs the main
script again."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path


def main_is_guarded() -> bool:
    """Whether worker processes may start. A worker, spawned or forked from the fork server,
    runs the main script again, as a module named ``__mp_main__``: a script that builds the
    site at top level, without an ``if __name__ == "__main__":`` guard or before it, would
    build again in every worker (and clean the site folder). ``mkdocs``, ``properdocs`` and
    ``claimdiff`` are guarded; an unguarded script gets its stories compared in its own
    process."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None:  # an interactive session: nothing to run again
        return True
    try:  # the loader also reads a zipped __main__ (pip's mkdocs.exe launcher on Windows)
        source = main.__loader__.get_source("__main__")  # type: ignore[union-attr]
    except (AttributeError, ImportError, OSError):
        source = None
    if source is None:
        try:
            source = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return guards_its_work(source)


def guards_its_work(source: str) -> bool:
    """Whether a script has the ``__main__`` guard and calls nothing at its top level outside
    it ("build(load_config())" before the guard would still run in every worker). Only calls
    standing as statements of their own are looked for: a call that sets a name or sits in a
    block ("if sys.platform ...: colorama.init()", as MkDocs' own ``__main__`` has) is taken
    as set-up. A script that cannot be parsed is judged by the guard's text alone."""
    try:
        statements = ast.parse(source).body
    except (SyntaxError, ValueError):
        return bool(_MAIN_GUARD.search(source))
    guarded = False
    for statement in statements:
        if isinstance(statement, ast.If) and _MAIN_GUARD.fullmatch(
            "if " + ast.unparse(statement.test)
        ):
            guarded = True
        elif isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call | ast.Await):
            return False
    return guarded


_MAIN_GUARD = re.compile(r"""if\s+__name__\s*==\s*["']__main__["']""")
