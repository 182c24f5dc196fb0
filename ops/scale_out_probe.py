"""The HTTP checks of ops/scale-out-check.sh: two app servers behind one nginx behave as one site.

Standard library only; run by the script once nginx and both gunicorns answer. Reads its
addresses and the editor's credentials from the environment the script sets. Prints one line
per check (PASS/FAIL) and exits 1 when any failed.

The app servers run the production settings on plain http (the TLS proxy is left out), so their
cookies carry ``Secure``: this client keeps cookies itself, as a browser behind TLS would.
Requests sent straight to one app server carry the public ``Host`` (nginx's), as nginx's own do,
so that they share the page cache's keys.
"""

import hashlib
import hmac
import http.client
import json
import os
import re
import struct
import sys
import time
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode

NGINX = os.environ["SCALEOUT_NGINX"]  # 127.0.0.1:18080, also the public host
APP_A = os.environ["SCALEOUT_APP_A"]
APP_B = os.environ["SCALEOUT_APP_B"]
ORIGIN = f"http://{NGINX}"
USERNAME = os.environ["SCALEOUT_USERNAME"]
PASSWORD = os.environ["SCALEOUT_PASSWORD"]
TOTP_KEY = os.environ["SCALEOUT_TOTP_KEY"]  # hex, as django-otp's TOTPDevice stores it
HOME_PAGE_ID = int(os.environ["SCALEOUT_HOME_PAGE_ID"])
HOME_PATH = os.environ["SCALEOUT_HOME_PATH"]
ALERT_LIMIT = int(os.environ["SCALEOUT_ALERT_LIMIT"])
ALERT_WINDOW = int(os.environ["SCALEOUT_ALERT_WINDOW"])
MEDIA_PROBE = os.environ["SCALEOUT_MEDIA_PROBE"]  # a file the script wrote into MEDIA_ROOT
GUNICORN_LOGS = os.environ["SCALEOUT_GUNICORN_LOGS"].split(",")

failures = []


def check(name, ok, detail=""):
    print(f"  {'PASS' if ok else 'FAIL'}  {name}{f'  ({detail})' if detail else ''}", flush=True)
    if not ok:
        failures.append(name)
    return ok


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def header(self, name):
        return self.headers.get(name)


class Browser:
    """A client with its own cookies, sending every request to the server it is told."""

    def __init__(self):
        self.cookies = {}

    def request(self, server, method, path, data=None, headers=None, cookies=True):
        connection = http.client.HTTPConnection(server, timeout=30)
        sent = {"Host": NGINX, "User-Agent": "pathway-scale-out-check", "Accept-Language": "en"}
        if cookies and self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        try:
            connection.request(method, path, body=body, headers=sent)
            raw = connection.getresponse()
            response = Response(raw.status, raw.headers, raw.read())
        finally:
            connection.close()
        if cookies:
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    if morsel["max-age"] == "0" or not morsel.value:
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = morsel.value
        return response

    def get(self, server, path, **kwargs):
        return self.request(server, "GET", path, **kwargs)

    def post(self, server, path, data, referer=None, **kwargs):
        headers = {"Origin": ORIGIN, "Referer": f"{ORIGIN}{referer or path}"}
        return self.request(server, "POST", path, data=data, headers=headers, **kwargs)


def anonymous_get(server, path):
    return Browser().get(server, path, cookies=False)


def totp(hex_key, step=30, digits=6):
    """RFC 6238, as django-otp's TOTPDevice computes it (SHA-1, t0 = 0)."""
    counter = struct.pack(">Q", int(time.time()) // step)
    digest = hmac.new(bytes.fromhex(hex_key), counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 10**digits
    return str(code).zfill(digits)


class FormParser(HTMLParser):
    """The fields of one form (by id) as a browser would submit them, plus the StreamField
    states that Wagtail renders for its JavaScript (``data-w-block-arguments-value``)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.streams = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "div" and "data-w-block-arguments-value" in attrs and attrs.get("id"):
            self.streams[attrs["id"]] = json.loads(attrs["data-w-block-arguments-value"])[0]
        elif tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind in ("checkbox", "radio") else "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select = [name, [], None]
        elif tag == "option" and self._select is not None:
            value = attrs.get("value", "")
            if self._select[2] is None:
                self._select[2] = value
            if "selected" in attrs:
                self._select[1].append(value)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            value = self._textarea[1]
            self.fields.append((self._textarea[0], value[1:] if value.startswith("\n") else value))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            name, selected, first = self._select
            for value in selected or ([first] if first is not None else []):
                self.fields.append((name, value))
            self._select = None


def stream_fields(prefix, state):
    """A StreamField's form state as the POST fields its JavaScript would send."""
    if isinstance(state, list):  # StreamBlock children carry a type; ListBlock ones do not
        yield f"{prefix}-count", str(len(state))
        for index, child in enumerate(state):
            item = f"{prefix}-{index}"
            yield f"{item}-deleted", ""
            yield f"{item}-order", str(index)
            yield f"{item}-id", child.get("id") or ""
            if "type" in child:
                yield f"{item}-type", child["type"]
            yield from stream_fields(f"{item}-value", child["value"])
    elif isinstance(state, dict):
        if "id" in state and ("edit_url" in state or "preview" in state):  # a chooser (image, page ...)
            yield prefix, str(state["id"])
        else:  # a StructBlock
            for name, value in state.items():
                yield from stream_fields(f"{prefix}-{name}", value)
    elif state is None:
        yield prefix, ""
    elif isinstance(state, bool):
        if state:
            yield prefix, "on"
    else:
        yield prefix, str(state)


def csrf_token(html):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1) if match else ""


def hero_heading(html):
    match = re.search(r'name="hero_heading"[^>]*value="([^"]*)"', html) or re.search(
        r'value="([^"]*)"[^>]*name="hero_heading"', html
    )
    return match.group(1) if match else None


# --- a. health, round robin, static and media files -----------------------------------------
def check_servers():
    print("a. Both app servers answer, nginx balances them and serves the files itself")
    for label, server in (("A", APP_A), ("B", APP_B)):
        response = anonymous_get(server, "/health/")
        check(f"/health/ on server {label} ({server}) directly: 200", response.status == 200, response.text.strip())
    upstreams = set()
    for _ in range(4):
        response = anonymous_get(NGINX, "/health/")
        check(f"/health/ via nginx: 200 from {response.header('X-Upstream')}", response.status == 200)
        upstreams.add(response.header("X-Upstream"))
    check(
        "nginx balances between both servers (round robin)", upstreams == {APP_A, APP_B}, ", ".join(sorted(upstreams))
    )

    page = anonymous_get(NGINX, HOME_PATH)
    check(f"{HOME_PATH} via nginx: 200", page.status == 200, f"from {page.header('X-Upstream')}")
    stylesheets = re.findall(r'href="(/static/[^"]+\.css)"', page.text)
    if not check("the page links a stylesheet under /static/", bool(stylesheets)):
        return
    path = stylesheets[0]
    static = anonymous_get(NGINX, path)
    check(
        f"{path} via nginx: 200, served by nginx itself",
        static.status == 200 and static.header("X-Served-By") == "nginx-static" and not static.header("X-Upstream"),
        f"X-Served-By={static.header('X-Served-By')}, Cache-Control={static.header('Cache-Control')}",
    )
    gzipped = Browser().get(NGINX, path, headers={"Accept-Encoding": "gzip"}, cookies=False)
    check(
        "the compressed copy collectstatic made is sent as it is (gzip_static)",
        gzipped.status == 200 and gzipped.header("Content-Encoding") == "gzip",
        f"Content-Encoding={gzipped.header('Content-Encoding')}",
    )
    media = anonymous_get(NGINX, MEDIA_PROBE)
    check(
        f"{MEDIA_PROBE} via nginx: 200, served by nginx itself",
        media.status == 200 and media.header("X-Served-By") == "nginx-media" and not media.header("X-Upstream"),
    )
    logged = [log for log in GUNICORN_LOGS if any(path in line or MEDIA_PROBE in line for line in open(log))]
    check("neither gunicorn saw a /static/ or /media/ request", not logged, ", ".join(logged))


# --- d. one session on both servers -----------------------------------------------------------
def sign_in_on_a():
    print("d. A session made on server A is valid on server B")
    editor = Browser()
    login = editor.get(APP_A, "/account/login/?next=/admin/")
    check("A: the two-factor login form", login.status == 200 and "auth-username" in login.text, f"{login.status}")
    step = editor.post(
        APP_A,
        "/account/login/?next=/admin/",
        {
            "csrfmiddlewaretoken": csrf_token(login.text),
            "login_view-current_step": "auth",
            "auth-username": USERNAME,
            "auth-password": PASSWORD,
        },
    )
    check("A: password accepted, the second factor asked", step.status == 200 and "token-otp_token" in step.text)
    done = editor.post(
        APP_A,
        "/account/login/?next=/admin/",
        {
            "csrfmiddlewaretoken": csrf_token(step.text) or editor.cookies.get("csrftoken", ""),
            "login_view-current_step": "token",
            "token-otp_token": totp(TOTP_KEY),
        },
    )
    check(
        "A: TOTP code accepted, signed in (302 to /admin/)",
        done.status == 302 and done.header("Location") == "/admin/" and "sessionid" in editor.cookies,
        f"{done.status} -> {done.header('Location')}",
    )
    for label, server in (("A", APP_A), ("B", APP_B)):
        admin = editor.get(server, "/admin/")
        check(
            f"{label}: the same session cookie opens the admin dashboard (200, not a redirect to the login)",
            admin.status == 200 and "/admin/logout/" in admin.text,
            f"{admin.status} {admin.header('Location') or ''}".strip(),
        )
    stranger = Browser().get(APP_B, "/admin/", cookies=False)
    check(
        "B: without the cookie, /admin/ sends to the login (the check above means something)",
        stranger.status == 302 and "login" in (stranger.header("Location") or ""),
        f"{stranger.status} -> {stranger.header('Location')}",
    )
    return editor


# --- b. a publish on A is seen at once on B through the shared page cache ------------------------
def publish_through_a(editor):
    print("b. A change published on server A is served at once by server B (shared page cache)")
    first = anonymous_get(APP_B, HOME_PATH)
    second = anonymous_get(APP_B, HOME_PATH)
    check(
        f"B: {HOME_PATH} anonymously, cached (X-Cache {first.header('X-Cache')} then {second.header('X-Cache')})",
        first.status == 200 and second.status == 200 and second.header("X-Cache") == "HIT",
    )
    on_a = anonymous_get(APP_A, HOME_PATH)
    check(
        f"A: the entry B cached is a HIT on A too (X-Cache {on_a.header('X-Cache')})", on_a.header("X-Cache") == "HIT"
    )

    edit_path = f"/admin/pages/{HOME_PAGE_ID}/edit/"
    edit = editor.get(APP_A, edit_path)
    old = hero_heading(edit.text)
    if not check(f"A: the page editor {edit_path} (200)", edit.status == 200 and old is not None, f"{edit.status}"):
        return
    if not check("B serves the current heading", old in second.text, old):
        return
    new = f"Scale-out check {int(time.time())}: published on server A"
    form = FormParser("page-edit-form")
    form.feed(edit.text)
    data = [(name, value) for name, value in form.fields if name != "hero_heading"]
    for name, state in form.streams.items():
        data.extend(stream_fields(name, state))
    data += [("hero_heading", new), ("action-publish", "action-publish")]
    published = editor.post(APP_A, edit_path, data)
    check(
        "A: the editor's form posted with Publish (302)",
        published.status == 302,
        f"{published.status} -> {published.header('Location')}"
        + (
            f"; errors: {re.findall(r'error-message[^>]*>([^<]+)', published.text)[:3]}"
            if published.status != 302
            else ""
        ),
    )
    after = anonymous_get(APP_B, HOME_PATH)
    check(
        f"B: {HOME_PATH} right after, with the new heading (X-Cache {after.header('X-Cache')})",
        after.status == 200 and new in after.text and old not in after.text,
    )
    via_nginx = anonymous_get(NGINX, HOME_PATH)
    check(
        f"nginx: the new heading from {via_nginx.header('X-Upstream')} as well",
        via_nginx.status == 200 and new in via_nginx.text,
    )


# --- c. one rate limit across both servers ---------------------------------------------------------
def rate_limit():
    print(f"c. One rate limit across both servers: email alert subscriptions, {ALERT_LIMIT} per {ALERT_WINDOW} s")
    left = ALERT_WINDOW - time.time() % ALERT_WINDOW
    if left < 15:  # fixed windows: do not let the counter restart halfway through the check
        print(f"  (waiting {left:.0f} s for the next rate-limit window)")
        time.sleep(left + 0.5)
    path = "/en/opportunities/alerts/subscribe/"
    statuses = []
    for index in range(ALERT_LIMIT * 2 + 2):
        server = (APP_A, APP_B)[index % 2]
        response = Browser().post(server, path, {"email": "", "frequency": "", "filters": ""}, cookies=False)
        statuses.append(("A" if server == APP_A else "B", response.status))
    shown = " ".join(f"{label}:{status}" for label, status in statuses)
    allowed = [status for _, status in statuses[:ALERT_LIMIT]]
    refused = [status for _, status in statuses[ALERT_LIMIT:]]
    check(f"the first {ALERT_LIMIT} POSTs, split between A and B, are answered (not 429)", 429 not in allowed, shown)
    check(
        f"from POST {ALERT_LIMIT + 1} on, both A and B answer 429 (a per-server count would allow {ALERT_LIMIT * 2})",
        all(status == 429 for status in refused),
    )
    via_nginx = Browser().post(NGINX, path, {"email": "", "frequency": "", "filters": ""}, cookies=False)
    check(
        f"via nginx (X-Forwarded-For, TRUSTED_PROXIES=1) the same client is refused too: {via_nginx.status}",
        via_nginx.status == 429 and via_nginx.header("Retry-After") == str(ALERT_WINDOW),
        f"Retry-After {via_nginx.header('Retry-After')}",
    )


def main():
    started = time.monotonic()
    check_servers()
    editor = sign_in_on_a()
    publish_through_a(editor)
    rate_limit()
    print(f"  checks took {time.monotonic() - started:.1f} s")
    if failures:
        print(f"{len(failures)} check(s) failed: " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
