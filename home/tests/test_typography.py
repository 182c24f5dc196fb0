"""Quotation marks in each language's own style (match reasons, search chips)."""

import pytest
from django.utils import translation

from home.typography import quoted


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "“Koch”"),
        ("de", "„Koch“"),
        ("pl", "„Koch”"),
        ("fr", "«\u00a0Koch\u00a0»"),
        ("es", "«Koch»"),
        ("it", "«Koch»"),
    ],
)
def test_words_are_quoted_in_the_language_s_style(language, expected):
    with translation.override(language):
        assert quoted("Koch") == expected
