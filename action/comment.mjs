// What the action posts and writes where GitHub reads it, kept apart from the shell script so a test
// can call it: the pull-request comment (mentions that notify no one, under GitHub's size limit of a
// comment, each plan shortened to a fair share with a link to the job summary for the rest), and
// the job summary's note when totals are refused.
//
//   node comment.mjs comment DIFF.md     the comment body for a diff in Markdown, on stdout
//   node comment.mjs refused STDERR      the job summary's note for refused totals, on stdout
//
// The words follow JAARPLAN_LANG (nl or en); the link to the job summary is made from the runner's
// GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The hidden first line by which the action finds its comment again and updates it. */
export const marker = '<!-- jaarplan-diff -->';

/**
 * GitHub refuses a comment body of more than 65,536 characters. Measured here in UTF-16 code units,
 * never fewer than GitHub's characters, with room to spare.
 */
export const commentLimit = 65_000;

const words = {
  nl: {
    rest: (link) => `_De rest van dit plan staat in ${link ? `de [samenvatting van de job](${link})` : 'de samenvatting van de job'}._`,
    more: (n, link) =>
      `_Nog ${n} ${n === 1 ? 'plan' : 'plannen'} in ${link ? `de [samenvatting van de job](${link})` : 'de samenvatting van de job'}._`,
    refused: '**Geen totalen:** `jaarplan totals` weigerde de plannen, om deze reden:',
  },
  en: {
    rest: (link) => `_The rest of this plan is in the ${link ? `[job summary](${link})` : 'job summary'}._`,
    more: (n, link) => `_${n} more ${n === 1 ? 'plan' : 'plans'} in the ${link ? `[job summary](${link})` : 'job summary'}._`,
    refused: '**No totals:** `jaarplan totals` refused the plans, for this reason:',
  },
};

/**
 * Puts a zero-width joiner after each `@` that starts a mention (`@user`, `@org/team`), so the
 * comment shows the text and GitHub notifies no one.
 */
export function neutraliseMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200d');
}

/** The job summary's address on the run's page, from the runner's environment; undefined outside one. */
export function summaryLink(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!server || !repository || !run) return undefined;
  return `${server}/${repository}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`;
}

/**
 * A section's blocks: its parts between blank lines, except that a collapsed `<details>` block,
 * which has blank lines inside, stays one block. Plan text cannot open or close one: the diff's
 * Markdown escapes `<` in it.
 */
function blocksOf(section) {
  const blocks = [];
  let open = 0;
  for (const part of section.split('\n\n')) {
    if (open > 0) blocks[blocks.length - 1] += `\n\n${part}`;
    else blocks.push(part);
    open += (part.match(/^<details>$/gm) ?? []).length - (part.match(/^<\/details>$/gm) ?? []).length;
  }
  return blocks;
}

/** A plan's section in at most `budget` characters: its first blocks that fit, then the note. */
function shorten(section, budget, note) {
  const blocks = blocksOf(section);
  let text = blocks[0];
  for (const block of blocks.slice(1)) {
    if (text.length + 2 + block.length + 2 + note.length > budget) break;
    text += `\n\n${block}`;
  }
  return `${text}\n\n${note}`;
}

/**
 * The comment body for a diff's Markdown: the marker, then the diff with mentions neutralised. When
 * that is longer than `limit`, the summary line stays and each plan's section (from its `## ` heading)
 * gets a fair share of the room: sections that fit keep all of theirs, and what they leave is shared
 * by the longer ones, which keep their first blocks and link to the job summary for the rest. Plans
 * for which not even their heading fits are counted in a last line.
 */
export function commentBody(diff, { lang = 'nl', link, limit = commentLimit } = {}) {
  const w = words[lang] ?? words.nl;
  const text = neutraliseMentions(diff.replace(/\n+$/, ''));
  const whole = `${marker}\n${text}\n`;
  if (whole.length <= limit) return whole;

  const [head, ...sections] = text.split(/\n\n(?=## )/);
  const rest = w.rest(link);
  const reserve = `${marker}\n${head}\n\n`.length + w.more(sections.length, link).length + 4;
  let room = limit - reserve;
  const kept = new Map();
  // Shortest first, so each longer section's share includes what the shorter ones did not need.
  const order = sections.map((_, i) => i).sort((a, b) => sections[a].length - sections[b].length);
  order.forEach((index, n) => {
    const share = Math.floor(room / (order.length - n));
    const section = sections[index];
    const fitted = section.length + 2 <= share ? section : shorten(section, share - 2, rest);
    if (fitted.length + 2 > share) return; // not even the heading and the note fit
    kept.set(index, fitted);
    room -= fitted.length + 2;
  });
  const shown = sections.flatMap((_, i) => (kept.has(i) ? [kept.get(i)] : []));
  const left = sections.length - shown.length;
  return `${[`${marker}\n${head}`, ...shown, ...(left > 0 ? [w.more(left, link)] : [])].join('\n\n')}\n`;
}

/** Escapes text for HTML, so a file name or a message stays text inside `<pre>`. */
function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** The job summary's note when `jaarplan totals` refused the plans: why, with its own message. */
export function refusedNote(message, { lang = 'nl' } = {}) {
  const w = words[lang] ?? words.nl;
  return `${w.refused}\n\n<pre>${escapeHtml(message.replace(/\n+$/, ''))}</pre>\n\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, file] = process.argv.slice(2);
  const lang = process.env.JAARPLAN_LANG === 'en' ? 'en' : 'nl';
  if (command === 'comment' && file) {
    process.stdout.write(commentBody(readFileSync(file, 'utf8'), { lang, link: summaryLink(process.env) }));
  } else if (command === 'refused' && file) {
    process.stdout.write(refusedNote(readFileSync(file, 'utf8'), { lang }));
  } else {
    process.stderr.write('usage: comment.mjs comment DIFF.md | refused STDERR\n');
    process.exitCode = 2;
  }
}
