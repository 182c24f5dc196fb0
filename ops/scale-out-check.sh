#!/usr/bin/env bash
# Scale-out check: two app servers (gunicorn, production settings) behind one nginx, sharing
# PostgreSQL and Redis, behave as one site:
#   a. both answer /health/ directly and through nginx, which balances them and serves
#      /static/ (collectstatic's root) and /media/ (MEDIA_ROOT) itself;
#   b. a page cached anonymously by server B shows, at once, a change published through the
#      Wagtail admin of server A (the page cache and its content generation live in Redis);
#   c. one rate limit (email alert subscriptions) counts requests across both servers;
#   d. a session made by signing in (password and TOTP) on A is valid on B.
#
#   PGURL=postgres://postgres@127.0.0.1:5432 REDIS=redis://127.0.0.1:6379 bash ops/scale-out-check.sh
#
# Everything it starts runs from a temporary directory on loopback: its own nginx master (never
# the system's service), two gunicorns, a fresh database (pathway_scaleout) and Redis database 14;
# it stops them, drops the database and flushes the Redis database when it ends. It takes the
# ports 18080 (nginx), 18081 and 18082 (gunicorn A and B) and stops at once when one is taken.
# Static files are collected into the project's STATIC_ROOT (var/static), as `make serve` does.
# SCALEOUT_HOLD=600 keeps everything running that long before the checks (debugging).
set -euo pipefail
cd "$(dirname "$0")/.."
PGURL=${PGURL:-postgres://postgres@127.0.0.1:5432}
REDIS=${REDIS:-redis://127.0.0.1:6379}
REDIS_DB=${SCALEOUT_REDIS_DB:-14}
DB=${SCALEOUT_DB:-pathway_scaleout}
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "SCALEOUT_DB must be a plain lower-case name" >&2; exit 2; }
NGINX_PORT=18080
PORT_A=18081
PORT_B=18082
PY=${PY:-.venv/bin/python}
GUNICORN=${GUNICORN:-.venv/bin/gunicorn}
STARTED=$EPOCHREALTIME
WORK=$(mktemp -d /tmp/pathway-scaleout.XXXXXX)
NGINX_PID=
COLLECT_PID=
GUNICORN_PIDS=()
OWN_DATA=  # set once this run has made the database: only then does the cleanup drop it
STEP_NAMES=()
STEP_TIMES=()

elapsed() { awk -v now="$EPOCHREALTIME" -v start="$STARTED" 'BEGIN { printf "%5.1f", now - start }'; }
step() {
    STEP_NAMES+=("$1")
    STEP_TIMES+=("$EPOCHREALTIME")
    printf '\n[%ss] %s\n' "$(elapsed)" "$*"
}
timings() {
    local index end
    echo "Timings:"
    for index in "${!STEP_NAMES[@]}"; do
        end=${STEP_TIMES[$((index + 1))]:-$1}
        awk -v name="${STEP_NAMES[$index]}" -v start="${STEP_TIMES[$index]}" -v end="$end" \
            'BEGIN { printf "  %6.1f s  %s\n", end - start, substr(name, 1, 90) }'
    done
    awk -v now="$EPOCHREALTIME" -v start="$STARTED" 'BEGIN { printf "  %6.1f s  in all\n", now - start }'
}
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
psql_admin() { PGOPTIONS="--client-min-messages=warning" psql "$PGURL/postgres" -v ON_ERROR_STOP=1 -qAt "$@"; }
flush_redis() { "$PY" -c 'import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()' "$REDIS/$REDIS_DB"; }

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    local checks_done=$EPOCHREALTIME
    printf '\n[%ss] Cleaning up\n' "$(elapsed)"
    if [ -n "$NGINX_PID" ]; then
        kill -TERM "$NGINX_PID" 2>/dev/null || true  # nginx: TERM is the fast shutdown
    fi
    for pid in "${GUNICORN_PIDS[@]}"; do
        kill -QUIT "$pid" 2>/dev/null || true  # gunicorn: QUIT is the quick shutdown
    done
    if [ -n "$COLLECT_PID" ]; then
        kill "$COLLECT_PID" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ]; then
        for log in "$WORK"/gunicorn-[AB].log "$WORK"/nginx/error.log; do
            [ -s "$log" ] && { echo "--- last lines of $log"; tail -n 20 "$log"; }
        done
    fi
    if [ -n "$OWN_DATA" ]; then
        psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || echo "could not drop $DB"
        flush_redis >/dev/null 2>&1 || echo "could not flush Redis database $REDIS_DB"
    fi
    for pid in "$NGINX_PID" "${GUNICORN_PIDS[@]}"; do
        [ -n "$pid" ] || continue
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
    STEP_NAMES+=("Clean-up: processes stopped${OWN_DATA:+, database dropped, Redis database flushed}")
    STEP_TIMES+=("$checks_done")
    timings "$EPOCHREALTIME"
    printf '[%ss] %s\n' "$(elapsed)" "$([ "$status" -eq 0 ] && echo 'Scale-out check passed.' || echo "Scale-out check FAILED (exit $status).")"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() {  # wait_for URL SECONDS PID
    local deadline=$((SECONDS + $2))
    until curl -fsS -o /dev/null --max-time 2 -H "Host: 127.0.0.1:$NGINX_PORT" "$1" 2>/dev/null; do
        kill -0 "$3" 2>/dev/null || fail "the process behind $1 exited"
        [ "$SECONDS" -lt "$deadline" ] || fail "$1 did not answer within $2 s"
        sleep 0.3
    done
}

# The production settings, with what a loopback test without TLS must change, all through the
# environment the settings read (README, "Production configuration"). The second factor stays on.
export DJANGO_SETTINGS_MODULE=pathway.settings.production
export DATABASE_URL="$PGURL/$DB"
export REDIS_URL="$REDIS/$REDIS_DB"
export SECRET_KEY
SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')
export ALLOWED_HOSTS=127.0.0.1,localhost
export CSRF_TRUSTED_ORIGINS="http://127.0.0.1:$NGINX_PORT"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$NGINX_PORT"
export TRUSTED_PROXIES=1
export SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0 SECURE_HSTS_PRELOAD=0
export PAGE_CACHE_SECONDS=60
export MEDIA_ROOT="$WORK/media"
export LOG_LEVEL=WARNING
STATIC_ROOT=$(PYTHONPATH=site "$PY" -c 'from pathway.settings import base; print(base.STATIC_ROOT)')

step "1. nginx (Debian's package; its own master on 127.0.0.1:$NGINX_PORT, never the system service)"
for port in "$NGINX_PORT" "$PORT_A" "$PORT_B"; do
    port_free "$port" || fail "port $port on 127.0.0.1 is already in use: stop what listens there (ss -ltnp 'sport = :$port')"
done
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    [ "$(id -u)" -eq 0 ] || fail "nginx is missing and only root may install it: apt-get install nginx"
    echo "   installing nginx"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
"$NGINX" -v 2>&1 | sed 's/^/   /'
mkdir -p "$WORK/nginx" "$MEDIA_ROOT"
chmod 755 "$WORK"  # nginx's workers (nobody) read MEDIA_ROOT
USER_DIRECTIVE=""
[ "$(id -u)" -eq 0 ] && USER_DIRECTIVE="user nobody nogroup;"
sed -e "s|@USER_DIRECTIVE@|$USER_DIRECTIVE|" -e "s|@PREFIX@|$WORK/nginx|g" -e "s|@LISTEN@|127.0.0.1:$NGINX_PORT|" \
    -e "s|@APP_A@|127.0.0.1:$PORT_A|" -e "s|@APP_B@|127.0.0.1:$PORT_B|" \
    -e "s|@STATIC_ROOT@|$STATIC_ROOT|" -e "s|@MEDIA_ROOT@|$MEDIA_ROOT|" \
    ops/nginx/pathway.conf >"$WORK/nginx/nginx.conf"
! grep -n '@[A-Z_]*@' "$WORK/nginx/nginx.conf" || fail "placeholders left in the rendered nginx.conf"
"$NGINX" -t -q -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g "daemon off;" 2>"$WORK/nginx/test.log" ||
    { cat "$WORK/nginx/test.log"; fail "nginx -t refused $WORK/nginx/nginx.conf"; }
echo "   PASS  nginx -t: the configuration (ops/nginx/pathway.conf, rendered) is valid"

step "2. A fresh database $DB, migrated; Redis database $REDIS_DB flushed; collectstatic meanwhile"
OWN_DATA=1
psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
flush_redis
# collectstatic needs no database: it runs beside the migrations and the demo content.
"$PY" manage.py collectstatic --no-input -v 0 >"$WORK/collectstatic.log" 2>&1 &
COLLECT_PID=$!
"$PY" manage.py migrate --no-input -v 0

step "3. Small demo content (load_demo_content --size small: every app, every language)"
"$PY" manage.py load_demo_content --size small | tail -n 1 | sed 's/^/   /'
wait "$COLLECT_PID" || { cat "$WORK/collectstatic.log"; fail "collectstatic failed"; }
COLLECT_PID=
echo "   collectstatic (CompressedManifestStaticFilesStorage): $(find "$STATIC_ROOT" -type f | wc -l) files in $STATIC_ROOT"
echo "scale-out probe $(date -u +%FT%TZ)" >"$MEDIA_ROOT/scale-out-probe.txt"

step "4. Two gunicorns (production settings) on 127.0.0.1:$PORT_A (A) and :$PORT_B (B), nginx; an editor meanwhile"
for server in "A:$PORT_A" "B:$PORT_B"; do
    name=${server%%:*}
    port=${server#*:}
    "$GUNICORN" --pythonpath site pathway.wsgi --bind "127.0.0.1:$port" --workers 2 --threads 4 \
        --worker-class gthread --graceful-timeout 2 --no-control-socket \
        --access-logfile "$WORK/gunicorn-$name.access.log" --error-logfile - >"$WORK/gunicorn-$name.log" 2>&1 &
    GUNICORN_PIDS+=($!)
done
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g "daemon off;" &
NGINX_PID=$!

# An editor (superuser) with a confirmed TOTP device: the second factor stays required.
export SCALEOUT_USERNAME=scaleout-editor
export SCALEOUT_PASSWORD SCALEOUT_TOTP_KEY
SCALEOUT_PASSWORD=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(18))')
SCALEOUT_TOTP_KEY=$("$PY" -c 'import secrets; print(secrets.token_hex(20))')
FACTS=$("$PY" manage.py shell --no-imports -c '
import os
from django.conf import settings
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from home.models import HomePage
from opportunities.alerts import views as alerts

user = get_user_model().objects.create_superuser(
    os.environ["SCALEOUT_USERNAME"], "scaleout@example.org", os.environ["SCALEOUT_PASSWORD"]
)
# two_factor signs in with the device named "default".
TOTPDevice.objects.create(user=user, name="default", key=os.environ["SCALEOUT_TOTP_KEY"], confirmed=True)
home = HomePage.objects.get(locale__language_code="en")
limit = getattr(settings, "PATHWAY_ALERT_RATE_LIMIT", alerts.DEFAULT_RATE_LIMIT)
print(home.id, home.get_url(), limit, alerts.RATE_LIMIT_WINDOW)
')
read -r SCALEOUT_HOME_PAGE_ID SCALEOUT_HOME_PATH SCALEOUT_ALERT_LIMIT SCALEOUT_ALERT_WINDOW <<<"$FACTS"
export SCALEOUT_HOME_PAGE_ID SCALEOUT_HOME_PATH SCALEOUT_ALERT_LIMIT SCALEOUT_ALERT_WINDOW
echo "   editor $SCALEOUT_USERNAME with a TOTP device; English home page #$SCALEOUT_HOME_PAGE_ID at $SCALEOUT_HOME_PATH"

wait_for "http://127.0.0.1:$PORT_A/health/" 90 "${GUNICORN_PIDS[0]}"
wait_for "http://127.0.0.1:$PORT_B/health/" 90 "${GUNICORN_PIDS[1]}"
wait_for "http://127.0.0.1:$NGINX_PORT/health/" 10 "$NGINX_PID"
echo "   gunicorn A pid ${GUNICORN_PIDS[0]}, gunicorn B pid ${GUNICORN_PIDS[1]}, nginx pid $NGINX_PID: all answer"

step "5. Checks"
export SCALEOUT_NGINX="127.0.0.1:$NGINX_PORT" SCALEOUT_APP_A="127.0.0.1:$PORT_A" SCALEOUT_APP_B="127.0.0.1:$PORT_B" \
    SCALEOUT_MEDIA_PROBE=/media/scale-out-probe.txt \
    SCALEOUT_GUNICORN_LOGS="$WORK/gunicorn-A.access.log,$WORK/gunicorn-B.access.log"
if [ -n "${SCALEOUT_HOLD:-}" ]; then  # debugging: keep everything running for that many seconds
    (umask 077 && export -p | grep -E ' (SCALEOUT_|DJANGO_|DATABASE_URL|REDIS_URL|SECRET_KEY|ALLOWED_HOSTS|CSRF_|WAGTAILADMIN_|TRUSTED_|SECURE_|PAGE_CACHE|MEDIA_ROOT)' >"$WORK/env.sh")
    echo "   holding for $SCALEOUT_HOLD s: source $WORK/env.sh; $PY ops/scale_out_probe.py"
    sleep "$SCALEOUT_HOLD"
fi
"$PY" ops/scale_out_probe.py
