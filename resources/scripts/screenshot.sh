#!/usr/bin/env bash
# Start the console under a virtual X screen on the demo township and save a PNG of the whole window.
set -euo pipefail
out=${1:-docs/screenshot.png}
lang=${2:-}
mkdir -p "$(dirname "$out")"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb .venv/bin/township-console resources/demo/qingxi.project.gpkg \
    --screenshot "$out" ${lang:+--lang "$lang"}
echo "saved $out"
