"""A small, bounded HTTP load generator for loopback servers (no third-party tool).

Each worker thread keeps one HTTP/1.1 connection open and sends requests until
the total count or the time limit is reached. Only 127.0.0.1 is allowed.
"""

import http.client
import itertools
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

ALLOWED_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Result:
    name: str
    latencies_ms: list = field(default_factory=list)
    errors: int = 0
    statuses: dict = field(default_factory=dict)
    elapsed_s: float = 0.0

    @property
    def count(self):
        return len(self.latencies_ms)

    def percentile(self, p):
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
        return ordered[index]

    @property
    def p50(self):
        return statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")

    @property
    def p95(self):
        return self.percentile(95)

    @property
    def rps(self):
        return self.count / self.elapsed_s if self.elapsed_s else 0.0

    def as_dict(self):
        return {
            "name": self.name,
            "requests": self.count,
            "errors": self.errors,
            "p50_ms": round(self.p50, 2),
            "p95_ms": round(self.p95, 2),
            "rps": round(self.rps, 1),
            "statuses": self.statuses,
        }


def run(name, base_url, requests, total=200, concurrency=4, max_seconds=30.0, expect=(200,), min_requests=0):
    """Send ``total`` requests (cycling through ``requests``: (method, path, body, headers)).

    Stops at ``total`` requests, or after ``max_seconds`` once ``min_requests`` have been sent:
    ``total=None`` measures a fixed window of time, which a fast row needs (60 static files take
    30 ms, too short a window for a throughput).
    """
    parts = urlsplit(base_url)
    if parts.hostname not in ALLOWED_HOSTS:
        raise ValueError("The load generator only targets servers on this machine (loopback).")
    result = Result(name)
    lock = threading.Lock()
    counter = itertools.count() if total is None else iter(range(total))
    deadline = time.monotonic() + max_seconds

    def worker():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        while True:
            with lock:
                number = next(counter, None)
            if number is None or (number >= min_requests and time.monotonic() >= deadline):
                break
            method, path, body, headers = requests[number % len(requests)]
            started = time.perf_counter()
            try:
                connection.request(method, path, body=body, headers=headers or {})
                response = connection.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            except (OSError, http.client.HTTPException):
                status = "error"
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                result.statuses[str(status)] = result.statuses.get(str(status), 0) + 1
                if status in expect:
                    result.latencies_ms.append(elapsed)
                else:
                    result.errors += 1
        connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.elapsed_s = time.monotonic() - started
    return result
