#!/usr/bin/env bash
# scripts/backup.sh: one backup of the database at DATABASE_URL, then retention.
#
#   DATABASE_URL=postgres://user:pass@host:5432/belanjain scripts/backup.sh
#
# pg_dump --format=custom writes <BACKUP_NAME>-YYYYmmddTHHMMSSZ.dump (UTC), which
# must read back with `pg_restore --list` before it counts as a backup; a
# sha256sum line goes beside it in <file>.sha256. Where it goes:
#   - BACKUP_S3_BUCKET set: uploaded with the AWS CLI (`aws s3 cp`) to
#     s3://$BACKUP_S3_BUCKET/$BACKUP_S3_PREFIX; BACKUP_S3_ENDPOINT (or
#     AWS_ENDPOINT_URL) for an S3-compatible store such as MinIO. Credentials
#     and region come the AWS CLI's usual way (AWS_ACCESS_KEY_ID, ... or a profile).
#   - otherwise: the folder BACKUP_DIR (default .backups at the repository root:
#     a dot-folder, which `medusa develop` does not watch).
# Retention: once the new backup is stored, the oldest backups of that target
# beyond BACKUP_KEEP (default 14) are deleted, with their checksums. Only files
# named <BACKUP_NAME>-<timestamp>.dump are counted or deleted. A failed run
# exits non-zero and deletes nothing.
#
# pg_dump must be at least the server's major version. PG_BIN names the folder
# of the PostgreSQL client programs to use; without it, pg_dump on PATH, else
# the newest /usr/lib/postgresql/*/bin that is new enough.
set -euo pipefail

log() { echo "[backup] $*" >&2; }
die() {
  echo "[backup] ERROR: $*" >&2
  exit 1
}

if [ -z "${DATABASE_URL:-}" ]; then
  die "DATABASE_URL is not set: set it to the database to back up, e.g. DATABASE_URL=postgres://user:password@host:5432/belanjain"
fi

KEEP=${BACKUP_KEEP:-14}
[[ "$KEEP" =~ ^[1-9][0-9]*$ ]] || die "BACKUP_KEEP must be a whole number of at least 1 (got '$KEEP')"
NAME=${BACKUP_NAME:-belanjain}
[[ "$NAME" =~ ^[A-Za-z0-9._-]+$ ]] || die "BACKUP_NAME may only use letters, digits, '.', '_' and '-' (got '$NAME')"
PATTERN="^${NAME//./\\.}-[0-9]{8}T[0-9]{6}Z\.dump$"

# postgres://user:secret@host/db → postgres://user:***@host/db, for messages.
redact() { sed -E 's#(://[^:/@]*):[^@]*@#\1:***@#' <<<"$1"; }

# Major version of a client program (`pg_dump (PostgreSQL) 15.20 (Debian ...)` → 15).
tool_major() { "$1" --version | sed -nE 's/^[^0-9]*([0-9]+).*/\1/p' | head -1; }

SERVER_NUM=$(psql "$DATABASE_URL" -XAtqc "show server_version_num" 2>&1) ||
  die "cannot connect to DATABASE_URL ($(redact "$DATABASE_URL")): $SERVER_NUM"
SERVER_MAJOR=$((SERVER_NUM / 10000))

find_pg_dump() {
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/pg_dump" ] || die "PG_BIN=$PG_BIN has no pg_dump"
    echo "$PG_BIN/pg_dump"
    return
  fi
  local candidate major
  local -a candidates=("$(command -v pg_dump || true)")
  mapfile -t -O 1 candidates < <(printf '%s\n' /usr/lib/postgresql/*/bin/pg_dump | sort -t/ -k5,5nr)
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    major=$(tool_major "$candidate")
    if [ "${major:-0}" -ge "$SERVER_MAJOR" ]; then
      echo "$candidate"
      return
    fi
  done
  command -v pg_dump || echo pg_dump
}
PG_DUMP=$(find_pg_dump)
command -v "$PG_DUMP" >/dev/null || die "pg_dump not found: install the PostgreSQL $SERVER_MAJOR client or set PG_BIN"
PG_RESTORE="$(dirname "$PG_DUMP")/pg_restore"
[ -x "$PG_RESTORE" ] || PG_RESTORE=$(command -v pg_restore) || die "pg_restore not found beside $PG_DUMP"
DUMP_MAJOR=$(tool_major "$PG_DUMP")
if [ "${DUMP_MAJOR:-0}" -lt "$SERVER_MAJOR" ]; then
  die "$PG_DUMP is PostgreSQL $DUMP_MAJOR, older than the server ($SERVER_MAJOR): pg_dump cannot dump a newer server. Install the PostgreSQL $SERVER_MAJOR client and set PG_BIN to its bin folder (e.g. PG_BIN=/usr/lib/postgresql/$SERVER_MAJOR/bin)"
fi

# --- the target -----------------------------------------------------------
if [ -n "${BACKUP_S3_BUCKET:-}" ]; then
  command -v aws >/dev/null || die "BACKUP_S3_BUCKET is set but the AWS CLI (aws) is not installed"
  PREFIX=${BACKUP_S3_PREFIX:-}
  PREFIX=${PREFIX#/}
  [ -z "$PREFIX" ] || [[ "$PREFIX" == */ ]] || PREFIX="$PREFIX/"
  TARGET="s3://$BACKUP_S3_BUCKET/$PREFIX"
  AWS=(aws)
  ENDPOINT=${BACKUP_S3_ENDPOINT:-${AWS_ENDPOINT_URL:-}}
  [ -z "$ENDPOINT" ] || AWS+=(--endpoint-url "$ENDPOINT")
  # Backup file names in the target, oldest first (the timestamp sorts).
  list_backups() {
    local out
    # `aws s3 ls` exits 1 when nothing matches the prefix yet.
    out=$("${AWS[@]}" s3 ls "$TARGET" 2>&1) || {
      [ -z "$out" ] && return 0
      die "cannot list $TARGET: $out"
    }
    awk '{print $NF}' <<<"$out" | grep -E "$PATTERN" | sort || true
  }
  store() { "${AWS[@]}" s3 cp --only-show-errors "$1" "$TARGET$2"; }
  remove() { "${AWS[@]}" s3 rm --only-show-errors "$TARGET$1"; }
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/belanjain-backup.XXXXXX")
else
  DIR=${BACKUP_DIR:-"$(dirname "$0")/../.backups"}
  mkdir -p "$DIR"
  DIR=$(cd "$DIR" && pwd)
  TARGET="$DIR/"
  list_backups() { find "$DIR" -maxdepth 1 -type f -printf '%f\n' | grep -E "$PATTERN" | sort || true; }
  store() { mv -f "$1" "$DIR/$2"; }
  remove() { rm -f "$DIR/$1"; }
  # Written next to the backups (same file system), moved into place at the end.
  WORK=$(mktemp -d "$DIR/.partial.XXXXXX")
fi
trap 'rm -rf "$WORK"' EXIT

# One backup per second at most: never overwrite an existing one.
while :; do
  FILE="$NAME-$(date -u +%Y%m%dT%H%M%SZ).dump"
  EXISTING=$(list_backups)
  grep -qxF "$FILE" <<<"$EXISTING" || break
  sleep 1
done

log "dumping $(redact "$DATABASE_URL") with $PG_DUMP (PostgreSQL $DUMP_MAJOR, server $SERVER_MAJOR)"
"$PG_DUMP" --format=custom --file="$WORK/$FILE" "$DATABASE_URL" ||
  die "pg_dump failed: no backup was stored, no old backup was deleted"
TOC=$("$PG_RESTORE" --list "$WORK/$FILE") ||
  die "the new dump does not read back (pg_restore --list): no backup was stored, no old backup was deleted"
ENTRIES=$(grep -cv '^;' <<<"$TOC" || true)
(cd "$WORK" && sha256sum "$FILE" >"$FILE.sha256")
SUM=$(cut -d' ' -f1 "$WORK/$FILE.sha256")
SIZE=$(du -h "$WORK/$FILE" | cut -f1)

# The checksum first: a dump in the target always has its checksum beside it.
store "$WORK/$FILE.sha256" "$FILE.sha256" || die "could not store $FILE.sha256 in $TARGET"
store "$WORK/$FILE" "$FILE" || die "could not store $FILE in $TARGET"
log "stored $TARGET$FILE ($SIZE, $ENTRIES archive entries, sha256 $SUM)"

# --- retention: only after the new backup is stored -----------------------
# The listing taken before the dump, plus the new one (one S3 request fewer).
mapfile -t BACKUPS < <(printf '%s\n' "$EXISTING" "$FILE" | grep -E "$PATTERN" | sort -u)
EXCESS=$((${#BACKUPS[@]} - KEEP))
for ((i = 0; i < EXCESS; i++)); do
  old=${BACKUPS[$i]}
  [ "$old" != "$FILE" ] || continue
  remove "$old" || die "retention: could not delete $TARGET$old"
  remove "$old.sha256" || true
  log "retention (BACKUP_KEEP=$KEEP): deleted $old"
done
echo "$TARGET$FILE"
