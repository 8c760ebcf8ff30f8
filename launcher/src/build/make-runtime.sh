#!/usr/bin/env bash
# Builds the fast-start runtime of the cinderj script (run by Maven in launcher's package phase):
#  1. launcher/target/jre: a jlink image of the JDK that runs Maven, without the JDK's placeholder
#     jdk.graal.compiler module, so that the real Graal compiler (language/target/graal-compiler)
#     can go on the plain module path; unlike --upgrade-module-path, that keeps class-data sharing.
#  2. launcher/target/cinderj.aot: an AOT cache (JEP 483/514/515: classes loaded and linked,
#     method profiles) written by a training run of the cinderj script on this image.
# Usage: make-runtime.sh <jdk home> <launcher target dir> <repository root>
# Each step is skipped when its output is up to date. A failed step warns and leaves the step's
# output absent: the script then falls back to slower ways of starting, it still works.
set -uo pipefail
jdk="$1"; target="$2"; repo="$3"
jre="$target/jre"
aot="$target/cinderj.aot"
train="$repo/launcher/src/build/train.py"

# The modules of the image: what Truffle, the Graal compiler and cinderj need, plus agents, attach
# (jcmd, jstack) and the debugger agent. Not JFR: with jdk.jfr in the boot layer Truffle registers
# its JFR events at startup (~40 ms CPU); JFR users (and host-interop users who need more of the
# JDK, e.g. java.desktop) run with CINDERJ_IMAGE=0.
modules=java.base,java.logging,java.management,jdk.management,jdk.unsupported,jdk.internal.vm.ci
modules+=,jdk.zipfs,jdk.charsets,jdk.attach,jdk.jdwp.agent,java.instrument

stamp="$(grep -E '^(JAVA_RUNTIME_VERSION|IMPLEMENTOR)=' "$jdk/release" 2>/dev/null | tr '\n' ' ') $jdk $modules"
if [ -x "$jre/bin/java" ] && [ "$(cat "$jre/cinderj-stamp" 2>/dev/null)" = "$stamp" ]; then
  :
else
  rm -rf "$jre" "$aot"
  echo "[cinderj] jlink: runtime image $jre"
  # --add-options is not used: the cinderj script passes every flag (so that it can fall back).
  "$jdk/bin/jlink" --add-modules "$modules" --output "$jre" --strip-debug --no-header-files --no-man-pages
  if [ -x "$jre/bin/java" ]; then
    echo "$stamp" > "$jre/cinderj-stamp"
  else
    echo "[cinderj] WARNING: jlink failed; ./cinderj will run on the JDK (slower start)" >&2
    rm -rf "$jre"
    exit 0
  fi
fi

# The AOT cache is valid for exactly these jars, image and flags: redo it when any is newer.
if [ -f "$aot" ] && [ -z "$(find "$target"/cinderj-launcher-*.jar "$target/lib" "$repo/language/target/graal-compiler" \
                        "$jre/cinderj-stamp" "$repo/cinderj" "$train" "$0" -newer "$aot" 2>/dev/null | head -1)" ]; then
  exit 0
fi
rm -f "$aot"
echo "[cinderj] training run: AOT cache $aot"
start=$(date +%s)
# engine.BackgroundCompilation=false: the hot function of the training program is compiled before
# it ends, so the Graal compiler's classes are in the cache too (the first compilation of every
# later run is faster).
CINDERJ_AOT_OUTPUT="$aot" "$repo/cinderj" --engine.BackgroundCompilation=false "$train" \
  > "$target/cinderj-aot-training.log" 2>&1
status=$?
if [ ! -f "$aot" ]; then
  echo "[cinderj] WARNING: the AOT training run wrote no cache (see $target/cinderj-aot-training.log);" \
       "./cinderj will start without it (slower)" >&2
  exit 0
fi
if [ "$status" != 0 ]; then
  # The cache is still good: it holds what the program used up to its failure.
  echo "[cinderj] WARNING: the AOT training program failed (status $status, see $target/cinderj-aot-training.log)" >&2
fi
echo "[cinderj] AOT cache written in $(( $(date +%s) - start )) s"
