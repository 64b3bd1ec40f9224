#!/usr/bin/env bash
# Sets up, builds and starts Privacy Console on the embedded SQLite database.
# On a new database the window offers to load the five demo organizations.
#   packaging/run.sh [--database FILE|postgresql://user@host:port/db]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPC_BUILD_TESTS=OFF
cmake --build "$root/build" --parallel "$(nproc)"
exec "$root/build/ui/privacy-console" "$@"
