"""Paths, Chromium's flags and helpers shared by the browser tests."""

import pathlib

BROWSER_DIR = pathlib.Path(__file__).resolve().parent
PROJECT_DIR = BROWSER_DIR.parents[1]
CHROMIUM = pathlib.Path("/usr/bin/chromium")
NODE_MODULES = BROWSER_DIR / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
SCREENSHOTS = PROJECT_DIR / "var" / "screenshots"
SKIP_MESSAGE = "browser tests skipped: install Debian's chromium and run `npm ci --prefix tests/browser` (see README)"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def in_thread(function, *args):
    """Run ``function(*args)`` in a worker thread (where Django may use the database) and return its result."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections

    def call():
        try:
            return function(*args)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(call).result()
