#!/usr/bin/env bash
# Runs the live SQL Server tests (fixtures *LiveTests: SqlServerLiveTests, CopyToLiveTests, ReaderRoleLiveTests).
# - DLICT_TEST_SQLSERVER already set: runs them against that server, nothing else.
# - otherwise: starts scripts/sqlserver/compose.yaml with docker compose, waits until it answers,
#   runs the tests, and stops the container again (KEEP_SQLSERVER=1 leaves it running).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
compose_file="$here/sqlserver/compose.yaml"

run_tests() {
    cd "$root"
    dotnet test --filter "FullyQualifiedName~LiveTests" --logger "console;verbosity=normal"
}

if [[ -n "${DLICT_TEST_SQLSERVER:-}" ]]; then
    run_tests
    exit $?
fi

if ! docker info >/dev/null 2>&1; then
    echo "docker is not available and DLICT_TEST_SQLSERVER is not set: cannot run the live SQL Server tests." >&2
    echo "Set DLICT_TEST_SQLSERVER to a connection string (see docs/sqlserver.md) or start Docker." >&2
    exit 2
fi

if [[ -z "${MSSQL_SA_PASSWORD:-}" ]]; then
    # A fresh random password for a container that lives only as long as this script.
    MSSQL_SA_PASSWORD="Dlict-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')-Aa1!"
fi
export MSSQL_SA_PASSWORD

cleanup() {
    if [[ "${KEEP_SQLSERVER:-0}" != "1" ]]; then
        docker compose -f "$compose_file" down --volumes >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

echo "Starting SQL Server 2022 (docker compose) ..."
docker compose -f "$compose_file" up -d --wait --wait-timeout 240

export DLICT_TEST_SQLSERVER="Server=localhost,1433;User Id=sa;Password=${MSSQL_SA_PASSWORD};TrustServerCertificate=True"
run_tests
