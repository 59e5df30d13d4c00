#!/usr/bin/env bash
# Runs every test of IamPortal on a fresh machine that has only the .NET SDK.
# Installs what the tests need when missing (Debian's chromium, awscli and postgresql), starts a throwaway PostgreSQL
# cluster for the persistence tests' second half, builds once, runs each test project (the tests start what they need
# themselves: the IAM Sandbox, the portal on a loopback port, an OIDC provider), and ends with one line:
# "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
out="$root/.test-output"
rm -rf "$out" && mkdir -p "$out"

# 1. Tools the tests drive: Chromium for Playwright, the AWS CLI as an independent IAM client; PostgreSQL for the
# persistence tests' second half (optional: without it the SQLite half still runs, and the end says so).
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
apt_updated=0
apt_install() {
  [ "$apt_updated" -eq 1 ] || { $sudo apt-get update -qq >>"$out/apt.log" 2>&1; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >>"$out/apt.log" 2>&1
}
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v aws >/dev/null 2>&1 && aws --version >/dev/null 2>&1 || missing+=(awscli)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  if ! apt_install "${missing[@]}"; then
    tail -20 "$out/apt.log"; echo "test.sh: could not install ${missing[*]}"; echo "tests: 0 passed, 1 failed"; exit 1
  fi
fi
export IAMPORTAL_CHROMIUM=${IAMPORTAL_CHROMIUM:-/usr/bin/chromium}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 2. A throwaway PostgreSQL: initdb into a temporary folder, started on a free loopback port as an unprivileged user
# (the postgres user or nobody when this runs as root), stopped at exit. The persistence tests read its connection
# string from IAMPORTAL_TEST_POSTGRES and create one database per test; set the variable yourself to use another server.
# pg_why says why the PostgreSQL half cannot run; empty when it can.
pg_dir=""; pg_bin=""; pg_as=(); pg_why=""
pg_newest_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
# initdb and pg_ctl as that user, from the cluster's folder (the user may not read the checkout).
pg_run() { (cd "$pg_dir" && "${pg_as[@]}" "$pg_bin/$1" "${@:2}"); }
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  [ -f "$pg_dir/data/postmaster.pid" ] && pg_run pg_ctl -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$pg_dir"
}
start_postgres() {
  pg_bin=$(pg_newest_bin)
  if [ -z "$pg_bin" ]; then
    echo "test.sh: installing postgresql"
    apt_install postgresql || { pg_why="apt-get install postgresql failed (see .test-output/apt.log)"; return 1; }
    pg_bin=$(pg_newest_bin)
    [ -n "$pg_bin" ] || { pg_why="postgresql installed, but no /usr/lib/postgresql/<version>/bin"; return 1; }
  fi
  local user port password attempt
  if [ "$(id -u)" -eq 0 ]; then
    user=nobody; id postgres >/dev/null 2>&1 && user=postgres
    pg_as=(runuser -u "$user" --)
  else
    user=$(id -un); pg_as=()
  fi
  pg_dir=$(mktemp -d /tmp/iamportal-pg-XXXXXX) || { pg_why="no temporary folder"; return 1; }
  trap stop_postgres EXIT; trap 'exit 1' INT TERM
  mkdir -p "$pg_dir/socket"
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$password" >"$pg_dir/password"
  [ "$(id -u)" -eq 0 ] && chown -R "$user" "$pg_dir"
  if ! pg_run initdb -D "$pg_dir/data" -U iamportal --pwfile="$pg_dir/password" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale >"$out/postgres-initdb.log" 2>&1; then
    pg_why="initdb failed as $user (see .test-output/postgres-initdb.log)"; return 1
  fi
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue # taken
    if pg_run pg_ctl -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir/socket" start >/dev/null 2>&1; then
      export IAMPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=iamportal;Password=$password;Database=postgres"
      echo "test.sh: PostgreSQL $(basename "$(dirname "$pg_bin")") started on 127.0.0.1:$port as $user (throwaway, in $pg_dir)"
      return 0
    fi
  done
  cp "$pg_dir/server.log" "$out/postgres-server.log" 2>/dev/null
  pg_why="pg_ctl start failed as $user (see .test-output/postgres-server.log)"; return 1
}
if [ -n "${IAMPORTAL_TEST_POSTGRES:-}" ]; then
  echo "test.sh: PostgreSQL from IAMPORTAL_TEST_POSTGRES (already set)"
elif ! start_postgres; then
  unset IAMPORTAL_TEST_POSTGRES
  echo "test.sh: PostgreSQL could not be started: $pg_why. The persistence tests run on SQLite only."
fi

# 3. Build once.
if ! dotnet build IamPortal.sln -c Release -nologo -v q >"$out/build.log" 2>&1; then
  grep -E "error|Error" "$out/build.log" | sort -u | head -40
  echo "tests: 0 passed, 1 failed"; exit 1
fi

# 4. Run each test project; results as TRX.
# A browser test that fails is run once more on its own (a 2-core CI machine under load can miss a timing a person
# never would); a test that fails twice counts as failed, and every retry is named in the log.
retried=0
retry_failed_browser_tests() {
  local names count filter
  names=$(grep -o '<UnitTestResult [^>]*>' "$out/IamPortal.E2E.trx" | grep 'outcome="Failed"' \
    | grep -o 'testName="[^"]*"' | sed -e 's/^testName="//' -e 's/"$//' -e 's/(.*$//' | sort -u)
  count=$(printf '%s\n' "$names" | grep -c .)
  # No names (a crash, not a test) or many failures (not flakiness): no retry.
  { [ "$count" -ge 1 ] && [ "$count" -le 3 ]; } || return 1
  echo "test.sh: running $count failed browser test(s) once more: $(printf '%s ' $names)"
  filter=$(printf '%s\n' "$names" | sed 's/^/FullyQualifiedName~/' | paste -sd'|' -)
  dotnet test tests/IamPortal.E2E -c Release --no-build -nologo --filter "$filter" \
    --logger "trx;LogFileName=IamPortal.E2E.retry.trx" --logger "console;verbosity=minimal" \
    --results-directory "$out/retry" >"$out/IamPortal.E2E.retry.log" 2>&1
  local rc=$?
  grep -E "^\s*(Failed|Passed!|Failed!) " "$out/IamPortal.E2E.retry.log"
  [ "$rc" -eq 0 ] || return 1
  retried=$count
}

status=0
for project in IamPortal.Application.Tests IamPortal.CatalogGenerator.Tests IamPortal.Sandbox.Tests IamPortal.Infrastructure.Tests IamPortal.Web.Tests IamPortal.E2E; do
  echo "test.sh: $project"
  dotnet test "tests/$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=minimal" \
    --results-directory "$out" 2>&1 | tee "$out/$project.log" | grep -E "^\s*(Failed|Passed!|Failed!|Skipped) |error"
  rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    # Why each test failed, so a CI log that shows only the end still names the cause.
    grep -A4 "Error Message:" "$out/$project.log" | cut -c1-400 | head -30
    if [ "$project" = IamPortal.E2E ] && retry_failed_browser_tests; then rc=0; fi
  fi
  [ "$rc" -eq 0 ] || status=1
done

# 5. Whether the PostgreSQL half ran: the persistence tests on PostgreSQL are the classes named OnPostgres.
pg_results=$(grep -o '<UnitTestResult [^>]*>' "$out/IamPortal.Infrastructure.Tests.trx" 2>/dev/null | grep 'testName="[^"]*+OnPostgres\.')
pg_count() { printf '%s\n' "$pg_results" | grep -c "outcome=\"$1\""; }
if [ "$(pg_count Passed)" -gt 0 ] || [ "$(pg_count Failed)" -gt 0 ]; then
  echo "test.sh: the PostgreSQL half ran: $(pg_count Passed) persistence tests passed on PostgreSQL, $(pg_count Failed) failed"
else
  echo "test.sh: the PostgreSQL half did NOT run (${pg_why:-no persistence test ran on PostgreSQL}); $(pg_count NotExecuted) PostgreSQL tests skipped, SQLite only"
fi

# 6. One closing line, summed from the TRX counters.
passed=0; failed=0
for trx in "$out"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
done
# Browser tests that passed when run again count as passed (named above).
passed=$((passed + retried)); failed=$((failed - retried))
trx_count=$(ls "$out"/*.trx 2>/dev/null | wc -l)
[ "$trx_count" -lt 6 ] && { echo "test.sh: only $trx_count of 6 test projects reported results"; failed=$((failed + 6 - trx_count)); }
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
