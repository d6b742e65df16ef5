#!/usr/bin/env bash
# The approved pictures of the window (docs/screenshots/): the first start on the demo township, logged in
# to a copy of the demo store, on a 1366x768 laptop and a 1600x1000 screen, in Chinese and in English,
# each on a virtual X screen of that size, with a report and its sensor evidence shown.
set -euo pipefail
out=${1:-docs/screenshots}
mkdir -p "$out"
for size in 1366x768 1600x1000; do
    for lang in zh_CN en; do
        xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" env QT_QPA_PLATFORM=xcb \
            .venv/bin/python -m resources.scripts.screenshot_desk "$out/desk_${size}_${lang}.png" \
            --lang "$lang" --screen --report --settle 4
    done
done
