"""Frozen dataclasses <-> JSON-ready values, checked field by field against their type hints.

The document cache stores ``Document``s this way instead of pickles: reading an entry can only
ever build the dataclasses the type hints name, with values of the types they name, so a planted
or damaged entry is refused (``ValueError``) and never runs code.

Supported hints: ``str``, ``int``, ``float``, ``bool``, ``None``, ``X | None``, ``Literal[...]``,
``tuple[X, ...]``, ``tuple[A, B]``, ``frozenset[X]`` and frozen dataclasses of those. A field equal
to its default is left out of the JSON, so entries stay small.

>>> from extractor.model import Provenance
>>> to_jsonable(Provenance(page=2, bbox=(1.0, 2.0, 3.0, 4.0)))
{'page': 2, 'bbox': [1.0, 2.0, 3.0, 4.0]}
>>> from_jsonable(Provenance, {"page": 2})
Provenance(page=2, line=None, bbox=None)
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
Decoder = Callable[[Any], Any]


def to_jsonable(value: Any) -> Any:
    """A dataclass (nested) -> dicts, lists and scalars; fields equal to their default left out."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in _fields(type(value)):
            v = getattr(value, f.name)
            if f.default is not dataclasses.MISSING and v == f.default and type(v) is type(f.default):
                continue
            out[f.name] = to_jsonable(v)
        return out
    if isinstance(value, (tuple, list)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(to_jsonable(v) for v in value)
    return value


def from_jsonable(cls: type[T], data: Any) -> T:
    """Rebuild ``cls`` from ``to_jsonable``'s output; ``ValueError`` for anything of another shape."""
    decode: Decoder = _decoder(cls)  # type: ignore[arg-type]
    return decode(data)  # type: ignore[no-any-return]


@functools.cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


@functools.cache
def _decoder(hint: Any) -> Decoder:
    """A function checking and converting one JSON value to ``hint`` (built once per type)."""
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _dataclass_decoder(hint)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is type(None) or hint is None:
        return _expect_none
    if hint is bool:
        return _expect_bool
    if hint is int:
        return _expect_int
    if hint is float:
        return _expect_float
    if hint is str:
        return _expect_str
    if origin is typing.Literal:
        allowed = frozenset(args)

        def literal(v: Any) -> Any:
            if isinstance(v, str | int) and not isinstance(v, bool) and v in allowed:
                return v
            raise ValueError(f"{v!r} is not one of {sorted(map(str, allowed))}")

        return literal
    if origin in (typing.Union, types.UnionType):
        options = [_decoder(a) for a in args if a is not type(None)]
        optional = type(None) in args

        def union(v: Any) -> Any:
            if v is None and optional:
                return None
            errors = []
            for decode in options:
                try:
                    return decode(v)
                except ValueError as exc:
                    errors.append(str(exc))
            raise ValueError("; ".join(errors) or f"{v!r} does not fit")

        return union
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])

            def tuple_of(v: Any) -> tuple[Any, ...]:
                return tuple(item(x) for x in _expect_list(v))

            return tuple_of
        items = [_decoder(a) for a in args]

        def fixed_tuple(v: Any) -> tuple[Any, ...]:
            values = _expect_list(v)
            if len(values) != len(items):
                raise ValueError(f"expected {len(items)} items, got {len(values)}")
            return tuple(decode(x) for decode, x in zip(items, values, strict=True))

        return fixed_tuple
    if origin is frozenset:
        item = _decoder(args[0])

        def frozenset_of(v: Any) -> frozenset[Any]:
            return frozenset(item(x) for x in _expect_list(v))

        return frozenset_of
    raise TypeError(f"no JSON decoder for {hint!r}")


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, f.init) for f in _fields(cls)]
    decoders: dict[str, Decoder] = {}

    def decode(v: Any) -> Any:
        if not isinstance(v, dict):
            raise ValueError(f"{cls.__name__}: expected an object, got {type(v).__name__}")
        if not decoders:
            decoders.update({name: _decoder(hints[name]) for name, _ in fields})
        unknown = set(v) - set(decoders)
        if unknown:
            raise ValueError(f"{cls.__name__}: unknown fields {sorted(unknown)[:3]}")
        kwargs = {name: decoders[name](v[name]) for name, init in fields if init and name in v}
        try:
            return cls(**kwargs)
        except TypeError as exc:  # a required field missing
            raise ValueError(f"{cls.__name__}: {exc}") from None

    return decode


def _expect_none(v: Any) -> None:
    if v is not None:
        raise ValueError(f"expected null, got {type(v).__name__}")


def _expect_bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError(f"expected a boolean, got {type(v).__name__}")
    return v


def _expect_int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"expected an integer, got {type(v).__name__}")
    return v


def _expect_float(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ValueError(f"expected a number, got {type(v).__name__}")
    return float(v)


def _expect_str(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError(f"expected a string, got {type(v).__name__}")
    return v


def _expect_list(v: Any) -> list[Any]:
    if not isinstance(v, list):
        raise ValueError(f"expected a list, got {type(v).__name__}")
    return v


__all__ = ["from_jsonable", "to_jsonable"]
