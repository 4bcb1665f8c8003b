import * as fs from 'fs';
import { TerraformVariable, Testing } from 'cdktf';
import { DataGenesyscloudRoutingQueue } from '../../src/constructs/bindings/generated/providers/genesyscloud/data-genesyscloud-routing-queue';
import { CobrowseTrigger, GenesysOAuthClient, PayloadCheck, PayloadCheckStack } from '../../src/constructs';
import { newStack, parsed, synthError, synthValid } from './helpers';
import { initDir, plan } from './terraform';

function sourceStack() {
  const app = Testing.app();
  const stack = newStack(app);
  const number = new TerraformVariable(stack, 'callback_number', { type: 'string', default: '+15555550100', description: 'Number to call back' });
  const typeId = new TerraformVariable(stack, 'type_id', { type: 'string' });
  const queue = new DataGenesyscloudRoutingQueue(stack, 'queue', { name: 'Support' });
  new PayloadCheck(stack, 'callback', { operation: 'postConversationsCallbacks', body: { callbackNumbers: [number.stringValue], routingData: { queueId: queue.id }, callbackUserName: `${typeId.stringValue}-x` } });
  const client = new GenesysOAuthClient(stack, 'client', { name: 'svc', operations: ['postConversationCobrowse', 'postTaskmanagementWorkitems', 'postTaskmanagementWorkitemsQuery'] });
  const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
  new CobrowseTrigger(stack, 'trigger', {
    name: 't', region: 'us-east-1', oauthClient: client, existingMonitorId: '1', webhookUrl: 'https://h.example.com', webhookSecret: secret.stringValue,
    fallback: { operation: 'postTaskmanagementWorkitems', body: { name: 'Follow-up $EVENT_TITLE', typeId: typeId.stringValue, queueId: queue.id } },
  });
  return { app, stack };
}

describe('PayloadCheckStack', () => {
  it("copies a stack's PayloadChecks, nested ones included, into a stack with no provider and one variable per plan-time value", () => {
    const { app, stack } = sourceStack();
    const checks = new PayloadCheckStack(app, 'checks', { source: stack });
    expect(checks.checks.map((c) => c.node.id)).toEqual(['callback', 'trigger_fallback-check']);
    expect([...checks.variables.keys()].sort()).toEqual(['callback_number', 'data_genesyscloud_routing_queue_queue_id', 'type_id', 'value_1']);
    const doc = parsed(synthValid(checks)) as ReturnType<typeof parsed> & { provider?: unknown; data?: unknown };
    expect(doc.provider).toBeUndefined();
    expect(doc.data).toBeUndefined();
    // The checks are output preconditions: nothing to create, nothing in state.
    expect(doc.resource).toBeUndefined();
    expect(Object.values(doc.output ?? {}).flatMap((o) => (o as { precondition?: unknown[] }).precondition ?? [])).toHaveLength(2);
    expect(doc.variable?.callback_number).toEqual({ type: 'string', default: '+15555550100', description: 'Number to call back' });
    expect(doc.variable?.value_1).toEqual({ description: expect.stringContaining('${var.type_id}-x') });
    // The trigger's own check kept its template-variable handling: `$EVENT_TITLE` is not a plan-time value.
    expect(JSON.stringify(doc)).toContain('Follow-up $EVENT_TITLE');
  });

  it('keeps the synth-time checks of the copies', () => {
    const app = Testing.app();
    const stack = newStack(app);
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    new PayloadCheck(stack, 'bad', { operation: 'postConversationsCallbacks', body: { callbackNumbers: [v.stringValue], queueId: 'q', bogus: 1 } });
    const checks = new PayloadCheckStack(app, 'checks', { source: stack });
    expect(synthError(checks)).toContain('bogus');
  });

  it('names the checks the user wrote in plan-time messages, not their copies', () => {
    const { app, stack } = sourceStack();
    const checks = new PayloadCheckStack(app, 'checks', { source: stack });
    const json = synthValid(checks);
    expect(json).not.toContain('checks/trigger_fallback-check');
    expect(json).toContain('postConversationsCallbacks (test/callback)');
    const dir = initDir(json);
    try {
      const result = plan(dir, { type_id: 't', value_1: '"x"', data_genesyscloud_routing_queue_queue_id: 'not-a-uuid' });
      expect(result.status).toBe(1);
      expect(result.output).toContain('postTaskmanagementWorkitems (test/trigger/fallback-check): `queueId` must match the pattern');
      expect(result.output).not.toContain('(checks/');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
