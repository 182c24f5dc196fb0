"""The client address behind 0, 1 or 2 trusted proxies, and a forged left-most X-Forwarded-For."""

import pytest
from django.test import RequestFactory, override_settings

from home.clientip import client_address
from home.ratelimit import is_rate_limited

rf = RequestFactory()


def request(forwarded=None, remote="10.0.0.2"):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.get("/", **extra)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, None, "10.0.0.2"),
        (0, "203.0.113.7", "10.0.0.2"),  # no proxy trusted: the header is anybody's
        (1, "203.0.113.7", "203.0.113.7"),  # nginx appended the client
        (1, None, "10.0.0.2"),
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # forged left-most entry ignored
        (1, "6.6.6.6,7.7.7.7 , 203.0.113.7", "203.0.113.7"),
        (2, "203.0.113.7, 10.0.0.9", "203.0.113.7"),  # CDN then nginx
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.9", "203.0.113.7"),
        (2, "203.0.113.7", "10.0.0.2"),  # fewer entries than proxies: not believed
        (1, "not-an-address", "10.0.0.2"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_address_taken_that_many_hops_from_the_right(proxies, forwarded, expected):
    with override_settings(PATHWAY_TRUSTED_PROXIES=proxies):
        assert client_address(request(forwarded)) == expected


@override_settings(PATHWAY_TRUSTED_PROXIES=1, PATHWAY_RATELIMIT_ENABLED=True)
def test_a_forged_left_most_entry_does_not_escape_the_rate_limit():
    outcomes = [
        is_rate_limited(request(f"198.51.100.{index}, 203.0.113.7"), "resilience-test", 5, 600) for index in range(12)
    ]
    assert outcomes[:5] == [False] * 5
    assert all(outcomes[5:])
