"""Memoising functions of documents by identity.

``functools.lru_cache`` hashes its arguments, and hashing a ``Document`` (a frozen dataclass of
hundreds of rows of cells) walks all of it: on seed 001 that cost more than the work being cached.
A document is not modified once read, so the object itself identifies it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def _key(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(_key(v) for v in value)
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    return ("id", id(value))


def by_identity(maxsize: int = 32) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache results keyed on the identity of the arguments (values of plain ones). The arguments
    are kept alive with the result, so an identity is never reused while its entry exists."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        cache: OrderedDict[Any, tuple[tuple[Any, ...], R]] = OrderedDict()

        @wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            key = (_key(args), _key(tuple(sorted(kwargs.items()))))
            hit = cache.get(key)
            if hit is not None:
                cache.move_to_end(key)
                return hit[1]
            result = func(*args, **kwargs)
            cache[key] = ((args, kwargs), result)  # type: ignore[assignment]
            if len(cache) > maxsize:
                cache.popitem(last=False)
            return result

        wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
        return wrapper

    return decorate
