// Unit test of the extension's wiring, with the vscode API and the
// language client replaced by fakes (no VS Code needed):
//   node --test editors/vscode/test/
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const Module = require('node:module');

const calls = { clipboard: [], info: [], clients: [] };
const fakeVscode = {
  workspace: {
    getConfiguration: () => ({ get: (k, d) => (k === 'path' ? '/opt/bin/junoslint' : d) }),
    createFileSystemWatcher: (glob) => ({ glob }),
  },
  env: { clipboard: { writeText: async (t) => calls.clipboard.push(t) } },
  window: { showInformationMessage: (m) => calls.info.push(m) },
};
class FakeClient {
  constructor(id, name, server, client) {
    Object.assign(this, { id, name, server, client });
    calls.clients.push(this);
  }
  start() { this.started = true; return Promise.resolve(); }
  stop() { this.stopped = true; return Promise.resolve(); }
  dispose() {}
}
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return fakeVscode;
  if (request === 'vscode-languageclient/node') return { LanguageClient: FakeClient };
  return load.call(this, request, ...rest);
};
const ext = require('../extension.js');

test('activate starts junoslint lsp for the junos language', async () => {
  const context = { subscriptions: [] };
  await ext.activate(context);
  assert.strictEqual(calls.clients.length, 1);
  const c = calls.clients[0];
  assert.deepStrictEqual(c.server, { command: '/opt/bin/junoslint', args: ['lsp', '--debounce', '100ms'] });
  assert.deepStrictEqual(c.client.documentSelector, [{ language: 'junos' }]);
  assert.strictEqual(c.client.synchronize.fileEvents.glob, '**/.junoslint.yaml');
  assert.ok(c.started);
  assert.deepStrictEqual(context.subscriptions, [c]);
  await ext.deactivate();
  assert.ok(c.stopped);
});

test('copy as set commands puts the text on the clipboard', async () => {
  const mw = ext.clientOptions().middleware.executeCommand;
  const text = 'set security pki ca-profile X revocation-check crl url <crl-url>\n';
  const got = await mw('junoslint.copySetCommands', [{}], async () => text);
  assert.strictEqual(got, text);
  assert.deepStrictEqual(calls.clipboard, [text]);
  // Other commands pass through untouched.
  assert.strictEqual(await mw('other.command', [], async () => 'x'), 'x');
  assert.strictEqual(calls.clipboard.length, 1);
});
