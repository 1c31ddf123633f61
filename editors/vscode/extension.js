// The svmi extension for VS Code: highlighting comes from the TextMate grammar in package.json;
// everything else from the language server, `svmi lsp`, which this client starts for .svmi files.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('svmi');
  const serverOptions = {
    command: config.get('server.command', 'svmi'),
    args: config.get('server.args', ['lsp']),
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'svmi' },
      { scheme: 'untitled', language: 'svmi' },
    ],
  };
  client = new LanguageClient('svmi', 'svmi language server', serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
