"""The production settings read the number of trusted proxies (home.clientip uses it)."""


def test_production_reads_the_number_of_proxies(monkeypatch):
    import importlib

    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "example.org")
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://example.org")
    monkeypatch.setenv("TRUSTED_PROXIES", "2")
    from pathway.settings import production

    assert importlib.reload(production).PATHWAY_TRUSTED_PROXIES == 2
    monkeypatch.delenv("TRUSTED_PROXIES")
    monkeypatch.setenv("TRUST_X_FORWARDED_FOR", "1")  # the older switch means one proxy
    assert importlib.reload(production).PATHWAY_TRUSTED_PROXIES == 1
