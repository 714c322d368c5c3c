"""Model values to JSON and back, checked against their type hints: nothing in a cache file
can run code, and text that is not exactly what encoding a well-typed value writes is refused.

msgspec (compiled) does the work: a warm build decodes every claim, row and article of the
site, and msgspec does it about four times faster than walking the type hints in Python, with
the same checks (every field of its declared type, literals among their values); encoding the
value again and comparing adds that every field is there and no other (2 % of the decoding).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import msgspec


def encode(value: object) -> Any:
    """The JSON-ready form of a model value: dataclasses as objects, tuples as lists, paths as
    text (what the cache keys hash)."""
    return msgspec.to_builtins(value, enc_hook=_encode_other, str_keys=True)


def to_json(value: object) -> bytes:
    """A model value as JSON.

    Raises ValueError (UnicodeEncodeError) on text that holds a lone surrogate: JSON text is
    UTF-8, and a name that is not (``os.fsdecode`` of a stray byte) has no form in it.
    """
    return msgspec.json.encode(value, enc_hook=_encode_other)


def from_json(expected: Any, text: bytes) -> Any:
    """Rebuild a value of type ``expected`` from JSON, checking every part.

    Raises ValueError on text that is no JSON, no well-typed ``expected``, or not exactly what
    ``to_json`` writes of the value: msgspec would fill a missing field with its default (a
    match without its ``kind`` would come back "same") and skip an unknown one.
    """
    try:
        value = _decoder(expected).decode(text)
    except msgspec.MsgspecError as error:
        raise ValueError(str(error)) from error
    if to_json(value) != text:
        raise ValueError(f"not a {getattr(expected, '__name__', expected)} as written")
    return value


@cache
def _decoder(expected: Any) -> msgspec.json.Decoder[Any]:
    """One decoder per type: building it reads the type hints once."""
    return msgspec.json.Decoder(expected, dec_hook=_decode_other)


def _encode_other(value: object) -> Any:
    if isinstance(value, Path):
        return str(value)
    for kind in (bool, int, float, str):  # a subclass, such as numpy's float64
        if isinstance(value, kind):
            return kind(value)
    raise NotImplementedError(f"cannot cache a {type(value).__name__}")


def _decode_other(expected: Any, data: Any) -> Any:
    if expected is Path and isinstance(data, str):
        return Path(data)
    raise NotImplementedError(f"cannot decode {expected!r}")
