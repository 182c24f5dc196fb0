"""The map of Europe: host countries coloured by their number of open placements.

The drawing is ``home/map/europe_map.json``, made once by ``home/map/draw_map.mjs`` from
Natural Earth data and committed (the site never runs Node; see that script to redraw it).
:func:`europe_map` turns ``{country code: count}`` into what
``home/templates/home/includes/europe_map.html`` draws: each host country's path, its class
step, its label in the active language and its link to the filtered listing, a legend, and
the same figures as a list. Any page can draw it: the home page passes the open placements of
its language, the statistics page whatever it counts.
"""

import json
from functools import lru_cache
from math import ceil
from pathlib import Path

from django.utils import translation

from home import vocabularies as vocab
from home.collation import sort_key

DRAWING = Path(__file__).resolve().parent / "map" / "europe_map.json"
STEPS = 4  # colour classes for countries with at least one placement (CSS: .europe-map__step-1 ... -4)


@lru_cache(maxsize=1)
def drawing():
    """The committed drawing: ``viewBox``, ``countries`` (``code``, ``area``, ``label`` [x, y], ``d``) and ``context``."""
    return json.loads(DRAWING.read_text(encoding="utf-8"))


def steps(highest, count=STEPS):
    """Upper bounds of the colour classes for counts from 1 to ``highest``: equal intervals,
    fewer classes when there are fewer distinct values (``steps(2) == [1, 2]``)."""
    if highest <= 0:
        return []
    bounds = []
    for index in range(1, count + 1):
        bound = ceil(highest * index / count)
        if not bounds or bound > bounds[-1]:
            bounds.append(bound)
    return bounds


def step_of(value, bounds, count=STEPS):
    """The colour class of ``value`` given the classes' upper ``bounds``: 0 for no placement, and
    ``count`` (the darkest) for the highest, also when there are fewer classes than ``count``."""
    if value <= 0:
        return 0
    offset = count - len(bounds)
    for index, bound in enumerate(bounds, start=1):
        if value <= bound:
            return index + offset
    return count


def europe_map(counts, listing_url, language=None):
    """What the map template draws, for ``counts`` (``{alpha-2 code: number}``; other codes and
    zeros are ignored) and the listing the countries link to (``?country=XX`` is appended)."""
    language = language or translation.get_language() or "en"
    known = set(vocab.codes(vocab.COUNTRIES))
    counts = {code: int(number) for code, number in counts.items() if code in known and number}
    bounds = steps(max(counts.values(), default=0))
    with translation.override(language):
        labels = {code: str(label) for code, label in vocab.COUNTRIES}
    countries = []
    for shape in drawing()["countries"]:
        code = shape["code"]
        count = counts.get(code, 0)
        countries.append(
            {
                "code": code,
                "name": labels[code],
                "d": shape["d"],
                "area": shape["area"],
                "x": shape["label"][0],
                "y": shape["label"][1],
                "count": count,
                "step": step_of(count, bounds),
                "url": f"{listing_url}?country={code}" if count else "",
            }
        )
    shown = [country for country in countries if country["count"]]
    low = 1
    legend = []
    for bound in bounds:
        legend.append({"step": step_of(bound, bounds), "low": low, "high": bound})
        low = bound + 1
    return {
        "view_box": drawing()["viewBox"],
        "context": drawing()["context"],
        "blank": [country for country in countries if not country["count"]],
        # Linked countries are drawn after the others, largest first, so that the small ones
        # (and their counts) lie on top.
        "linked": sorted(shown, key=lambda country: -country["area"]),
        "legend": legend,
        "list": sorted(shown, key=lambda country: sort_key(country["name"], language)),
        "total": sum(counts.values()),
    }
