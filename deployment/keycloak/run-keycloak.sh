#!/usr/bin/env bash
# Run a local development Keycloak with the "tonghop" realm imported.
# Chạy Keycloak cục bộ (chế độ phát triển) với realm "tonghop".
#
#   deployment/keycloak/run-keycloak.sh            # foreground, http://localhost:8180
#   KC_PORT=8280 deployment/keycloak/run-keycloak.sh
#
# Environment:
#   KC_VERSION                    Keycloak version (default below)
#   KC_PORT                       HTTP port (default 8180; the portal itself uses 8080)
#   KC_BOOTSTRAP_ADMIN_USERNAME   temporary master-realm admin (default admin, DEV ONLY)
#   KC_BOOTSTRAP_ADMIN_PASSWORD   its password                (default admin, DEV ONLY)
#   KC_FRESH=1                    wipe the dev database first, so that an edited
#                                 realm-tonghop.json is imported again (--import-realm
#                                 skips a realm that already exists)
#   KC_DIST_DIR                   where the distribution is unpacked
#                                 (default deployment/keycloak/.dist, git-ignored)
#
# The distribution (org.keycloak:keycloak-quarkus-dist, zip) is fetched through
# Maven and unpacked once. Keycloak needs Java 21+; the portal itself stays on 17.
# This is start-dev: file-based H2 database under the dist's data/h2 folder,
# plain HTTP, no production hardening. Never use it as a production server.
set -euo pipefail

KC_VERSION="${KC_VERSION:-26.5.6}"
KC_PORT="${KC_PORT:-8180}"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"
REALM_FILE="$SCRIPT_DIR/realm-tonghop.json"
DIST_ROOT="${KC_DIST_DIR:-$SCRIPT_DIR/.dist}"
KC_HOME="$DIST_ROOT/keycloak-$KC_VERSION"

log() { printf '[run-keycloak] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ -f "$REALM_FILE" ]] || die "realm file not found: $REALM_FILE"

# --- (a) obtain the distribution -------------------------------------------
if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
  command -v mvn >/dev/null 2>&1 || die "mvn not found on PATH (needed to fetch keycloak-quarkus-dist)"
  log "unpacking org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip into $DIST_ROOT ..."
  mkdir -p "$DIST_ROOT"
  # Run from the dist folder so that Maven does not pick up the project's pom.xml;
  # its output is only shown when it fails.
  mvn_log="$DIST_ROOT/mvn-unpack.log"
  if ! (cd "$DIST_ROOT" && mvn -q -B -Dstyle.color=never \
          org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
          -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
          -DoutputDirectory="$DIST_ROOT") >"$mvn_log" 2>&1; then
    cat "$mvn_log" >&2
    die "could not fetch/unpack keycloak-quarkus-dist $KC_VERSION"
  fi
  # Without a project the plugin leaves its markers under a literal "${project.basedir}".
  rm -rf "$mvn_log" "$DIST_ROOT/\${project.basedir}"
  [[ -f "$KC_HOME/bin/kc.sh" ]] || die "unpacked, but $KC_HOME/bin/kc.sh is missing"
  chmod +x "$KC_HOME"/bin/*.sh
else
  log "using existing distribution $KC_HOME"
fi

# --- (b) find a Java 21+ ----------------------------------------------------
java_major() {
  # prints the feature version of the given java binary (e.g. 17, 21, 25), or nothing
  local v
  v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')" || true
  v="${v%%.*}"
  [[ "$v" =~ ^[0-9]+$ ]] && printf '%s' "$v"
}

pick_java_home() {
  local cand major
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    major="$(java_major "$JAVA_HOME/bin/java")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then printf '%s' "$JAVA_HOME"; return 0; fi
    log "JAVA_HOME=$JAVA_HOME is Java ${major:-?}; Keycloak needs 21+, looking elsewhere"
  fi
  for cand in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[1-9]* /usr/lib/jvm/*-25*; do
    [[ -x "$cand/bin/java" ]] || continue
    major="$(java_major "$cand/bin/java")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then printf '%s' "$cand"; return 0; fi
  done
  return 1
}

KC_JAVA_HOME="$(pick_java_home)" || die "no Java 21+ found (set JAVA_HOME to a JDK 21 or newer)"
export JAVA_HOME="$KC_JAVA_HOME"
export PATH="$JAVA_HOME/bin:$PATH"
KC_JAVA_MAJOR="$(java_major "$JAVA_HOME/bin/java")"
log "using Java $KC_JAVA_MAJOR at $JAVA_HOME"
if [[ "$KC_JAVA_MAJOR" -ge 24 ]]; then
  # Java 24+: allow jboss-threads' thread-local reset (otherwise an IllegalAccessError
  # is printed on shutdown) and silence netty's sun.misc.Unsafe deprecation warnings.
  export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} --add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi

# --- (c) import the realm and start -----------------------------------------
if [[ "${KC_FRESH:-0}" == "1" ]]; then
  log "KC_FRESH=1: removing the dev database $KC_HOME/data/h2"
  rm -rf "$KC_HOME/data/h2"
fi
mkdir -p "$KC_HOME/data/import"
cp -f "$REALM_FILE" "$KC_HOME/data/import/realm-tonghop.json"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

log "starting Keycloak $KC_VERSION on http://localhost:$KC_PORT (realm: http://localhost:$KC_PORT/realms/tonghop)"
log "admin console: http://localhost:$KC_PORT/admin  (user: $KC_BOOTSTRAP_ADMIN_USERNAME, dev only)"
cd "$REPO_DIR"
# exec keeps Keycloak in the foreground as this process, so Ctrl+C / kill stops it.
exec "$KC_HOME/bin/kc.sh" start-dev --http-port "$KC_PORT" --import-realm "$@"
