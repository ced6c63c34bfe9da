# shellcheck shell=bash
# The JVM that runs the packaged service, and its settings; sourced by bin/run
# and bin/aot-train so that the AOT cache is made and used by the same JVM with
# the same settings (the JVM ignores a cache made otherwise).
#
# Sets: java (path), java_version (e.g. 25.0.3+9-LTS), java_feature (e.g. 25), java_opts (array), aot_cache (path
# of the AOT cache when this JVM can use one, else empty).
#
#   MINUKU_JAVA   the java to use (default: the first of $JAVA_HOME/bin/java,
#                 java on the PATH and /usr/lib/jvm/*/bin/java that is JDK 25
#                 or newer, for its AOT cache; else $JAVA_HOME/bin/java or java)
#   JAVA_OPTS     replaces the JVM settings below
#   MINUKU_AOT    off: no AOT cache even on JDK 25+

java_version_of() { # $1: a java executable; prints its full version (25.0.3, 17.0.15, ...)
    # The JDK's release file answers at once; running java -version costs 0.1 s.
    local home v=""
    home="$(dirname "$(dirname "$(readlink -f "$(command -v "$1")")")")"
    [[ -f $home/release ]] && v=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$home/release")
    [[ -n $v ]] || v=$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -1)
    echo "${v:-0}"
}

feature_of_version() { # $1: a full version (25.0.3+9-LTS, 1.8.0_402); prints its feature version (25, 8)
    local v=${1#1.}
    echo "${v%%[!0-9]*}"
}

java_feature_of() { # $1: a java executable; prints its feature version (17, 25, ...)
    feature_of_version "$(java_version_of "$1")"
}

pick_java() {
    local candidate
    if [[ -n ${MINUKU_JAVA:-} ]]; then
        java="$MINUKU_JAVA"
        return
    fi
    local candidates=()
    [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && candidates+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
    for candidate in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V -r); do candidates+=("$candidate"); done
    for candidate in "${candidates[@]}"; do
        if (($(java_feature_of "$candidate") >= 25)); then
            java="$candidate"
            return
        fi
    done
    java="${candidates[0]:-java}"
}

pick_java
java_version=$(java_version_of "$java")
java_feature=$(feature_of_version "$java_version")

# Measured in docs/performance.md. The live set is about 25 MB, and about 60 MB
# with 100 connections sending the largest accepted email (analyses in flight
# are bounded by AnalysisSlots, requests by the 6 worker threads), so on JDK 25
# with compact object headers (every object 4 bytes smaller) a 128 MB heap
# holds that worst case and keeps the resident size under 400 MB. Older JVMs
# get the 192 MB measured for them. The serial collector suits a small heap on
# few cores.
if [[ -n ${JAVA_OPTS:-} ]]; then
    # shellcheck disable=SC2206 # JAVA_OPTS holds several options
    java_opts=($JAVA_OPTS)
elif ((java_feature >= 25)); then
    java_opts=(-XX:+UseSerialGC -Xms64m -Xmx128m -XX:+UseCompactObjectHeaders)
else
    java_opts=(-XX:+UseSerialGC -Xms64m -Xmx192m)
fi
# Two malloc arenas keep the native memory of many threads from growing the
# resident size.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

aot_cache=""
if ((java_feature >= 25)) && [[ ${MINUKU_AOT:-on} != off ]]; then
    aot_cache="target/quarkus-app/app.aot"
fi
