// The junoslint extension: starts `junoslint lsp` for files of the "junos"
// language and leaves everything else to the language server.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

const COPY = 'junoslint.copySetCommands';

let client;

// serverOptions returns how to start the server from the settings.
function serverOptions(cfg) {
  return {
    command: cfg.get('path', 'junoslint'),
    args: ['lsp', '--debounce', cfg.get('debounce', '100ms')],
  };
}

// clientOptions says which documents the server gets and puts the text of
// "Copy as set commands" on the clipboard.
function clientOptions() {
  return {
    documentSelector: [{ language: 'junos' }],
    synchronize: {
      // A changed .junoslint.yaml re-lints the open files.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.junoslint.yaml'),
    },
    middleware: {
      executeCommand: async (command, args, next) => {
        const result = await next(command, args);
        if (command === COPY && typeof result === 'string') {
          await vscode.env.clipboard.writeText(result);
          vscode.window.showInformationMessage('junoslint: set commands copied to the clipboard');
        }
        return result;
      },
    },
  };
}

function activate(context) {
  const cfg = vscode.workspace.getConfiguration('junoslint');
  client = new LanguageClient('junoslint', 'junoslint', serverOptions(cfg), clientOptions());
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions, clientOptions };
