/**
 * The library under CDK Terrain: `cdktf` resolved to `cdktn` through an npm alias. Packs the compiled
 * library, installs it with `cdktf@npm:cdktn@^0.24` into a temp dir and synthesizes a stack there.
 * Needs the npm registry; slow (an npm install), hence the long timeout.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

const SCRIPT = `
const path = require('path');
const { App, TerraformStack, TerraformVariable } = require('cdktf');
const c = require('genesys-cobrowse-cdktf/lib/constructs');
const g = require('genesys-cobrowse-cdktf/lib/constructs/bindings/generated');
const app = new App({ outdir: path.join(__dirname, 'out') });
const stack = new TerraformStack(app, 'terrain');
new g.GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: 'us-east-1' });
new g.DatadogProvider(stack, 'datadog');
const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
const queue = new TerraformVariable(stack, 'queue', { type: 'string' });
const client = new c.GenesysOAuthClient(stack, 'client', { name: 'svc', operations: ['postConversationCobrowse', 'postConversationsCallbacks'] });
new c.CobrowseSettings(stack, 'web', { name: 'web', languages: ['en-us'], defaultLanguage: 'en-us', channels: ['Webmessaging'] });
new c.CobrowseTrigger(stack, 'trigger', {
  name: 'terrain', region: 'us-east-1', oauthClient: client, existingMonitorId: '1',
  webhookUrl: 'https://h.example.com', webhookSecret: secret.stringValue,
  fallback: { operation: 'postConversationsCallbacks', body: { callbackNumbers: ['+15555550100'], routingData: { queueId: queue.stringValue } } },
});
app.synth();
const bad = new TerraformStack(new App({ outdir: path.join(__dirname, 'bad') }), 'bad');
new c.GenesysOAuthClient(bad, 'client', { name: 'svc', operations: ['postConversationCobrowse'], additionalPermissions: ['cobrowse:write'] });
let error = '';
try { bad.node.root.synth(); } catch (e) { error = e.message; }
process.stdout.write(JSON.stringify({ cdktf: require('cdktf/package.json').name, error }));
`;

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('under CDK Terrain (cdktf@npm:cdktn)', () => {
  it('synthesizes the constructs and enforces their validations', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktn-'));
    try {
      // Compile into a scratch package (the repo's lib/ is left alone), pack it, install it next to cdktn.
      const pkg = path.join(tmp, 'pkg');
      try {
        sh(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', path.join(ROOT, 'tsconfig.json'), '--outDir', path.join(pkg, 'lib'), '--declaration', 'false', '--sourceMap', 'false'], ROOT);
      } catch {
        // Type errors elsewhere in the tree still emit JavaScript; what matters is that the constructs compiled.
      }
      expect(fs.existsSync(path.join(pkg, 'lib/constructs/index.js'))).toBe(true);
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      delete manifest.scripts;
      fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ ...manifest, files: ['lib'] }, null, 2));
      const tarball = path.join(pkg, sh('npm', ['pack', '--ignore-scripts', '--silent'], pkg).trim().split('\n').pop()!);

      const appDir = path.join(tmp, 'app');
      fs.mkdirSync(appDir);
      fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'terrain-app', private: true }));
      sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, 'cdktf@npm:cdktn@^0.24', 'constructs@10.7.x'], appDir);
      fs.writeFileSync(path.join(appDir, 'synth.js'), SCRIPT);
      const result = JSON.parse(sh('node', ['synth.js'], appDir));

      expect(result.cdktf).toBe('cdktn');
      expect(result.error).toContain('`cobrowse:write` is not a Genesys Cloud permission');
      const doc = JSON.parse(fs.readFileSync(path.join(appDir, 'out/stacks/terrain/cdk.tf.json'), 'utf8'));
      expect(Object.values(doc.resource.genesyscloud_oauth_client)).toEqual([expect.objectContaining({ authorized_grant_type: 'CLIENT-CREDENTIALS' })]);
      expect(Object.values(doc.resource.genesyscloud_auth_role)).toEqual([
        expect.objectContaining({ permission_policies: expect.arrayContaining([{ domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] }]) }),
      ]);
      expect(Object.values(doc.resource.genesyscloud_webdeployments_configuration)).toEqual([expect.objectContaining({ cobrowse: [expect.objectContaining({ channels: ['Webmessaging'] })] })]);
      expect(Object.values(doc.resource.datadog_webhook)).toEqual([expect.objectContaining({ custom_headers: '${jsonencode({"X-Cobrowse-Webhook-Secret" = var.secret})}' })]);
      // PayloadCheck: one null output per operation carrying the preconditions
      const outputs = Object.values(doc.output as Record<string, { precondition?: unknown[] }>);
      expect(outputs.flatMap((o) => o.precondition ?? []).length).toBeGreaterThan(0);
      expect(doc.terraform.required_providers.genesyscloud.source).toBe('mypurecloud/genesyscloud');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});
