"""The search golden set: queries trainees type, and the pages each must find in the first ten.

``search/golden/queries.yaml`` holds the set; ``manage.py eval_search`` runs it through the
same code as ``/<lang>/search/`` (``search.query``) and prints recall@10 and mean reciprocal
rank per language, with and without the queries marked ``typo: true``. Pages are named by
their slug, which is the same in every language (opportunities: ``<role>-<country>`` of
``opportunities/demo/opportunities.yaml``; organisations: the ``slug`` of
``enterprises/demo/enterprises.yaml``).
"""

from dataclasses import dataclass
from pathlib import Path

import yaml

GOLDEN_SET = Path(__file__).parent / "golden" / "queries.yaml"
CUTOFF = 10


class GoldenSetError(ValueError):
    """The golden set file is not what this module expects."""


@dataclass(frozen=True)
class GoldenQuery:
    language: str
    query: str
    expect: tuple
    typo: bool = False


def load(path=GOLDEN_SET, languages=None):
    """The golden queries of ``path``; GoldenSetError when the file is invalid."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GoldenSetError(f"{path}: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("queries"), list) or not data["queries"]:
        raise GoldenSetError(f"{path}: expected a mapping with a non-empty list 'queries'")
    queries = []
    for number, entry in enumerate(data["queries"], start=1):
        where = f"{path}, query {number}"
        if not isinstance(entry, dict):
            raise GoldenSetError(f"{where}: expected a mapping")
        unknown = set(entry) - {"lang", "q", "expect", "typo", "note"}
        if unknown:
            raise GoldenSetError(f"{where}: unknown keys {sorted(unknown)}")
        language, text, expect = entry.get("lang"), entry.get("q"), entry.get("expect")
        if not isinstance(language, str) or (languages is not None and language not in languages):
            raise GoldenSetError(f"{where}: 'lang' must be one of {sorted(languages or [])}")
        if not isinstance(text, str) or not text.strip():
            raise GoldenSetError(f"{where}: 'q' must be a non-empty string")
        if (
            not isinstance(expect, list)
            or not 1 <= len(expect) <= CUTOFF
            or not all(isinstance(key, str) and key for key in expect)
        ):
            raise GoldenSetError(f"{where}: 'expect' must list 1 to {CUTOFF} page slugs")
        if not isinstance(entry.get("typo", False), bool):
            raise GoldenSetError(f"{where}: 'typo' must be true or false")
        queries.append(GoldenQuery(language, text.strip(), tuple(dict.fromkeys(expect)), entry.get("typo", False)))
    return queries


def recall_at(found, expected, cutoff=CUTOFF):
    """Share of ``expected`` keys among the first ``cutoff`` of ``found``."""
    top = set(found[:cutoff])
    return sum(1 for key in expected if key in top) / len(expected)


def reciprocal_rank(found, expected, cutoff=CUTOFF):
    """1 / the rank of the first expected key in the first ``cutoff`` of ``found``; 0 if none."""
    wanted = set(expected)
    for rank, key in enumerate(found[:cutoff], start=1):
        if key in wanted:
            return 1 / rank
    return 0.0


def _mean(values):
    return sum(values) / len(values) if values else None


def summarise(runs, languages):
    """``runs``: [(GoldenQuery, found keys)] -> rows per language and "all", with and without typos."""
    rows = []
    for language in [*languages, "all"]:
        mine = [(q, found) for q, found in runs if language == "all" or q.language == language]
        if not mine:
            continue
        clean = [(q, found) for q, found in mine if not q.typo]
        rows.append(
            {
                "language": language,
                "queries": len(mine),
                "typos": len(mine) - len(clean),
                "recall": _mean([recall_at(found, q.expect) for q, found in mine]),
                "mrr": _mean([reciprocal_rank(found, q.expect) for q, found in mine]),
                "recall_clean": _mean([recall_at(found, q.expect) for q, found in clean]),
                "mrr_clean": _mean([reciprocal_rank(found, q.expect) for q, found in clean]),
            }
        )
    return rows


def _figure(value):
    return "–" if value is None else f"{value:.2f}"


def markdown(rows, vendor):
    lines = [
        f"Search golden set, database: {vendor}, first {CUTOFF} results",
        "",
        "| language | queries | typos | recall@10 | MRR | recall@10 without typos | MRR without typos |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['language']} | {row['queries']} | {row['typos']} | {_figure(row['recall'])} | "
            f"{_figure(row['mrr'])} | {_figure(row['recall_clean'])} | {_figure(row['mrr_clean'])} |"
        )
    return "\n".join(lines)


def run_query(golden_query, locales):
    """The slugs of the first CUTOFF results of ``golden_query``, through the site search."""
    from . import query as site_search

    results, _facets = site_search.search(locales[golden_query.language], site_search.clean_query(golden_query.query))
    return [page.slug for page in results[0:CUTOFF]]
