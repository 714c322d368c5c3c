"""The parser of regular expressions of the Python running the tests: ``re._parser`` from 3.11,
``sre_parse`` before (3.10, the oldest ``requires-python`` accepts). Tests read a pattern's
syntax tree with it."""

from __future__ import annotations

import importlib
import sys

parser = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
