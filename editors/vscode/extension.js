// Starts `topolint lsp` for topology documents: the installed dotnet tool, or the path the user set.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration('topolint');
  const command = settings.get('path') || 'topolint';
  const baseline = settings.get('baseline') || undefined;
  // Passed as set: the server logs a value out of its range and keeps its own default.
  const debounce = settings.get('debounce');
  const serverOptions = { command, args: ['lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', pattern: '**/*.topology.{yaml,yml,json}' },
      // Fragments have no fixed name: YAML and JSON files are sent too; the server lints only what a root includes
      // or what is itself a topology document.
      { scheme: 'file', language: 'yaml' },
    ],
    initializationOptions: { baseline, debounce },
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.topology.yaml,*.topology.yml,*.topology.json,*.yaml,*.yml,.editorconfig,.globalconfig,*.baseline.json}'),
    },
  };
  client = new LanguageClient('topolint', 'TopologyLint', serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
