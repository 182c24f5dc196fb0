"""The golden-set evaluation: metrics on known small cases, the set file's checks, the command."""

import pytest
from django.core.management import CommandError, call_command

from opportunities.factories import OpportunityPageFactory
from search import evaluation
from search.evaluation import GoldenQuery, recall_at, reciprocal_rank, summarise


def test_recall_and_reciprocal_rank_on_a_known_case():
    found = ["a", "x", "b", "y", "z", "q", "r", "s", "t", "u", "c"]
    assert recall_at(found, ["a", "b", "c"]) == pytest.approx(2 / 3)  # "c" is 11th: not in the first ten
    assert reciprocal_rank(found, ["b", "c"]) == pytest.approx(1 / 3)
    assert reciprocal_rank(found, ["c"]) == 0.0
    assert recall_at([], ["a"]) == 0.0


def test_summary_per_language_with_and_without_typos():
    runs = [
        (GoldenQuery("en", "baker", ("a", "b")), ["a", "b"]),  # recall 1, RR 1
        (GoldenQuery("en", "bakre", ("a",), typo=True), ["x", "a"]),  # recall 1, RR 1/2
        (GoldenQuery("de", "Bäcker", ("a", "b")), ["x", "y", "b"]),  # recall 1/2, RR 1/3
    ]
    rows = {row["language"]: row for row in summarise(runs, ["en", "de", "fr"])}
    assert set(rows) == {"en", "de", "all"}  # a language without queries has no row
    assert rows["en"]["recall"] == pytest.approx(1.0)
    assert rows["en"]["mrr"] == pytest.approx(0.75)
    assert rows["en"]["mrr_clean"] == pytest.approx(1.0)
    assert rows["en"]["typos"] == 1
    assert rows["de"]["recall"] == pytest.approx(0.5)
    assert rows["all"]["recall"] == pytest.approx(2.5 / 3)
    assert rows["all"]["mrr_clean"] == pytest.approx((1 + 1 / 3) / 2)
    table = evaluation.markdown(list(rows.values()), "sqlite")
    assert "| en | 2 | 1 | 1.00 | 0.75 | 1.00 | 1.00 |" in table


@pytest.mark.parametrize(
    "text",
    [
        "queries: []\n",
        "- just a list\n",
        "queries:\n- {lang: xx, q: baker, expect: [a]}\n",
        "queries:\n- {lang: en, q: '', expect: [a]}\n",
        "queries:\n- {lang: en, q: baker, expect: []}\n",
        "queries:\n- {lang: en, q: baker, expect: [a, b, c, d, e, f, g, h, i, j, k]}\n",
        "queries:\n- {lang: en, q: baker, expect: [a], typo: maybe}\n",
        "queries:\n- {lang: en, q: baker, expect: [a], weight: 2}\n",
        "queries: [unclosed\n",
    ],
)
def test_an_invalid_set_is_refused(tmp_path, text):
    path = tmp_path / "queries.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(evaluation.GoldenSetError):
        evaluation.load(path, ["en", "de"])
    with pytest.raises(CommandError):
        call_command("eval_search", "--set", str(path))


def test_the_repository_set_is_valid_and_covers_six_languages(settings):
    queries = evaluation.load(languages=[code for code, _name in settings.LANGUAGES])
    assert len(queries) >= 60
    assert {q.language for q in queries} == {"en", "de", "es", "it", "pl", "fr"}
    assert any(q.typo for q in queries)


@pytest.mark.django_db
def test_the_command_runs_the_site_search(tmp_path, settings, sections, capsys):
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**config, "AUTO_UPDATE": True} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    OpportunityPageFactory(parent=sections["DE"], title="Apprentice baker", slug="bakery-apprentice-de")
    OpportunityPageFactory(parent=sections["ES"], title="Warehouse helper", slug="warehouse-assistant-es")
    path = tmp_path / "queries.yaml"
    path.write_text(
        "queries:\n"
        "- {lang: en, q: baker, expect: [bakery-apprentice-de]}\n"
        "- {lang: en, q: warehouse, expect: [warehouse-assistant-es, missing-page]}\n"
        "- {lang: en, q: qwrtzp, typo: true, expect: [bakery-apprentice-de]}\n",
        encoding="utf-8",
    )
    call_command("eval_search", "--set", str(path), "--misses")
    out = capsys.readouterr().out
    # recall: (1 + 1/2 + 0) / 3 = 0.50; MRR (1 + 1 + 0) / 3 = 0.67; without the typo 0.75 and 1.00
    assert "| en | 3 | 1 | 0.50 | 0.67 | 0.75 | 1.00 |" in out
    assert "database: sqlite" in out or "database: postgresql" in out
    assert "missing missing-page" in out
