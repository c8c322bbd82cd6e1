# Sourced by the benchmark scripts: one benchmark at a time on this machine. Two measurements that overlap disturb
# each other (2 cores), so a second script waits here until the first one ends. Processes a script starts inherit
# the lock: the scripts stop their hosts and clusters when they end.
exec 9>"${TMPDIR:-/tmp}/socialerp-bench.lock"
if ! flock -n 9; then
  echo "another SocialErp benchmark is running: waiting for it to end" >&2
  flock 9
fi
