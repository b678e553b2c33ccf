#!/usr/bin/env bash
# The steps of the jaarplan GitHub Action (action.yml), as one script that a test can run in a
# shell with a simulated runner: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the inputs as environment
# variables. The inputs come in as variables, never pasted into the script, so no input can run code.
#
#   jaarplan-action.sh install    install and build jaarplan from the action's own checkout
#   jaarplan-action.sh validate   annotations, the reports asked for, the totals in the job summary
#   jaarplan-action.sh diff       the pull request's diff in the job summary and as a comment body
#   jaarplan-action.sh conclude   fail when validate or diff found something
#
# Inputs: JAARPLAN_PLANS (plans folder), JAARPLAN_FORMATS (validate formats, separated by spaces or
# commas), JAARPLAN_FAIL_ON (diff --fail-on), JAARPLAN_STRICT (true/false), JAARPLAN_LANG (nl/en),
# BASE_REF (the pull request's base branch), and for conclude VALIDATE_CODE and DIFF_CODE.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$here/bin/jaarplan.js"
plans="${JAARPLAN_PLANS:-plans/}"
lang="${JAARPLAN_LANG:-nl}"
# The hidden first line by which the comment is found again and updated on the next push.
marker='<!-- jaarplan-diff -->'

output() { echo "$1=$2" >> "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"; }
summary() { if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat >> "$GITHUB_STEP_SUMMARY"; else cat > /dev/null; fi; }

case "${1:-}" in
  install)
    cd "$here"
    npm ci --no-audit --no-fund
    ;;

  validate)
    args=(validate "$plans" --lang "$lang")
    case "${JAARPLAN_STRICT:-false}" in
      true) args+=(--strict) ;;
      false | '') ;;
      *) echo "::error title=jaarplan::strict must be true or false, not \"$JAARPLAN_STRICT\"" >&2; exit 2 ;;
    esac
    for format in ${JAARPLAN_FORMATS//,/ }; do
      case "$format" in
        github | text) args+=(--format "$format") ;;
        junit) args+=(--format junit --output jaarplan-junit.xml); output junit jaarplan-junit.xml ;;
        sarif) args+=(--format sarif --output jaarplan.sarif); output sarif jaarplan.sarif ;;
        json) args+=(--format json --output jaarplan-validate.json); output json jaarplan-validate.json ;;
        *) echo "::error title=jaarplan::Unknown format \"$format\" in formats; choose from github, text, junit, sarif, json" >&2; exit 2 ;;
      esac
    done
    set +e
    node "$bin" "${args[@]}"
    code=$?
    set -e
    output code "$code"
    # The totals are refused while a plan has errors; the annotations say why.
    node "$bin" totals "$plans" --format markdown --lang "$lang" | summary || true
    # 2 is a usage or input failure: nothing more to do.
    if [ "$code" -ge 2 ]; then exit "$code"; fi
    ;;

  diff)
    : "${BASE_REF:?BASE_REF (the base branch of the pull request) is not set}"
    args=(diff --base "origin/$BASE_REF" --format markdown --lang "$lang")
    if [ -n "${JAARPLAN_FAIL_ON:-}" ]; then args+=(--fail-on "$JAARPLAN_FAIL_ON"); fi
    set +e
    node "$bin" "${args[@]}" > jaarplan-diff.md
    code=$?
    set -e
    output code "$code"
    # 2 is a usage or git failure: there is no diff to post.
    if [ "$code" -ge 2 ]; then exit "$code"; fi
    summary < jaarplan-diff.md
    { printf '%s\n' "$marker"; cat jaarplan-diff.md; } > jaarplan-comment.md
    output comment jaarplan-comment.md
    ;;

  conclude)
    if [ "${VALIDATE_CODE:-0}" = 1 ]; then echo "jaarplan: the plans have findings (see the annotations)." >&2; fi
    if [ "${DIFF_CODE:-0}" = 1 ]; then echo "jaarplan: the edit introduced an error or tripped fail-on (see the diff)." >&2; fi
    if [ "${VALIDATE_CODE:-0}" = 1 ] || [ "${DIFF_CODE:-0}" = 1 ]; then exit 1; fi
    ;;

  *)
    echo "usage: jaarplan-action.sh install|validate|diff|conclude" >&2
    exit 2
    ;;
esac
