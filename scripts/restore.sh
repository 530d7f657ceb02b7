#!/usr/bin/env bash
# scripts/restore.sh: restore a backup made by scripts/backup.sh.
#
#   scripts/restore.sh [--force] <file.dump | s3://bucket/key.dump> [target DATABASE_URL]
#
# The target is the second argument, else DATABASE_URL. It is created when it
# does not exist (through the server's `postgres` database, or
# RESTORE_MAINTENANCE_DB). A target that already has tables is refused unless
# --force (or RESTORE_FORCE=1) is given: then it is dropped and created anew,
# so stop the server and the worker first.
#
# The dump's checksum (<file>.sha256 beside it, written by backup.sh) is
# verified when present; a mismatch stops before the target is touched. The
# restore runs in one transaction with `pg_restore --no-owner --no-privileges
# --exit-on-error`: it lands whole or not at all. Afterwards the row count of
# every table is printed ("schema.table<TAB>rows" on stdout), then a summary.
#
# s3:// sources are downloaded with the AWS CLI; BACKUP_S3_ENDPOINT (or
# AWS_ENDPOINT_URL) for an S3-compatible store. PG_BIN names the folder of the
# PostgreSQL client programs to use (default: those on PATH).
set -euo pipefail

log() { echo "[restore] $*" >&2; }
die() {
  echo "[restore] ERROR: $*" >&2
  exit 1
}
usage() {
  echo "usage: $0 [--force] <file.dump | s3://bucket/key.dump> [target DATABASE_URL]" >&2
  exit 2
}

FORCE=${RESTORE_FORCE:-0}
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    -h | --help) usage ;;
    -*) die "unknown option $arg" ;;
    *) ARGS+=("$arg") ;;
  esac
done
if [ "${#ARGS[@]}" -lt 1 ] || [ "${#ARGS[@]}" -gt 2 ]; then usage; fi
SOURCE=${ARGS[0]}
TARGET_URL=${ARGS[1]:-${DATABASE_URL:-}}
[ -n "$TARGET_URL" ] || die "no target database: pass its URL as the second argument or set DATABASE_URL"

if [ -n "${PG_BIN:-}" ]; then
  PSQL="$PG_BIN/psql" PG_RESTORE="$PG_BIN/pg_restore"
else
  PSQL=psql PG_RESTORE=pg_restore
fi
command -v "$PG_RESTORE" >/dev/null || die "pg_restore not found (set PG_BIN to the PostgreSQL client's bin folder)"

redact() { sed -E 's#(://[^:/@]*):[^@]*@#\1:***@#' <<<"$1"; }

# --- the target's name and the server's maintenance database ---------------
[[ "$TARGET_URL" =~ ^postgres(ql)?://[^/]*/([^?]+)(\?.*)?$ ]] ||
  die "the target must be a postgres://user:password@host:port/database URL with a database name (got $(redact "$TARGET_URL"))"
DB_ENCODED=${BASH_REMATCH[2]}
QUERY=${BASH_REMATCH[3]}
DB_NAME=$(printf '%b' "${DB_ENCODED//%/\\x}")
MAINT_URL="${TARGET_URL%%\?*}"
MAINT_URL="${MAINT_URL%/*}/${RESTORE_MAINTENANCE_DB:-postgres}$QUERY"

# --- the dump ---------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/belanjain-restore.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
if [[ "$SOURCE" == s3://* ]]; then
  command -v aws >/dev/null || die "$SOURCE is an S3 URI but the AWS CLI (aws) is not installed"
  AWS=(aws)
  ENDPOINT=${BACKUP_S3_ENDPOINT:-${AWS_ENDPOINT_URL:-}}
  [ -z "$ENDPOINT" ] || AWS+=(--endpoint-url "$ENDPOINT")
  DUMP="$WORK/$(basename "$SOURCE")"
  log "downloading $SOURCE"
  "${AWS[@]}" s3 cp --only-show-errors "$SOURCE" "$DUMP" || die "could not download $SOURCE"
  # The checksum is optional (a dump made by other means has none): a 404 is
  # no checksum, any other failure stops.
  if ! out=$("${AWS[@]}" s3 cp --only-show-errors "$SOURCE.sha256" "$DUMP.sha256" 2>&1); then
    grep -qE '404|Not Found|NoSuchKey' <<<"$out" || die "could not download $SOURCE.sha256: $out"
    rm -f "$DUMP.sha256"
  fi
else
  [ -f "$SOURCE" ] || die "no such backup file: $SOURCE"
  DUMP=$SOURCE
fi

if [ -f "$DUMP.sha256" ]; then
  expected=$(cut -d' ' -f1 "$DUMP.sha256")
  actual=$(sha256sum "$DUMP" | cut -d' ' -f1)
  [ "$expected" = "$actual" ] ||
    die "checksum mismatch for $SOURCE (expected $expected, got $actual): the file is damaged or not the one backed up; nothing was restored"
  log "checksum ok ($actual)"
else
  log "warning: no $(basename "$DUMP").sha256 beside the dump: its checksum is not verified"
fi
"$PG_RESTORE" --list "$DUMP" >/dev/null || die "$SOURCE is not a readable pg_dump custom-format archive"

# --- prepare the target -------------------------------------------------------
sql() { "$PSQL" "$1" -XAtq -v ON_ERROR_STOP=1 -v name="$DB_NAME"; }
EXISTS=$(sql "$MAINT_URL" <<<"select 1 from pg_database where datname = :'name'") ||
  die "cannot connect to the server of $(redact "$TARGET_URL") through its '${RESTORE_MAINTENANCE_DB:-postgres}' database (RESTORE_MAINTENANCE_DB)"
if [ "$EXISTS" = 1 ]; then
  RELATIONS=$(sql "$TARGET_URL" <<<"select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'")
  if [ "$RELATIONS" -gt 0 ]; then
    [ "$FORCE" = 1 ] ||
      die "the target database \"$DB_NAME\" is not empty ($RELATIONS tables, sequences or views): pass --force (or RESTORE_FORCE=1) to drop and recreate it"
    log "--force: dropping the database \"$DB_NAME\" ($RELATIONS relations)"
    sql "$MAINT_URL" <<<'drop database :"name"' >/dev/null ||
      die "could not drop \"$DB_NAME\" (stop the server and the worker: no session may be connected)"
    EXISTS=""
  fi
fi
if [ "$EXISTS" != 1 ]; then
  log "creating the database \"$DB_NAME\""
  sql "$MAINT_URL" <<<'create database :"name"' >/dev/null || die "could not create the database \"$DB_NAME\""
fi

# --- restore ---------------------------------------------------------------------
log "restoring $SOURCE into $(redact "$TARGET_URL")"
"$PG_RESTORE" --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$TARGET_URL" "$DUMP" || die "pg_restore failed: the transaction was rolled back, \"$DB_NAME\" has none of the dump"

# Exact row counts of every table (query_to_xml runs one count per table).
COUNTS=$(sql "$TARGET_URL" <<<"select format('%s.%s', table_schema, table_name) || chr(9) ||
    (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', table_schema, table_name), false, true, '')))[1]::text
  from information_schema.tables
  where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
  order by 1")
[ -z "$COUNTS" ] || echo "$COUNTS"
TABLES=$(grep -c . <<<"$COUNTS" || true)
ROWS=$(awk -F'\t' '{ s += $2 } END { print s + 0 }' <<<"$COUNTS")
log "restored \"$DB_NAME\": $TABLES tables, $ROWS rows"
