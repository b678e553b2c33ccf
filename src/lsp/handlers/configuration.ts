import { fileURLToPath } from 'node:url';
import type { Session, Settings } from '../session.js';
import { kindOfChange } from '../workspace.js';
import { asLang } from '../session.js';

/** The client's settings (`jaarplan.lang`) and the files it watches for us (configs, plans): each change checks the open plans again. */
export function registerConfiguration(session: Session): void {
  const { connection } = session;
  connection.onDidChangeConfiguration(async (change) => {
    const given = (change.settings as { jaarplan?: Settings } | null)?.jaarplan;
    if (given) session.settingLang = asLang(given.lang);
    else await session.readSettings();
    session.publishAll();
  });

  connection.onDidChangeWatchedFiles(async (change) => {
    let any = false;
    for (const workspace of session.workspaces) {
      const kinds = new Set(
        change.changes.map((c) => (c.uri.startsWith('file:') ? kindOfChange(workspace.root, fileURLToPath(c.uri)) : null)),
      );
      if (kinds.has('config')) await session.reloadConfig(workspace);
      if (kinds.has('plans')) await workspace.reloadPlans();
      any ||= kinds.has('config') || kinds.has('plans');
    }
    if (any) session.publishAll();
  });
}
