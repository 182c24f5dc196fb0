"""Sort labels the way a reader of a language expects, without ICU or system locales.

``sort_key(text, language)`` is a three-level key, as in the Unicode Collation Algorithm:

1. primary: each letter's position in the language's alphabet. Letters that the alphabet
   lists on their own (Polish ą ć ę ł ń ó ś ź ż, Spanish ñ) get their own place after their
   base letter; any other accented letter counts as its base letter (German Ö with O,
   French É with E);
2. secondary: the accents, which decide only between otherwise equal words;
3. tertiary: lower case before upper case.

Spaces and punctuation sort before every letter, digits after them and before letters.
Characters outside the Latin script keep their code point order after the Latin letters.
Plain code point order (Python's ``sorted``) and the default Unicode table (pyuca) both put
Polish "Łotwa" before "Luksemburg"; this key puts it after, as Polish dictionaries do.
"""

import unicodedata
from functools import lru_cache

_BASE = "abcdefghijklmnopqrstuvwxyz"

# Letters with their own place in a language's alphabet, each after the letter given.
_OWN_LETTERS = {
    "pl": {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z"},
    "es": {"ñ": "n"},
}

# Letters that do not decompose into base letter + accent in Unicode.
_EXPANSIONS = {
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
}

_IGNORABLE = 0  # spaces and punctuation
_DIGITS = 1  # then 0-9
_LETTERS = 100  # then letters
_OTHER = 10_000  # then everything else, by code point


@lru_cache(maxsize=16)
def alphabet(language):
    """The letters of ``language``'s alphabet in order (base letters plus its own letters)."""
    own = _OWN_LETTERS.get(_primary_subtag(language), {})
    letters = []
    for base in _BASE:
        letters.append(base)
        # Polish ź before ż: keep the order given in _OWN_LETTERS.
        letters.extend(letter for letter, after in own.items() if after == base)
    return letters


@lru_cache(maxsize=16)
def _weights(language):
    return {letter: _LETTERS + index for index, letter in enumerate(alphabet(language))}


def _primary_subtag(language):
    return (language or "").lower().replace("_", "-").split("-")[0]


def _char_weights(char, language):
    """``[(primary, secondary, tertiary)]`` for one character (an expansion gives several)."""
    weights = _weights(language)
    lower = char.lower()
    tertiary = 1 if char != lower else 0
    if lower in weights:
        return [(weights[lower], 0, tertiary)]
    if lower in _EXPANSIONS:
        expansion = _EXPANSIONS[lower]
        return [(weights[c], index + 1, tertiary) for index, c in enumerate(expansion)]
    decomposed = unicodedata.normalize("NFD", lower)
    base, marks = decomposed[0], decomposed[1:]
    if base in weights:
        secondary = sum(ord(mark) for mark in marks) if marks else 0
        return [(weights[base], secondary, tertiary)]
    if char.isdigit():
        return [(_DIGITS, unicodedata.digit(char, 0), 0)]
    if not char.isalnum():
        return [(_IGNORABLE, ord(char), 0)]
    return [(_OTHER + ord(lower), 0, tertiary)]


def sort_key(text, language):
    """A key for ``sorted`` that orders ``text`` as a reader of ``language`` would."""
    primary, secondary, tertiary = [], [], []
    for char in unicodedata.normalize("NFC", str(text)):
        for first, second, third in _char_weights(char, language):
            if first == _IGNORABLE:
                # Ignorable at the first level: a space decides only between otherwise equal labels.
                secondary.append(second)
                continue
            primary.append(first)
            secondary.append(second)
            tertiary.append(third)
    return (tuple(primary), tuple(secondary), tuple(tertiary))


def sorted_by_label(items, language, label=lambda item: item[1]):
    """``items`` sorted by ``label(item)`` in ``language``'s order."""
    return sorted(items, key=lambda item: sort_key(label(item), language))
