"""Parse a JSON request body with limits, and echo client input safely in error messages.

``parse(body)`` refuses, with :class:`JsonBodyError` (answer 400 with its message):

- a body over ``max_bytes`` (default 64 kB),
- nesting deeper than ``max_depth`` (default 20): counted before parsing, so a
  deeply nested body never reaches the recursive parser (no ``RecursionError``),
- anything that is not UTF-8 JSON,
- a string (key or value) with a lone surrogate such as ``"\\ud800"``, which no
  JSON encoder can send back in UTF-8.

``echo(value)`` is the form in which an error message may repeat client input:
cut to ``limit`` characters, control characters, surrogates and ``<``, ``>``, ``&``
written as ``\\uXXXX``. ``capped(errors)`` keeps the first ``MAX_ERRORS`` errors and
says how many more there were.

This module imports no other app of the project.
"""

import json
import re

from django.utils.translation import gettext, ngettext

MAX_BYTES = 64 * 1024
MAX_DEPTH = 20
MAX_ERRORS = 20

# A string (an unterminated one runs to the end: no backtracking) or a bracket.
_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.DOTALL)
_ESCAPED = frozenset("<>&")


class JsonBodyError(ValueError):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _depth(body):
    """The deepest nesting of arrays and objects in ``body`` (bytes), strings ignored."""
    depth = deepest = 0
    for match in _TOKENS.finditer(body):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in (b"]", b"}"):
            depth -= 1
    return deepest


def _has_lone_surrogate(text):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check_strings(value):
    """Walk the parsed value without recursion; refuse a key or text with a lone surrogate."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if _has_lone_surrogate(item):
                raise JsonBodyError(gettext("The body contains an invalid character (a lone surrogate)."))
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)


def parse(body, max_bytes=MAX_BYTES, max_depth=MAX_DEPTH, empty=None):
    """The JSON value in ``body`` (bytes); ``empty`` for an empty body."""
    if len(body) > max_bytes:
        raise JsonBodyError(gettext("The request is too large."))
    if not body.strip():
        return empty
    if _depth(body) > max_depth:
        raise JsonBodyError(gettext("The JSON is nested too deeply (at most %(depth)d levels).") % {"depth": max_depth})
    try:
        value = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise JsonBodyError(gettext("The body is not valid JSON.")) from None
    _check_strings(value)
    return value


def echo(value, limit=40):
    """``value`` as text safe to repeat in an error message (see the module's docstring)."""
    text = str(value)
    cut = text[:limit]
    safe = "".join(
        f"\\u{ord(char):04x}" if char in _ESCAPED or not char.isprintable() or 0xD800 <= ord(char) <= 0xDFFF else char
        for char in cut
    )
    return safe + ("…" if len(text) > limit else "")


def capped(errors, limit=MAX_ERRORS):
    """The first ``limit`` errors (``{"field", "message"}``), then one that counts the rest."""
    errors = list(errors)
    if len(errors) <= limit:
        return errors
    rest = len(errors) - limit
    message = ngettext("%(count)d more error not shown.", "%(count)d more errors not shown.", rest) % {"count": rest}
    return [*errors[:limit], {"field": "", "message": message}]
