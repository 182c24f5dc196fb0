"""Typography in the language's own style: quotation marks around a word the visitor typed.

English “cook”, German „Koch“, Polish „kucharz”, French « cuisinier » (with no-break
spaces), Spanish and Italian «cocinero»: each language's pair is its translation of one
message, so translators decide it like any other text.
"""

from django.utils.translation import pgettext


def quoted(text):
    """``text`` between the active language's quotation marks."""
    return pgettext("quotation marks around a word or phrase", "“%(text)s”") % {"text": text}
