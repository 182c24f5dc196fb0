"""The site's pictograms: one per NACE section, one per kind of support, one per way in.

Each pictogram is a handful of geometric strokes on a 24 x 24 grid, declared once below as
data, so that the same drawing becomes the SVG sprite the pages use
(``home/static/home/pictograms.svg``, one ``<symbol>`` per pictogram, strokes in
``currentColor``) and the shapes Pillow draws on a placement's share image
(``home.share_image``). After changing a drawing, write the sprite again and commit it:

    .venv/bin/python -m home.pictograms

Pictograms are decorative: the pages always show the label beside them (``aria-hidden``).

Mapping: every NACE Rev. 2 section has its own pictogram (``sector-A`` ... ``sector-U``), every
support code its own (``support-<code>``); an unknown code gets the generic ``sector-other`` /
``support-other``. The symbol id of a code is :func:`symbol_id`.
"""

import math
from pathlib import Path

from home import vocabularies as vocab

SPRITE_PATH = Path(__file__).resolve().parent / "static" / "home" / "pictograms.svg"
STATIC_NAME = "home/pictograms.svg"  # its name for ``{% static %}``
GRID = 24
STROKE = 2

# Primitives, in grid units (y grows downwards, angles in degrees clockwise from 3 o'clock):
#   ("line", x1, y1, x2, y2)          ("poly", [(x, y), ...])   an open polyline
#   ("shape", [(x, y), ...])          a closed outline          ("rect", x, y, w, h)
#   ("circle", cx, cy, r)             ("ellipse", cx, cy, rx, ry)
#   ("arc", cx, cy, r, start, end)    ("dot", cx, cy, r)        a filled disc
_HOUSE = [("poly", [(3, 11), (12, 3), (21, 11)]), ("poly", [(5, 9), (5, 21), (19, 21), (19, 9)])]
_PERSON = [("circle", 9, 7, 3), ("arc", 9, 21, 6, 180, 360)]

SECTOR_PICTOGRAMS = {
    # A: a tree above the ground
    "A": [
        ("circle", 12, 9, 6),
        ("line", 12, 15, 12, 21),
        ("line", 12, 18, 9, 16),
        ("line", 5, 21, 19, 21),
    ],
    # B: a mountain and a pick
    "B": [
        ("shape", [(3, 20), (10, 7), (15, 14), (17, 11), (21, 20)]),
        ("line", 8, 16, 12, 20),
    ],
    # C: a factory with a chimney
    "C": [
        ("poly", [(3, 21), (3, 11), (9, 14), (9, 11), (15, 14), (15, 5), (20, 5), (20, 21)]),
        ("line", 3, 21, 21, 21),
    ],
    # D: a lightning bolt
    "D": [("shape", [(13, 2), (5, 14), (11, 14), (10, 22), (19, 9), (13, 9)])],
    # E: a drop of water
    "E": [
        ("arc", 12, 15, 6, -30, 210),
        ("line", 6.8, 12, 12, 3),
        ("line", 17.2, 12, 12, 3),
    ],
    # F: a hard hat
    "F": [("arc", 12, 16, 8, 180, 360), ("line", 2, 16, 22, 16), ("line", 12, 8, 12, 12), ("line", 4, 19, 20, 19)],
    # G: a shopping bag
    "G": [("rect", 4, 8, 16, 13), ("arc", 12, 8, 4, 180, 360)],
    # H: a lorry
    "H": [
        ("rect", 2, 7, 12, 10),
        ("shape", [(14, 10), (18, 10), (21, 13), (21, 17), (14, 17)]),
        ("circle", 6, 19, 2),
        ("circle", 17, 19, 2),
    ],
    # I: a steaming cup
    "I": [
        ("shape", [(4, 10), (4, 17), (7, 20), (14, 20), (17, 17), (17, 10)]),
        ("arc", 18, 13.5, 2.5, -90, 90),
        ("line", 8, 3, 8, 7),
        ("line", 13, 3, 13, 7),
    ],
    # J: a screen
    "J": [("rect", 3, 4, 18, 12), ("line", 8, 20, 16, 20), ("line", 12, 16, 12, 20)],
    # K: a euro coin
    "K": [("circle", 12, 12, 9), ("arc", 13, 12, 5, 45, 315), ("line", 7, 10.5, 13, 10.5), ("line", 7, 13.5, 13, 13.5)],
    # L: a key
    "L": [("circle", 7, 12, 4), ("line", 11, 12, 21, 12), ("line", 17, 12, 17, 15), ("line", 21, 12, 21, 16)],
    # M: a laboratory flask
    "M": [
        ("poly", [(9, 3), (9, 10), (4, 19), (5, 21), (19, 21), (20, 19), (15, 10), (15, 3)]),
        ("line", 8, 3, 16, 3),
        ("line", 7, 15, 17, 15),
    ],
    # N: a clipboard
    "N": [("rect", 5, 4, 14, 18), ("rect", 9, 2, 6, 4), ("line", 8, 11, 16, 11), ("line", 8, 15, 16, 15)],
    # O: a public building with columns
    "O": [
        ("shape", [(3, 9), (12, 3), (21, 9)]),
        ("line", 6, 12, 6, 18),
        ("line", 10, 12, 10, 18),
        ("line", 14, 12, 14, 18),
        ("line", 18, 12, 18, 18),
        ("line", 3, 21, 21, 21),
    ],
    # P: a graduation cap
    "P": [
        ("shape", [(2, 9), (12, 4), (22, 9), (12, 14)]),
        ("poly", [(6, 11), (6, 16), (12, 19), (18, 16), (18, 11)]),
        ("line", 22, 9, 22, 15),
    ],
    # Q: a heart
    "Q": [
        ("arc", 8, 9, 4, 135, 360),
        ("arc", 16, 9, 4, 180, 405),
        ("line", 5.17, 11.83, 12, 19),
        ("line", 18.83, 11.83, 12, 19),
    ],
    # R: musical notes
    "R": [
        ("circle", 7, 18, 3),
        ("circle", 17, 16, 3),
        ("line", 10, 18, 10, 5),
        ("line", 20, 16, 20, 3),
        ("line", 10, 5, 20, 3),
    ],
    # S: scissors
    "S": [("circle", 7, 18, 3), ("circle", 17, 18, 3), ("line", 9, 16, 17, 4), ("line", 15, 16, 7, 4)],
    # T: a home with a door
    "T": [*_HOUSE, ("rect", 10, 15, 4, 6)],
    # U: a globe
    "U": [("circle", 12, 12, 9), ("ellipse", 12, 12, 4, 9), ("line", 3, 12, 21, 12)],
}

SUPPORT_PICTOGRAMS = {
    # two people side by side, one smaller
    "accompanying_person": [
        ("circle", 8, 7, 3),
        ("arc", 8, 21, 6, 180, 360),
        ("circle", 17, 9, 2.5),
        ("arc", 17, 21, 4.5, 180, 360),
    ],
    # a map pin
    "preparatory_visit": [
        ("circle", 12, 9, 3),
        ("arc", 12, 9, 7, 150, 390),
        ("line", 5.94, 12.5, 12, 21),
        ("line", 18.06, 12.5, 12, 21),
    ],
    # a person and a tick
    "reinforced_mentoring": [*_PERSON, ("poly", [(14, 11), (17, 14), (22, 8)])],
    # a speech bubble with lines of text
    "language_preparation": [
        ("shape", [(3, 4), (21, 4), (21, 15), (11, 15), (6, 20), (6, 15), (3, 15)]),
        ("line", 7, 8, 17, 8),
        ("line", 7, 11, 14, 11),
    ],
    # an open book
    "cultural_preparation": [
        ("shape", [(12, 6), (3, 4), (3, 18), (12, 20), (21, 18), (21, 4)]),
        ("line", 12, 6, 12, 20),
    ],
    # a wheelchair user
    "accessible_workplace": [
        ("circle", 11, 4, 2),
        ("poly", [(11, 7), (11, 13), (17, 13), (19, 19)]),
        ("line", 11, 9, 16, 9),
        ("arc", 10, 16, 5, 200, 500),
    ],
    # a small house with a ramp
    "adapted_accommodation": [
        ("poly", [(2, 11), (10, 3), (18, 11)]),
        ("poly", [(4, 9), (4, 18), (16, 18), (16, 9)]),
        ("line", 16, 18, 22, 21),
        ("line", 2, 21, 22, 21),
    ],
    # an aeroplane
    "travel_arranged": [
        (
            "shape",
            [
                (12, 2),
                (13.5, 4),
                (13.5, 9),
                (21, 14),
                (21, 16),
                (13.5, 13),
                (13.5, 18),
                (16, 20),
                (16, 21.5),
                (12, 20.5),
                (8, 21.5),
                (8, 20),
                (10.5, 18),
                (10.5, 13),
                (3, 16),
                (3, 14),
                (10.5, 9),
                (10.5, 4),
            ],
        )
    ],
    # a bed
    "accommodation_arranged": [
        ("line", 3, 6, 3, 19),
        ("poly", [(3, 15), (21, 15), (21, 19)]),
        ("circle", 7, 12, 2),
        ("poly", [(11, 15), (11, 10), (18, 10), (21, 13), (21, 15)]),
    ],
    # a banknote
    "financial_allowance": [
        ("rect", 2, 6, 20, 12),
        ("circle", 12, 12, 3),
        ("dot", 5.5, 9.5, 1),
        ("dot", 18.5, 14.5, 1),
    ],
    # a smiling face
    "local_buddy": [("circle", 12, 12, 9), ("dot", 9, 10, 1), ("dot", 15, 10, 1), ("arc", 12, 12, 5, 30, 150)],
}

WAY_PICTOGRAMS = {
    "browse": [("circle", 10, 10, 6), ("line", 14.5, 14.5, 21, 21)],
    "match": [("circle", 12, 12, 9), ("circle", 12, 12, 5), ("dot", 12, 12, 1.5)],
    "passport": [("rect", 5, 3, 14, 18), ("circle", 12, 10, 3), ("line", 8, 17, 16, 17)],
}

GENERIC = [("circle", 12, 12, 9), ("dot", 12, 12, 2)]

PICTOGRAMS = {
    **{f"sector-{code}": shapes for code, shapes in SECTOR_PICTOGRAMS.items()},
    "sector-other": GENERIC,
    **{f"support-{code}": shapes for code, shapes in SUPPORT_PICTOGRAMS.items()},
    "support-other": GENERIC,
    **{f"way-{code}": shapes for code, shapes in WAY_PICTOGRAMS.items()},
}

KINDS = {"sector": vocab.SECTORS, "support": vocab.SUPPORT, "way": [(code, code) for code in WAY_PICTOGRAMS]}


def symbol_id(kind, code):
    """The sprite's symbol id for a code of ``kind`` (``sector``, ``support`` or ``way``)."""
    name = f"{kind}-{code}"
    if name in PICTOGRAMS:
        return name
    return f"{kind}-other" if f"{kind}-other" in PICTOGRAMS else "sector-other"


# --- SVG ---------------------------------------------------------------------------


def _n(value):
    """A coordinate as short as SVG allows (``12``, ``6.8``)."""
    return f"{round(value, 2):g}"


def _arc_points(cx, cy, r, start, end):
    x1, y1 = cx + r * math.cos(math.radians(start)), cy + r * math.sin(math.radians(start))
    x2, y2 = cx + r * math.cos(math.radians(end)), cy + r * math.sin(math.radians(end))
    return x1, y1, x2, y2


def _svg_element(shape):
    kind, *args = shape
    if kind == "line":
        x1, y1, x2, y2 = args
        return f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}"/>'
    if kind in ("poly", "shape"):
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in args[0])
        return f'<{"polyline" if kind == "poly" else "polygon"} points="{points}"/>'
    if kind == "rect":
        x, y, w, h = args
        return f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" rx="1"/>'
    if kind == "circle":
        cx, cy, r = args
        return f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}"/>'
    if kind == "ellipse":
        cx, cy, rx, ry = args
        return f'<ellipse cx="{_n(cx)}" cy="{_n(cy)}" rx="{_n(rx)}" ry="{_n(ry)}"/>'
    if kind == "dot":
        cx, cy, r = args
        return f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}" fill="currentColor" stroke="none"/>'
    if kind == "arc":
        cx, cy, r, start, end = args
        x1, y1, x2, y2 = _arc_points(cx, cy, r, start, end)
        large = 1 if (end - start) % 360 > 180 else 0
        return f'<path d="M{_n(x1)} {_n(y1)}A{_n(r)} {_n(r)} 0 {large} 1 {_n(x2)} {_n(y2)}"/>'
    raise ValueError(f"unknown pictogram primitive {kind!r}")


def sprite():
    """The SVG sprite: one ``<symbol>`` per pictogram, strokes in ``currentColor``."""
    symbols = []
    for name, shapes in PICTOGRAMS.items():
        body = "".join(_svg_element(shape) for shape in shapes)
        symbols.append(
            f'  <symbol id="{name}" viewBox="0 0 {GRID} {GRID}" fill="none" stroke="currentColor"'
            f' stroke-width="{STROKE}" stroke-linecap="round" stroke-linejoin="round">{body}</symbol>'
        )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg">\n'
        "  <!-- Written by home/pictograms.py (python -m home.pictograms): edit the drawings there. -->\n"
        + "\n".join(symbols)
        + "\n</svg>\n"
    )


# --- Pillow ------------------------------------------------------------------------


def draw(canvas, name, left, top, size, colour):
    """Draw pictogram ``name`` on a Pillow ``ImageDraw`` in a ``size``-pixel square at (left, top)."""
    scale = size / GRID
    width = max(1, round(STROKE * scale))
    half = width / 2

    def at(x, y):
        return left + x * scale, top + y * scale

    def cap(x, y):  # round line caps and joins
        px, py = at(x, y)
        canvas.ellipse((px - half, py - half, px + half, py + half), fill=colour)

    for kind, *args in PICTOGRAMS[name]:
        if kind == "line":
            x1, y1, x2, y2 = args
            canvas.line([at(x1, y1), at(x2, y2)], fill=colour, width=width)
            points = [(x1, y1), (x2, y2)]
        elif kind in ("poly", "shape"):
            points = list(args[0]) + ([args[0][0]] if kind == "shape" else [])
            canvas.line([at(x, y) for x, y in points], fill=colour, width=width, joint="curve")
        elif kind == "rect":
            x, y, w, h = args
            canvas.rounded_rectangle((*at(x, y), *at(x + w, y + h)), radius=scale, outline=colour, width=width)
            points = []
        elif kind in ("circle", "ellipse", "dot"):
            if kind == "ellipse":
                cx, cy, rx, ry = args
            else:
                cx, cy, rx = args
                ry = rx
            box = (*at(cx - rx, cy - ry), *at(cx + rx, cy + ry))
            if kind == "dot":
                canvas.ellipse(box, fill=colour)
            else:
                # Pillow strokes inside the box; widen it by half a stroke to centre it as SVG does.
                box = (box[0] - half, box[1] - half, box[2] + half, box[3] + half)
                canvas.ellipse(box, outline=colour, width=width)
            points = []
        elif kind == "arc":
            cx, cy, r, start, end = args
            box = (*at(cx - r, cy - r), *at(cx + r, cy + r))
            box = (box[0] - half, box[1] - half, box[2] + half, box[3] + half)
            canvas.arc(box, start, end, fill=colour, width=width)
            x1, y1, x2, y2 = _arc_points(cx, cy, r, start, end)
            points = [(x1, y1), (x2, y2)]
        else:
            raise ValueError(f"unknown pictogram primitive {kind!r}")
        for x, y in points:
            cap(x, y)


def write_sprite(path=SPRITE_PATH):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(sprite(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_sprite())
