/**
 * The provider process as go-plugin sees it: magic-cookie refusal, the one-line handshake, mutual TLS,
 * bad input answered with a diagnostic (not a crash or a hang), and Shutdown ending the process.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import { PLUGIN_METHODS } from '../../src/provider/protocol';
import { decodeValue, encodeValue } from '../../src/provider/msgpack';
import { generateServerCertificate } from '../../src/provider/tls';
import { call, startPlugin, type RunningPlugin } from './plugin-client';

const ENTRY = path.join(__dirname, '..', '..', 'lib', 'provider', 'main.js');

test('the start-up file and the lazily loaded checks are bundles of their own: besides Node built-ins, they require only each other', () => {
  const bundle = (name: string) => {
    const text = fs.readFileSync(path.join(path.dirname(ENTRY), name), 'utf8');
    // The 2 MB API snapshot is read from lib/genesys/data/ by the checks, never inlined.
    expect(text.length).toBeLessThan(500_000);
    return [...new Set([...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))].filter((m) => !builtinModules.includes(m.replace(/^node:/, ''))).sort();
  };
  expect(bundle('main.js')).toEqual(['./data-sources', './live-checks']);
  expect(bundle('data-sources.js')).toEqual([]);
});

test("the checks' bundle leaves out the genesyscloud resource rules of check-terraform", () => {
  // Loaded by every start that checks a payload (about 7 ms and 59 KB more with them): the provider's files import
  // the validator's modules, never src/validation/index.ts, which also loads src/validation/resource/.
  const modules = [...fs.readFileSync(path.join(path.dirname(ENTRY), 'data-sources.js'), 'utf8').matchAll(/^\/\/ (lib\/\S+)$/gm)].map((m) => m[1]);
  expect(modules).toContain('lib/validation/request.js');
  expect(modules.filter((m) => m.startsWith('lib/validation/resource/') || m === 'lib/validation/index.js')).toEqual([]);
});

test('refuses to run without the magic cookie, with a clear message and exit code 1', () => {
  const env = { ...process.env };
  delete env.TF_PLUGIN_MAGIC_COOKIE;
  const result = spawnSync(process.execPath, [ENTRY], { env, encoding: 'utf8', timeout: 10_000 });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/Terraform plugin.*not meant to be executed directly/s);
});

describe('a running provider process', () => {
  let plugin: RunningPlugin;
  let client: grpc.Client;
  let handshake: string;

  beforeAll(async () => {
    plugin = await startPlugin(ENTRY);
    handshake = plugin.handshake;
    client = plugin.connect();
  });
  afterAll(() => {
    client?.close();
    if (plugin && plugin.child.exitCode === null) plugin.child.kill();
  });

  test('prints exactly one go-plugin handshake line: core 1, protocol 6, loopback tcp, grpc, unpadded DER cert', () => {
    expect(handshake).toMatch(/^1\|6\|tcp\|127\.0\.0\.1:\d+\|grpc\|[A-Za-z0-9+/]+\n$/);
  });

  test('malformed values from Terraform become error diagnostics', async () => {
    const garbage = await call(client, 'ReadDataSource', {
      type_name: 'genesyscobrowse_payload_check',
      config: { msgpack: Buffer.from([0xc1]) }, // 0xc1 is never valid msgpack
    });
    expect(garbage.diagnostics).toEqual([expect.objectContaining({ severity: 'ERROR', summary: expect.stringMatching(/ReadDataSource failed/) })]);

    const notJson = await call(client, 'ValidateDataResourceConfig', {
      type_name: 'genesyscobrowse_payload_check',
      config: { msgpack: encodeValue({ operation: 'POST /api/v2/conversations/callbacks', body: '{oops', fail_on_error: null }) },
    });
    expect(notJson.diagnostics).toEqual([
      expect.objectContaining({ severity: 'ERROR', detail: expect.stringContaining('[invalid-json]'), attribute: { steps: [expect.objectContaining({ attribute_name: 'body' })] } }),
    ]);
    expect(JSON.stringify(notJson)).not.toContain('oops'); // JSON.parse's own message would quote it

    const badArgument = await call(client, 'CallFunction', { name: 'check_body', arguments: [{ msgpack: Buffer.from([0xc1]) }] });
    expect(badArgument).toEqual({ error: { text: expect.stringMatching(/CallFunction failed/) } });
  });

  test('declares the functions in its schema and answers CallFunction', async () => {
    const schema = await call(client, 'GetProviderSchema', {});
    expect(Object.keys(schema.functions as object).sort()).toEqual(['body_errors', 'check_body']);
    const called = await call(client, 'CallFunction', {
      name: 'body_errors',
      arguments: [{ msgpack: encodeValue('POST /api/v2/conversations/callbacks') }, { msgpack: encodeValue([Buffer.from('"string"'), '{"queueId": 1}']) }],
    });
    expect(decodeValue((called.result as { msgpack: Uint8Array }).msgpack)).toEqual([expect.stringMatching(/callbackNumbers/), expect.stringMatching(/queueId/)]);
  });

  test('a client without the certificate Terraform passed is refused (mutual TLS)', async () => {
    for (const cert of [generateServerCertificate(), null]) {
      const other = plugin.connect(cert);
      await expect(call(other, 'GetProviderSchema', {})).rejects.toThrow();
      other.close();
    }
    expect(await call(client, 'GetProviderSchema', {})).toHaveProperty('provider');
  });

  test('GRPCController.Shutdown ends the process promptly with exit code 0', async () => {
    const exited = new Promise<number | null>((resolve) => plugin.child.on('exit', resolve));
    const empty = PLUGIN_METHODS['/plugin.GRPCController/Shutdown'].response;
    await new Promise<void>((resolve, reject) =>
      client.makeUnaryRequest('/plugin.GRPCController/Shutdown', () => Buffer.alloc(0), (b: Buffer) => empty.decode(b), {}, (err) => (err ? reject(err) : resolve())),
    );
    expect(await exited).toBe(0);
  });
});
