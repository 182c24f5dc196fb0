"""A page as cells, and rich text as plain paragraphs: what the exporter writes and what the
importer compares a row with (a row whose cells equal the page's changes nothing)."""

import html
import re
from html.parser import HTMLParser

from .columns import PAIR_SEPARATOR, SEPARATOR, SPEC

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div"}
_BLANK_LINES = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"\s+")


class _Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.current = [], []

    def _close(self):
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self._close()
        elif tag == "br":
            self.current.append(" ")

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self._close()

    def handle_data(self, data):
        self.current.append(data)


def html_to_text(value):
    """Rich text as plain paragraphs separated by an empty line (links and emphasis dropped)."""
    parser = _Paragraphs()
    parser.feed(str(value or ""))
    parser.close()
    parser._close()
    return "\n\n".join(parser.paragraphs)


def text_paragraphs(text):
    return [_SPACES.sub(" ", part).strip() for part in _BLANK_LINES.split(text or "") if part.strip()]


def text_to_html(text):
    """Plain paragraphs as rich text: one ``<p>`` each, the text escaped."""
    return "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in text_paragraphs(text))


def split_list(text):
    return [part.strip() for part in (text or "").split(SEPARATOR) if part.strip()]


def _row_cell(column, rows):
    values = []
    for row in rows:
        parts = [getattr(row, name) for name in column.row_fields]
        parts = [part.isoformat() if hasattr(part, "isoformat") else str(part) for part in parts]
        values.append(PAIR_SEPARATOR.join(parts))
    if column.row_fields and column.row_fields[0].endswith("date"):
        values.sort()
    return SEPARATOR.join(values)


def page_cells(page, host_slugs=None):
    """``{column: text}`` of ``page`` (a page or a revision's page object), as the template has them.

    ``host_slugs``: ``{page id: slug}`` of host organisations already looked up (the exporter
    fetches them in one query)."""
    cells = {}
    for column in SPEC.columns:
        if column.kind == "rows":
            cells[column.name] = _row_cell(column, getattr(page, column.name).all())
        elif column.kind == "tags":
            cells[column.name] = SEPARATOR.join(sorted(tag.name for tag in page.tags.all()))
        elif column.kind == "host":
            host_id = page.host_organisation_id
            if not host_id:
                cells[column.name] = ""
            elif host_slugs is not None and host_id in host_slugs:
                cells[column.name] = host_slugs[host_id]
            else:
                host = page.host_organisation
                cells[column.name] = host.slug if host else ""
        elif column.kind == "richtext":
            cells[column.name] = html_to_text(getattr(page, column.name))
        else:
            value = getattr(page, column.name)
            if value is None:
                cells[column.name] = ""
            elif hasattr(value, "isoformat"):
                cells[column.name] = value.isoformat()
            else:
                cells[column.name] = str(value)
    return cells
