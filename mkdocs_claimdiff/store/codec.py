"""Model values to JSON and back, checked against their type hints: nothing in a cache file
can run code, and a value that is not exactly what ``encode`` writes is refused."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")


def encode(value: object) -> Any:
    """The JSON form of a model value: dataclasses as objects, tuples as lists, paths as text.
    The common cases are tested first, by exact type: a cold build encodes every claim, row
    and article of the site."""
    kind: Any = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [encode(item) for item in value]  # type: ignore[attr-defined]
    names = _field_names(kind)
    if names is not None:
        return {name: encode(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, str | int | float):  # a subclass, such as numpy's float64
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


_SCALARS = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type, in order (None for any other type), looked up once."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(field.name for field in dataclasses.fields(kind))


def decode(expected: Any, data: Any) -> Any:
    """Rebuild a value of type ``expected`` from its JSON form, checking every part of it.

    Raises TypeError or ValueError on anything that is not exactly what ``encode`` writes.
    """
    return _decoder(expected)(data)


Decoder = Callable[[Any], Any]


@cache
def _decoder(expected: Any) -> Decoder:
    """The function that decodes values of type ``expected``, worked out once per type: a
    warm build decodes every claim of the site, and inspecting the type hints again for each
    value would cost more than the values themselves."""
    origin = typing.get_origin(expected)
    arguments = typing.get_args(expected)
    if dataclasses.is_dataclass(expected):
        return _dataclass_decoder(expected)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        item = _decoder(arguments[0])
        return lambda data: tuple(map(item, _require(data, list)))
    if origin is tuple:
        return _fixed_tuple_decoder(tuple(map(_decoder, arguments)))
    if origin is dict:
        key, value = map(_decoder, arguments)
        return lambda data: {key(k): value(v) for k, v in _require(data, dict).items()}
    if origin in (typing.Union, types.UnionType):
        other = _decoder(next(option for option in arguments if option is not type(None)))
        if type(None) in arguments:
            return lambda data: None if data is None else other(data)
        return other
    if origin is typing.Literal:
        return lambda data: _require_one_of(data, arguments)
    return _plain_decoder(expected)


def _dataclass_decoder(expected: Any) -> Decoder:
    hints = typing.get_type_hints(expected)
    fields = {field.name: _decoder(hints[field.name]) for field in dataclasses.fields(expected)}
    names = fields.keys()

    def decode_dataclass(data: Any) -> Any:
        values = _require(data, dict)
        if values.keys() != names:
            raise ValueError(f"fields of {expected.__name__} differ")
        return expected(**{name: field(values[name]) for name, field in fields.items()})

    return decode_dataclass


def _fixed_tuple_decoder(items: tuple[Decoder, ...]) -> Decoder:
    def decode_tuple(data: Any) -> tuple[Any, ...]:
        values = _require(data, list)
        if len(values) != len(items):
            raise ValueError("tuple of the wrong length")
        return tuple(item(value) for item, value in zip(items, values, strict=True))

    return decode_tuple


def _require_one_of(data: Any, allowed: tuple[Any, ...]) -> Any:
    if data not in allowed:
        raise ValueError(f"unexpected value {data!r}")
    return data


def _plain_decoder(expected: Any) -> Decoder:
    if expected is Path:
        return lambda data: Path(_require(data, str))
    if expected is float:
        return _decode_float
    if expected in (str, int, bool):
        return lambda data: data if type(data) is expected else _wrong_type(expected)
    raise TypeError(f"cannot decode {expected!r}")


def _decode_float(data: Any) -> float:
    if type(data) in (float, int):  # JSON writes 1.0 as 1.0, but a hand-edited 1 is fine too
        return float(data)
    return _wrong_type(float)


def _wrong_type(expected: type) -> NoReturn:
    raise TypeError(f"expected {expected.__name__}")


def _require(data: object, kind: type[T]) -> T:
    if not isinstance(data, kind):
        raise TypeError(f"expected {kind.__name__}")
    return data
