"""Matching: ranked opportunities for a trainee's profile and needs, with reasons.

``engine`` is the pure-Python scoring core; ``models.MatchEntry`` is the
denormalised table candidates come from (kept current by ``signals``);
``query`` selects candidates in SQL; ``service`` ties them together for the
view (``/<lang>/match/``), the JSON API (``POST /api/match/``) and the benchmark.
Nothing a trainee enters is stored, logged, cached or put in a URL.
"""
