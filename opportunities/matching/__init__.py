"""Matching: ranked opportunities for a trainee's profile and needs, with reasons.

``engine`` is the pure-Python scoring core; ``models.MatchEntry`` is the
denormalised table candidates come from (kept current by ``signals``);
``query`` selects candidates in SQL; ``service`` ties them together for the
view (``/<lang>/match/``), the JSON API (``POST /api/match/``) and the benchmark.
Nothing a trainee enters is stored, logged, cached or put in a URL.

The chosen destinations are a filter (``include_other_countries`` lists the
others after them); one score orders the whole page and nothing under
``engine.MATCH_THRESHOLD`` is listed. The form and the API share one field
vocabulary, described by ``schema/request.json`` and ``schema/response.json``.
``golden/profiles.yaml`` holds what youth workers expect for 30-odd trainees;
``manage.py eval_matching`` (``make eval``) checks it (``evaluation``).

A Django app of its own (``apps.MatchingConfig``, label ``matching``): its table,
migrations, URLs (``urls``), templates (``matching/``), static files and the
``rebuild_match_index`` and ``eval_matching`` commands live here, and ``ready()`` connects the signals.
It depends on opportunities; opportunities never imports it.
"""
