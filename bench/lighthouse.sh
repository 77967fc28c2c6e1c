#!/bin/sh
# Lighthouse (mobile) against the portal served as in production (not part of the test suite).
#
#     bench/lighthouse.sh
#
# Serves the content bench/load.py prepares (SQLite /tmp/perf_load.sqlite3, 6 000 services) with
# gunicorn and production settings on 127.0.0.1:8161, runs Lighthouse from the npm registry
# (installed once into /tmp/portal-lighthouse) with Debian's Chromium, and prints the four
# category scores for the home page, the catalogue with a search (as a list and on the map), a
# service page, a campaign page, the events list and a plan page.
# Budgets (issue 9): Performance >= 95, Accessibility 100, Best Practices >= 95, SEO >= 95.
set -eu

cd "$(dirname "$0")/.."
PORT=8161
LIGHTHOUSE_DIR=${LIGHTHOUSE_DIR:-/tmp/portal-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
REPORTS=$(mktemp -d)

if [ ! -x "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" ]; then
    mkdir -p "$LIGHTHOUSE_DIR"
    npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund --loglevel=error lighthouse@12
fi

.venv/bin/python bench/load.py --serve --port "$PORT" > "$REPORTS/pages.txt" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$REPORTS"' EXIT INT TERM
i=0
until grep -q "^ready" "$REPORTS/pages.txt" 2>/dev/null; do
    i=$((i + 1))
    if [ "$i" -gt 600 ] || ! kill -0 "$SERVER" 2>/dev/null; then
        echo "the portal did not start" >&2
        exit 1
    fi
    sleep 1
done

printf '%-34s %5s %5s %5s %5s\n' "page" "perf" "a11y" "bp" "seo"
grep "^page " "$REPORTS/pages.txt" | while read -r _ name path; do
    "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" "http://localhost:$PORT$path" \
        --quiet --form-factor=mobile \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
        --output=json --output-path="$REPORTS/$name.json" > /dev/null 2>&1 || true
    node -e '
        const fs = require("fs");
        const [file, name, path] = process.argv.slice(1);
        if (!fs.existsSync(file)) { console.log(`${name} ${path}: Lighthouse failed`); process.exit(); }
        const report = JSON.parse(fs.readFileSync(file));
        const score = (id) => Math.round(report.categories[id].score * 100);
        const failed = Object.values(report.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
            .map((a) => a.id);
        console.log(`${(name + " " + path).padEnd(34).slice(0, 34)} ${String(score("performance")).padStart(5)} ` +
            `${String(score("accessibility")).padStart(5)} ${String(score("best-practices")).padStart(5)} ` +
            `${String(score("seo")).padStart(5)}` + (failed.length ? `  failing: ${failed.join(", ")}` : ""));
    ' "$REPORTS/$name.json" "$name" "$path"
done
