import { TerraformVariable, Testing } from 'cdktf';
import { CobrowseTrigger, CobrowseTriggerProps, GenesysOAuthClient, MONITOR_TYPES } from '../../src/constructs';
import monitorTypes from '../../src/genesys/data/datadog-monitor-types.json';
import { Monitor } from '../../src/constructs/bindings/generated/providers/datadog/monitor';
import { Webhook } from '../../src/constructs/bindings/generated/providers/datadog/webhook';
import { notificationPayloadTemplate } from '../../src/trigger/notification';
import { newStack, parsed, synthError, synthValid } from './helpers';

Testing.setupJest();

const WORKITEM = { name: 'Help $EVENT_TITLE', typeId: 'type-1', description: 'Alert $ALERT_ID: $LINK' };

function setup(overrides: Partial<CobrowseTriggerProps> = {}, operations = ['postConversationCobrowse', 'postTaskmanagementWorkitems', 'postTaskmanagementWorkitemsQuery']) {
  const stack = newStack();
  const secret = new TerraformVariable(stack, 'webhook_secret', { type: 'string', sensitive: true });
  const oauthClient = new GenesysOAuthClient(stack, 'client', { name: 'cobrowse-trigger', operations });
  const trigger = new CobrowseTrigger(stack, 'trigger', {
    name: 'checkout-errors',
    region: 'us-east-1',
    oauthClient,
    monitor: { type: 'trace-analytics alert', query: 'trace-analytics("service:checkout status:error").rollup("count").by("@conversation_id").last("5m") > 5', priority: 2 },
    webhookUrl: 'https://handoff.example.com/datadog',
    webhookSecret: secret.stringValue,
    fallback: { operation: 'postTaskmanagementWorkitems', body: WORKITEM },
    ...overrides,
  });
  return { stack, trigger };
}

describe('CobrowseTrigger', () => {
  it('emits the monitor, the webhook and the TriggerConfig output', () => {
    const { stack, trigger } = setup();
    const json = synthValid(stack);
    expect(json).toHaveResourceWithProperties(Monitor, {
      type: 'trace-analytics alert',
      priority: '2',
      message: 'Co-browse trigger checkout-errors {{#is_alert}}@webhook-checkout-errors{{/is_alert}}',
    });
    expect(json).toHaveResourceWithProperties(Webhook, {
      name: 'checkout-errors',
      url: 'https://handoff.example.com/datadog',
      encode_as: 'json',
      payload: notificationPayloadTemplate(['EVENT_TITLE', 'LINK']),
      custom_headers: '${jsonencode({"X-Cobrowse-Webhook-Secret" = var.webhook_secret})}',
    });
    const out = parsed(json).output!.checkout_errors_trigger_config;
    expect(JSON.parse(out.value as string)).toEqual(trigger.config);
    expect(trigger.config).toMatchObject({ version: 1, region: 'us-east-1', priorityThreshold: 2, secretEnv: { webhookSecret: 'COBROWSE_WEBHOOK_SECRET' } });
    expect(trigger.fallbackCheck).toBeUndefined();
  });

  it('passes validate: false to the monitor (no query validation at plan)', () => {
    const { stack } = setup({ monitor: { type: 'query alert', query: 'avg(last_5m):avg:trace.http.request.errors{service:checkout} by {conversation_id} > 3', validate: false } });
    expect(synthValid(stack)).toHaveResourceWithProperties(Monitor, { type: 'query alert', validate: false });
  });

  it('works with an existing monitor and no fallback', () => {
    const { stack, trigger } = setup({ monitor: undefined, existingMonitorId: '12345', fallback: undefined, region: 'mypurecloud.jp' }, ['postConversationCobrowse']);
    const json = synthValid(stack);
    expect(json).not.toHaveResource(Monitor);
    expect(trigger.webhookMention).toBe('{{#is_alert}}@webhook-checkout-errors{{/is_alert}}');
    expect(trigger.config).toMatchObject({ fallback: null, region: 'ap-northeast-1' });
  });

  it('never writes a literal secret and refuses it at synth', () => {
    const { stack } = setup({ webhookSecret: 's3cr3t-value' });
    const message = synthError(stack);
    expect(message).toContain('webhookSecret: a literal secret would be written in plain text to cdk.tf.json');
    expect(message).not.toContain('s3cr3t-value');
    expect(Testing.synth(stack)).not.toContain('s3cr3t-value');
  });

  it('refuses a secret read from a variable not marked sensitive, naming it and the fix; accepts a sensitive one', () => {
    const stack = newStack();
    const plain = new TerraformVariable(stack, 'plain_secret', { type: 'string' });
    const { stack: ok } = setup();
    const oauthClient = new GenesysOAuthClient(stack, 'client', { name: 'c', operations: ['postConversationCobrowse'] });
    new CobrowseTrigger(stack, 'trigger', {
      name: 't', region: 'us-east-1', oauthClient, existingMonitorId: '1', webhookUrl: 'https://h.example.com', webhookSecret: `prefix-${plain.stringValue}`,
    });
    expect(synthError(stack)).toContain(
      "webhookSecret: variable plain_secret (test/plain_secret) is not marked sensitive, so Terraform would print the secret in plan output. Declare it with sensitive: true: new TerraformVariable(this, 'plain_secret', { type: 'string', sensitive: true }).",
    );
    synthValid(ok);
  });

  it.each<[string, (v: TerraformVariable) => unknown]>([
    ['the whole body', (v) => v.value],
    ['a field', (v) => ({ data: v.value, callbackNumbers: ['$ALERT_ID'] })],
  ])('synthesizes a fallback body holding a non-string token as %s', (_label, body) => {
    const stack = newStack();
    const v = new TerraformVariable(stack, 'body', { type: 'any' });
    const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
    const oauthClient = new GenesysOAuthClient(stack, 'client', { name: 'c', operations: ['postConversationCobrowse', 'postConversationsCallbacks'] });
    const trigger = new CobrowseTrigger(stack, 'trigger', {
      name: 't', region: 'us-east-1', oauthClient, existingMonitorId: '1', webhookUrl: 'https://h.example.com', webhookSecret: secret.stringValue,
      fallback: { operation: 'postConversationsCallbacks', body: body(v) },
    });
    const config = parsed(Testing.synth(stack, true)).output!.t_trigger_config.value as string;
    expect(config).toContain('${jsonencode(var.body)}'); // the service gets the value as JSON, not a placeholder
    expect(trigger.fallbackCheck).toBeDefined();
  });

  it('adds a plan-time check when the fallback body holds tokens', () => {
    const stack = newStack();
    const queue = new TerraformVariable(stack, 'queue', { type: 'string' });
    const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
    const oauthClient = new GenesysOAuthClient(stack, 'client', { name: 'c', operations: ['postConversationCobrowse', 'postConversationsCallbacks'] });
    const trigger = new CobrowseTrigger(stack, 'trigger', {
      name: 't', region: 'us-east-1', oauthClient, existingMonitorId: '1', webhookUrl: 'https://h.example.com', webhookSecret: secret.stringValue,
      fallback: { operation: 'postConversationsCallbacks', body: { callbackNumbers: ['$ALERT_ID'], routingData: { queueId: queue.stringValue } } },
    });
    synthValid(stack);
    expect(trigger.fallbackCheck).toBeDefined();
    const config = parsed(synthValid(stack)).output!.t_trigger_config.value as string;
    expect(config).toContain('"routingData":{"queueId":"${var.queue}"}');
  });

  it.each<[string, Partial<CobrowseTriggerProps>, string]>([
    ['an unknown Datadog variable', { fallback: { operation: 'postTaskmanagementWorkitems', body: { ...WORKITEM, description: '$ALERT_IDD' } } }, 'fallback.body: $ALERT_IDD is not a Datadog variable the trigger forwards (did you mean $ALERT_ID?'],
    ['a body that does not fit the operation', { fallback: { operation: 'postTaskmanagementWorkitems', body: { name: '$EVENT_TITLE', queue: 'q' } } }, '`typeId` is required by WorkitemCreate but missing.'],
    ['a wrong type in the body', { fallback: { operation: 'postTaskmanagementWorkitems', body: { ...WORKITEM, priority: 'high' } } }, '`priority` must be an integer, not a string.'],
    ['an unsupported fallback', { fallback: { operation: 'postConversationCobrowse' as never, body: {} } }, 'is not a supported fallback'],
    ['a client without the fallback access', { fallback: { operation: 'postConversationsCallbacks', body: { callbackNumbers: ['+1'] } } }, "oauthClient: test/client does not have the access postConversationsCallbacks needs; add 'postConversationsCallbacks' to its operations."],
    ['a bad region', { region: 'us-east-9' as never }, 'region: "us-east-9" is not a Genesys Cloud region (one of us-east-1, us-east-2,'],
    ['a misspelt region (suggestion)', { region: 'eu-west-3' as never }, '; did you mean eu-west-1?'],
    ['both monitors', { existingMonitorId: '1' }, 'monitor: give exactly one of monitor'],
    ['a bad priority threshold', { priorityThreshold: 7 }, 'priorityThreshold: Datadog priorities are 1 (highest) to 5, not 7.'],
    // Outside the MonitorType union: what a JavaScript caller can pass.
    ['a misspelt monitor type', { monitor: { type: 'trace-analytic alert' as never, query: 'q' } }, 'monitor.type: "trace-analytic alert" is not one of composite, event alert, '],
    ['a misspelt monitor type (suggestion)', { monitor: { type: 'trace-analytic alert' as never, query: 'q' } }, '(did you mean trace-analytics alert?)'],
    // A monitor kind as Datadog's UI names it: the types it is created with, not `rum alert` (close in spelling only).
    ['a monitor kind for a type', { monitor: { type: 'apm alert' as never, query: 'q' } }, 'monitor.type: "apm alert" is not one of composite, event alert, '],
    ['a monitor kind for a type (its types)', { monitor: { type: 'apm alert' as never, query: 'q' } }, '; a Datadog APM monitor has type "query alert" or "trace-analytics alert".'],
    ['a monitor kind in other words', { monitor: { type: 'Logs monitor' as never, query: 'q' } }, '; a Datadog logs monitor has type "log alert".'],
    ['an http webhook URL', { webhookUrl: 'http://handoff.example.com/datadog' }, 'webhookUrl: "http://handoff.example.com/datadog" is not an https URL.'],
    ['a webhook URL without scheme', { webhookUrl: 'handoff.example.com/datadog' }, 'give the https:// address of the handoff service'],
  ])('fails synth for %s', (_label, overrides, message) => {
    const { stack } = setup(overrides);
    expect(synthError(stack)).toContain(message);
  });

  it('gives no did-you-mean that is close in spelling only', () => {
    const { stack } = setup({ monitor: { type: 'apm alert' as never, query: 'q' } });
    expect(synthError(stack)).not.toContain('rum alert?');
  });

  it('names only monitor types the provider accepts, for kinds the data knows', () => {
    const types = Object.values(monitorTypes.byKind).flat();
    expect(types.filter((t) => !(MONITOR_TYPES as readonly string[]).includes(t))).toEqual([]);
    expect(monitorTypes.byKind.APM).toEqual(['query alert', 'trace-analytics alert']);
  });

  it('fails synth when the client cannot start co-browse', () => {
    const { stack } = setup({ fallback: undefined }, ['postTaskmanagementWorkitems']);
    expect(synthError(stack)).toContain('does not have the access postConversationCobrowse needs');
  });

  it('fails synth when the client cannot look up a work item whose create had an unknown outcome', () => {
    const { stack } = setup({}, ['postConversationCobrowse', 'postTaskmanagementWorkitems']);
    expect(synthError(stack)).toContain("does not have the access postTaskmanagementWorkitemsQuery needs; add 'postTaskmanagementWorkitemsQuery' to its operations.");
  });

  it('keeps ${ in the body template literal', () => {
    const { stack } = setup({ fallback: { operation: 'postTaskmanagementWorkitems', body: { ...WORKITEM, description: 'cost ${price} %{x}' } } });
    expect(parsed(synthValid(stack)).output!.checkout_errors_trigger_config.value).toContain('"description":"cost $${price} %%{x}"');
  });
});

