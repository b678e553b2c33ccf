// A worker thread that reads large plans for the language server, so that while a plan of
// megabytes is checked the server keeps answering. It sends back what the editor needs as data:
// the file as validate reads it, the plan and its totals, and the money and outline in both
// languages (their positions need the YAML, which stays in this thread).
import { parentPort } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from './analysis.js';
import { moneyNotes } from './lenses.js';
import { documentSymbols } from './navigation.js';
import type { CheckRequest, CheckResult } from './largePlans.js';

parentPort!.on('message', (request: CheckRequest) => {
  const analysis = analyse(request.text, request.path, request.version, request.checks);
  const document = TextDocument.create(request.uri, 'yaml', request.version, request.text);
  const result: CheckResult = {
    id: request.id,
    analysis: {
      ...analysis,
      doc: null,
      precomputed: {
        notes: { nl: moneyNotes(analysis, document, 'nl'), en: moneyNotes(analysis, document, 'en') },
        symbols: { nl: documentSymbols(analysis, document, 'nl'), en: documentSymbols(analysis, document, 'en') },
      },
    },
  };
  parentPort!.postMessage(result);
});
