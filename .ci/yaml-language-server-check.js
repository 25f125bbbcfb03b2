// Opens a topology document in yaml-language-server (the server behind VS Code's YAML extension and other
// editors), as an editor would, and checks what a user sees from schema/topology.schema.json: human messages for
// failed patterns, a description for each enum value offered, and hovers titled by the definition they are on.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const repo = path.resolve(__dirname, '..');
const schemaPath = path.join(repo, 'schema', 'topology.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'topolint-yls-'));
const documentPath = path.join(work, 'check.topology.yaml');
const text = [
  'topology: check',
  'product: lync-server-2013',
  'sipDomains: [contoso.com]',
  'sites:',
  '  - id: Bad Site',
  '    kind: central',
  'pools:',
  '  - fqdn: pool01.contoso.local',
  '    role: ',
  '    site: redmond',
  '',
].join('\n');
fs.writeFileSync(documentPath, text);
const uri = pathToFileURL(documentPath).href;

const server = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const settings = { yaml: { validate: true, hover: true, completion: true, schemas: { [pathToFileURL(schemaPath).href]: ['*.topology.yaml'] } } };
let nextId = 1;
const pending = new Map();
const diagnostics = [];
let diagnosticsArrived;
const diagnosticsPromise = new Promise(resolve => { diagnosticsArrived = resolve; });

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise(resolve => pending.set(id, resolve));
}
let buffer = Buffer.alloc(0);
server.stdout.on('data', chunk => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, headerEnd).toString())[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.slice(headerEnd + 4 + length);
    if (message.id !== undefined && message.method) {
      // The server asks for settings (workspace/configuration) or registers capabilities: answer as an editor does.
      send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(i => i.section ? settings[i.section] ?? null : settings) : null });
    } else if (message.id !== undefined) {
      pending.get(message.id)(message.result);
    } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.diagnostics.length > 0) {
      diagnostics.push(...message.params.diagnostics);
      diagnosticsArrived();
    }
  }
});

const failures = [];
let checks = 0;
function check(condition, what, detail) {
  checks++;
  if (condition) console.log(`ok: yaml-language-server ${what}`);
  else failures.push(`${what}: ${JSON.stringify(detail)}`);
}
function contents(hover) {
  const value = hover && hover.contents;
  return typeof value === 'string' ? value : Array.isArray(value) ? value.map(v => v.value ?? v).join('\n') : value ? value.value : '';
}

(async () => {
  const timeout = setTimeout(() => { console.error('FAILED: yaml-language-server did not answer in 60 s'); process.exit(1); }, 60000);
  await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(work).href,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } },
    },
  });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings } });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });

  await diagnosticsPromise;
  const siteId = schema.definitions.site.properties.id;
  const onId = diagnostics.filter(d => d.range.start.line === 4);
  check(onId.some(d => d.message.includes(siteId.errorMessage)), 'shows the schema\'s message for a site id that fails its pattern', diagnostics.map(d => d.message));
  check(!diagnostics.some(d => d.message.includes(siteId.pattern)), 'shows no raw pattern', diagnostics.map(d => d.message));

  const completion = await request('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 10 } });
  const items = Array.isArray(completion) ? completion : completion.items;
  const role = schema.definitions.pool.properties.role;
  const documented = role.enum.filter(value => {
    const item = items.find(i => i.label === value);
    const doc = item && (typeof item.documentation === 'string' ? item.documentation : item.documentation && item.documentation.value);
    return doc && doc.includes(role.enumDescriptions[role.enum.indexOf(value)].split(':')[0]);
  });
  check(documented.length === role.enum.length, 'describes every pool role it offers', items.map(i => [i.label, i.documentation]));

  const poolHover = contents(await request('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 6 } }));
  check(poolHover.includes(schema.definitions.pool.title) && !poolHover.includes(schema.title), `titles a hover inside a pool "${schema.definitions.pool.title}"`, poolHover);
  const siteHover = contents(await request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 6 } }));
  check(siteHover.includes(schema.definitions.site.title) && !siteHover.includes(schema.title), `titles a hover inside a site "${schema.definitions.site.title}"`, siteHover);

  clearTimeout(timeout);
  await request('shutdown', null);
  send({ method: 'exit' });
  fs.rmSync(work, { recursive: true, force: true });
  for (const failure of failures) console.error(`FAILED: yaml-language-server ${failure}`);
  console.log(`yaml-language-server checks: ${checks - failures.length} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
})();
