#!/usr/bin/env bash
# Sets up, builds (warnings are errors) and runs every test: the Debian
# package made, installed and run; unit, command line and GUI tests, on
# SQLite files and on a PostgreSQL server that the tests start on loopback;
# then the benchmarks (ctest -LE benchmark skips them).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-tests"
"$root/packaging/install-deps.sh" --tests
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPC_WERROR=ON -DPC_BUILD_TESTS=ON
cmake --build "$build" --parallel "$(nproc)"
"$root/packaging/check-package.sh" "$build"
cd "$build"
ctest --output-on-failure --timeout 1800
