"""Computed search fields worked out once per object while an index is built.

modelsearch's database backends read every search field once per column they fill (title,
body, autocomplete and their plain-text copies), so a computed field such as a placement's
translated facts ran five times per page when the index was built. No Django import here:
models import :func:`search_value` while the app registry is loading.
"""

import functools
import threading
from contextlib import contextmanager

_local = threading.local()


@contextmanager
def search_values_memoised():
    """Inside the block (this thread), each :func:`search_value` method runs once per object.

    Objects must stay alive for the block (they are keyed by ``id()``): a search backend wraps
    one ``add_items`` call, which holds them."""
    if getattr(_local, "search_values", None) is not None:  # nested: the outer block keeps them
        yield
        return
    _local.search_values = {}
    try:
        yield
    finally:
        _local.search_values = None


def search_value(method):
    """A zero-argument model method used as a search field, computed once per object while
    indexing (:func:`search_values_memoised`), every time otherwise."""

    @functools.wraps(method)
    def wrapper(self):
        values = getattr(_local, "search_values", None)
        if values is None:
            return method(self)
        key = (id(self), method.__name__)
        if key not in values:
            values[key] = method(self)
        return values[key]

    return wrapper
