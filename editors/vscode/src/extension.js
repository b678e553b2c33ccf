'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { findServer } = require('./findServer.js');

/** @type {LanguageClient | undefined} */
let client;

/** Starts `jaarplan lsp` for the plans of the workspace (`plans/*.yaml`). */
async function activate(context) {
  const settings = vscode.workspace.getConfiguration('jaarplan');
  const folders = (vscode.workspace.workspaceFolders || []).map((f) => f.uri.fsPath);
  const found = findServer({ setting: settings.get('path'), folders, env: process.env });
  if (!found) {
    void vscode.window.showErrorMessage(
      'jaarplan: no jaarplan command found. Install jaarplan in the workspace (npm install --save-dev jaarplan), put it on the PATH, or set jaarplan.path.',
    );
    return;
  }
  const lang = settings.get('lang');
  const shell = process.platform === 'win32' && /\.cmd$/i.test(found.command);
  client = new LanguageClient(
    'jaarplan',
    'jaarplan',
    { command: found.command, args: ['lsp', '--stdio'], options: { cwd: folders[0], shell } },
    {
      documentSelector: [
        { scheme: 'file', language: 'yaml', pattern: '**/plans/*.yaml' },
        { scheme: 'file', language: 'yaml', pattern: '**/plans/*.yml' },
      ],
      initializationOptions: lang ? { lang } : {},
      synchronize: { configurationSection: 'jaarplan' },
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
