/**
 * The worked example (examples/datadog-apm-cobrowse) planned whole: its genesyscloud and datadog resources on the
 * provider stand-ins, its payload checks on this package's provider, all from one local mirror.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'cdktf';
import { buildExample } from '../../examples/datadog-apm-cobrowse/main';
import { StandInMirror } from '../support/stand-in/mirror';

jest.setTimeout(300_000);

test('terraform validate, plan and show -json on the synthesized example stack', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-example-plan-'));
  try {
    const app = new App({ outdir: path.join(tmp, 'out') });
    buildExample(app);
    app.synth();
    const dir = path.join(tmp, 'stack');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(tmp, 'out', 'stacks', 'datadog-apm-cobrowse', 'cdk.tf.json'), path.join(dir, 'cdk.tf.json'));
    const mirror = StandInMirror.create(tmp);
    const { failed, run, planJson } = await mirror.check(dir, { plan: true, vars: { webhook_secret: 'test-secret', workitem_type_id: 'type-1' } });
    expect({ failed, output: failed ? `${run.stdout}\n${run.stderr}` : '' }).toEqual({ failed: undefined, output: '' });
    const changes = (planJson as { resource_changes: { type: string; change: { actions: string[]; after_sensitive: Record<string, unknown> } }[] }).resource_changes;
    const types = new Set(changes.map((c) => c.type));
    for (const type of ['genesyscloud_oauth_client', 'genesyscloud_auth_role', 'genesyscloud_webdeployments_configuration', 'datadog_monitor', 'datadog_webhook']) {
      expect(types).toContain(type);
    }
    expect(changes.filter((c) => c.type.startsWith('genesyscloud_') || c.type.startsWith('datadog_')).every((c) => c.change.actions.join() === 'create')).toBe(true);
    // The webhook's headers carry the secret: the datadog schema marks them sensitive, and the plan says so.
    expect(changes.find((c) => c.type === 'datadog_webhook')?.change.after_sensitive).toMatchObject({ custom_headers: true });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
