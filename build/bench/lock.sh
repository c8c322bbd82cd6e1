# Sourced by the benchmark scripts (from the repository root): one benchmark at a time on this machine. Two
# measurements that overlap disturb each other (2 cores), so a second script waits here until the first one ends.
# The script re-runs itself under flock -o: the lock is held by flock, not inherited by what the script starts
# (build servers and database clusters can outlive it and would otherwise keep every later benchmark waiting).
if [ -z "${SOCIALERP_BENCH_LOCK:-}" ]; then
  lock="${TMPDIR:-/tmp}/socialerp-bench.lock"
  flock -n "$lock" true || echo "another SocialErp benchmark is running: waiting for it to end" >&2
  exec env SOCIALERP_BENCH_LOCK="$lock" flock -o "$lock" bash "$PWD/build/bench/$(basename "$0")" "$@"
fi
