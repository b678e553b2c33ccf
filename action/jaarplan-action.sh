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

output() { echo "$1=$2" >> "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"; }
summary() { if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat >> "$GITHUB_STEP_SUMMARY"; else cat > /dev/null; fi; }

# The runner reads every line of the log for workflow commands (::error::, ::add-mask::, …). Text
# that comes from inputs goes into the script's own commands escaped as the runner's data, so a
# newline cannot start a command of its own.
escape_data() {
  local s="$1"
  s="${s//'%'/%25}"
  s="${s//$'\r'/%0D}"
  s="${s//$'\n'/%0A}"
  printf '%s' "$s"
}
fail() { echo "::error title=jaarplan::$(escape_data "$1")" >&2; exit 2; }
# jaarplan's own messages quote file names, plan text and inputs as they are: they reach the log
# with workflow commands stopped, between tokens that no text can guess, all on one stream (the
# runner reads stdout and stderr apart, so the order holds only within one).
log_text() {
  [ -s "$1" ] || return 0
  local token
  token="jaarplan-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  {
    echo "::stop-commands::$token"
    cat "$1"
    # The end token must start a line of its own.
    if [ -n "$(tail -c 1 "$1")" ]; then echo; fi
    echo "::$token::"
  } >&2
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

case "${1:-}" in
  install)
    cd "$here"
    npm ci --no-audit --no-fund
    ;;

  validate)
    args=(validate "$plans" --lang "$lang")
    text=false
    case "${JAARPLAN_STRICT:-false}" in
      true) args+=(--strict) ;;
      false | '') ;;
      *) fail "strict must be true or false, not \"$JAARPLAN_STRICT\"" ;;
    esac
    for format in ${JAARPLAN_FORMATS//,/ }; do
      case "$format" in
        github) args+=(--format github) ;;
        text) args+=(--format text); text=true ;;
        junit) args+=(--format junit --output jaarplan-junit.xml); output junit jaarplan-junit.xml ;;
        sarif) args+=(--format sarif --output jaarplan.sarif); output sarif jaarplan.sarif ;;
        json) args+=(--format json --output jaarplan-validate.json); output json jaarplan-validate.json ;;
        *) fail "Unknown format \"$format\" in formats; choose from github, text, junit, sarif, json" ;;
      esac
    done
    set +e
    node "$bin" "${args[@]}" > "$work/validate.out" 2> "$work/validate.err"
    code=$?
    set -e
    output code "$code"
    # The github format's annotations are workflow commands, escaped by jaarplan; text is not.
    if [ "$text" = true ]; then log_text "$work/validate.out"; else cat "$work/validate.out"; fi
    log_text "$work/validate.err"
    # The totals are refused while a plan cannot be counted: then the summary says why. A plan whose
    # budget rules fail is counted, its errors on top of the totals (exit 1 with the totals written).
    set +e
    node "$bin" totals "$plans" --format markdown --lang "$lang" > "$work/totals.md" 2> "$work/totals.err"
    totals=$?
    set -e
    log_text "$work/totals.err"
    if [ "$totals" = 0 ] || { [ "$totals" = 1 ] && [ -s "$work/totals.md" ]; }; then
      summary < "$work/totals.md"
    else
      node "$here/action/comment.mjs" refused "$work/totals.err" | summary
    fi
    # 2 is a usage or input failure: nothing more to do.
    if [ "$code" -ge 2 ]; then exit "$code"; fi
    ;;

  diff)
    : "${BASE_REF:?BASE_REF (the base branch of the pull request) is not set}"
    args=(diff --base "origin/$BASE_REF" --format markdown --lang "$lang")
    if [ -n "${JAARPLAN_FAIL_ON:-}" ]; then args+=(--fail-on "$JAARPLAN_FAIL_ON"); fi
    set +e
    node "$bin" "${args[@]}" > jaarplan-diff.md 2> "$work/diff.err"
    code=$?
    set -e
    output code "$code"
    log_text "$work/diff.err"
    # 2 is a usage or git failure: there is no diff to post.
    if [ "$code" -ge 2 ]; then exit "$code"; fi
    # The job summary has the whole diff; the comment fits GitHub's limit and links to it.
    summary < jaarplan-diff.md
    node "$here/action/comment.mjs" comment jaarplan-diff.md > jaarplan-comment.md
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
