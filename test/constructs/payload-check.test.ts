import * as fs from 'fs';
import { DataResource, DefaultTokenResolver, Fn, StringConcat, TerraformStack, TerraformVariable, Testing, Tokenization } from 'cdktf';
import { PayloadCheck } from '../../src/constructs';
import { getOperation } from '../../src/genesys';
import { bodyRules, type Rule } from '../../src/validation';
import { GenesyscloudProvider } from '../../src/constructs/bindings/generated/providers/genesyscloud/provider';
import { synthError, synthValid } from './helpers';
import { initDir, plan } from './terraform';

Testing.setupJest();

const QUEUE = '7d1e6ff0-3a2c-4b6e-9d39-2f4a3c1b8e11';
const GOOD_WORKITEM = `{"name":"Call back","typeId":"wt-1","priority":3,"queueId":"${QUEUE}","scoredAgents":[{"id":"a1","score":10}]}`;
const NOT_INTERPOLATED = 'literal ${var.queue} %{if true}x%{endif}';

/** Three checks: a whole body from a variable, and literal bodies with variables at some leaves. */
function checkedStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  // No default: cdktf would snake_case the keys of an object default.
  const workitem = new TerraformVariable(stack, 'workitem', { type: 'any' });
  const queue = new TerraformVariable(stack, 'queue', { type: 'any', default: QUEUE });
  const messenger = new TerraformVariable(stack, 'messenger', { type: 'string', default: 'webmessaging' });
  new PayloadCheck(stack, 'workitem-check', { operation: 'postTaskmanagementWorkitems', body: workitem.value });
  new PayloadCheck(stack, 'callback-check', {
    operation: 'POST /api/v2/conversations/callbacks',
    body: { callbackNumbers: ['+15555550100'], routingData: { queueId: queue.stringValue, priority: 5 }, data: { note: NOT_INTERPOLATED } },
  });
  new PayloadCheck(stack, 'message-check', {
    operation: 'postConversationsMessagesAgentless',
    body: { fromAddress: 'deployment-1', toAddressMessengerType: messenger.stringValue },
  });
  return stack;
}

describe('PayloadCheck at synth', () => {
  it('emits one output per operation with one precondition per check, no resource, no && or || in messages, ${ and %{ literal', () => {
    const json = synthValid(checkedStack());
    const doc = JSON.parse(json);
    expect(doc.resource).toBeUndefined();
    const outputs = Object.values(doc.output as Record<string, { value: string; precondition: { condition: string; error_message: string }[] }>);
    expect(outputs).toHaveLength(3);
    for (const o of outputs) {
      expect(o.value).toBe('${null}');
      expect(o.precondition).toHaveLength(1);
      // Short conditions: Terraform echoes them before each error.
      for (const p of o.precondition) expect(p.condition.length).toBeLessThan(120);
    }
    const expressions = Object.values(doc.locals as Record<string, unknown>).filter((v): v is string => typeof v === 'string');
    expect(expressions.length).toBeGreaterThan(0);
    // The fast valid/invalid test (`can(...)`) may use `&&`: an error there only means "build the messages".
    expect(expressions.some((e) => e.includes(' && '))).toBe(true);
    for (const e of expressions) expect(e.replace(/can\(\[\[\]\]\[.*? \? 0 : 1\]\)/g, '')).not.toMatch(/&&|\|\|/);
    expect(Object.values(doc.locals)).toContainEqual({ e0: expect.objectContaining({ data: { note: 'literal $${var.queue} %%{if true}x%%{endif}' } }) });
    expect(json).not.toHaveProvider(GenesyscloudProvider);
  });

  it('shares one error expression between checks of the same operation and body layout, one entry per distinct body, one precondition for the bodies known at plan and one per other body', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const body = new TerraformVariable(stack, 'body', { type: 'any' });
    const other = new TerraformVariable(stack, 'other', { type: 'any' });
    const later = new DataResource(stack, 'later', { input: { queue: 'x' } });
    const checks = [0, 1, 2, 3, 4].map((i) => new PayloadCheck(stack, `c${i}`, { operation: 'postTaskmanagementWorkitems', body: body.value }));
    const odd = new PayloadCheck(stack, 'odd', { operation: 'postTaskmanagementWorkitems', body: other.value });
    new PayloadCheck(stack, 'late', { operation: 'postTaskmanagementWorkitems', body: later.getAnyMapAttribute('output') });
    const doc = JSON.parse(synthValid(stack));
    const [output] = Object.values(doc.output as Record<string, { precondition: { error_message: string }[] }>);
    const failures = Object.keys(doc.locals).find((k) => k.includes('known-failures'));
    // Root variables are known at plan: their bodies share one precondition; a resource's output may not be.
    expect(output.precondition.map((p) => p.error_message.replace(/:.*/, ''))).toEqual([
      `\${join("\\n", nonsensitive(sensitive(local.${failures})))}`,
      'postTaskmanagementWorkitems (test/late)',
    ]);
    expect(doc.locals[failures as string]).toContain(
      'e0 = "postTaskmanagementWorkitems (test/c0), postTaskmanagementWorkitems (test/c1), postTaskmanagementWorkitems (test/c2) and 2 more checks of the same body", e1 = "postTaskmanagementWorkitems (test/odd)" }',
    );
    expect(Object.keys(doc.locals).filter((k) => k.includes('errors'))).toHaveLength(1);
    expect(Object.entries(doc.locals).filter(([k]) => k.includes('bodies')).map(([, v]) => v)).toEqual([
      { e0: '${var.body}', e1: '${var.other}', e2: '${terraform_data.later.output}' },
    ]);
    const resolve = (c: PayloadCheck) => Tokenization.resolve(c.errors, { scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) }) as string;
    expect(checks.map(resolve)).toEqual(checks.map(() => expect.stringMatching(/\["e0"\]\}$/)));
    expect(resolve(odd)).toMatch(/\["e1"\]\}$/);
  });

  it('emits no precondition for a fully literal body', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new PayloadCheck(stack, 'c', { operation: 'postConversationsCallbacks', body: { callbackNumbers: ['+15555550100'] } });
    const doc = JSON.parse(synthValid(stack));
    expect(doc.output).toBeUndefined();
    expect(doc.resource).toBeUndefined();
  });

  it.each<[string, string, unknown, string]>([
    ['an unknown literal property', 'postConversationsCallbacks', { callbackNumbers: ['+1'], cobrowse: true }, 'body: `cobrowse` is not in the API definition of CreateCallbackCommand'],
    ['a missing required property', 'postTaskmanagementWorkitems', { name: 'x' }, 'body: `typeId` is required by WorkitemCreate but missing.'],
    ['a literal of the wrong type', 'postTaskmanagementWorkitems', { name: 'x', typeId: 't', priority: 'high' }, '`priority` must be an integer, not a string.'],
    ['a body for an operation that takes none', 'postConversationCobrowse', { x: 1 }, 'body: POST /api/v2/conversations/{conversationId}/cobrowse (postConversationCobrowse) takes no request body. (send the request without a body)'],
    ['an unknown operation', 'POST /api/v2/conversations/webchat', {}, 'operation: There is no POST /api/v2/conversations/webchat'],
  ])('fails synth for %s', (_label, operation, body, message) => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new PayloadCheck(stack, 'c', { operation, body });
    expect(synthError(stack)).toContain(message);
  });

  it('checks literal parts at synth while treating tokens as unknown', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const n = new TerraformVariable(stack, 'n', { type: 'number' });
    new PayloadCheck(stack, 'c', { operation: 'postTaskmanagementWorkitems', body: { name: 'x', typeId: 't', priority: n.numberValue, bogus: 1 } });
    const message = synthError(stack);
    expect(message).toContain('`bogus` is not in the API definition of WorkitemCreate');
    expect(message).not.toContain('/priority');
  });
});

describe('PayloadCheck at terraform plan', () => {
  let dir: string;
  beforeAll(() => {
    dir = initDir(synthValid(checkedStack()));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('plans a good payload with no change to report (nothing to add, nothing in state)', () => {
    const result = plan(dir, { workitem: GOOD_WORKITEM });
    expect(result.status).toBe(0);
    expect(result.output).toContain('No changes.');
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['missing required property', { workitem: '{"name":"x"}' }, ['`typeId` is required by WorkitemCreate but missing.']],
    ['unknown properties', { workitem: '{"name":"x","typeId":"t","bogus":1,"cobrowse":{}}' }, ['`bogus` is not in the API definition of WorkitemCreate; Genesys ignores or rejects it.', '`cobrowse` is not in the API definition of WorkitemCreate']],
    ['a misspelt property, with a did-you-mean', { workitem: '{"name":"x","typeId":"t","priorty":3,"queue_id":"q","TypeID":"t"}' }, ['`priorty` is not in the API definition of WorkitemCreate; Genesys ignores or rejects it. Did you mean `priority`?', 'Did you mean `queueId`?', 'Did you mean `typeId`?']],
    ['wrong types', { workitem: '{"name":5,"typeId":"t","priority":"high","autoStatusTransition":"yes"}' }, ['`name` must be a string.', '`priority` must be an integer.', '`autoStatusTransition` must be a boolean.']],
    ['a whole body of the wrong type', { workitem: '["x"]' }, ['the body must be an object (WorkitemCreate).']],
    ['an enum value', { messenger: 'fax' }, ['`toAddressMessengerType` must be one of "sms", "whatsapp", "open", "webmessaging", "apple".']],
    ['a date-time format', { workitem: '{"name":"x","typeId":"t","dateDue":"tomorrow"}' }, ['`dateDue` must be an ISO-8601 date-time']],
    ['a pattern', { workitem: '{"name":"x","typeId":"t","queueId":"not-a-uuid"}' }, ['`queueId` must match the pattern ^(?:[a-fA-F0-9]{8}-']],
    ['a required value that is null at plan', { queue: 'null' }, ['`routingData.queueId` is required by RoutingData but missing.']],
    ['an integer out of range', { workitem: '{"name":"x","typeId":"t","priority":3000000000}' }, ['`priority` must be at most 2147483647.']],
    ['nested objects in arrays', { workitem: '{"name":"x","typeId":"t","scoredAgents":[{"id":"a","score":10},{"id":"b","score":"high","rank":1}]}' }, ['`scoredAgents.*.score` must be an integer.', '`scoredAgents.*.rank` is not in the API definition of WorkitemScoredAgentRequest']],
    // customFields is a Map<String, Object>: any value in it, but the map itself must be an object.
    ['a map of the wrong type', { workitem: '{"name":"x","typeId":"t","customFields":[1]}' }, ['`customFields` must be an object.']],
  ])('fails the plan for %s, naming the field', (_label, vars, messages) => {
    const result = plan(dir, { workitem: GOOD_WORKITEM, ...vars });
    expect(result.status).toBe(1);
    expect(result.output).toContain('Module output value precondition failed');
    for (const m of messages) expect(result.output).toContain(m);
  });
});

describe('PayloadCheck at terraform plan: checks are independent; null and JSON-string bodies', () => {
  let dir: string;
  beforeAll(() => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const later = new DataResource(stack, 'later', { input: { value: 'known after apply' } });
    const bad = new TerraformVariable(stack, 'bad', { type: 'any' });
    const nullable = new TerraformVariable(stack, 'nullable', { type: 'any' });
    const callback = new TerraformVariable(stack, 'callback', { type: 'any' });
    // Same operation and layout as `bad`: both share one error expression, and the unknown one must not defer the other.
    new PayloadCheck(stack, 'unknown-body', { operation: 'postTaskmanagementWorkitems', body: later.output });
    new PayloadCheck(stack, 'bad-body', { operation: 'postTaskmanagementWorkitems', body: bad.value });
    new PayloadCheck(stack, 'null-body', { operation: 'POST /api/v2/conversations/callbacks', body: nullable.value });
    new PayloadCheck(stack, 'json-body', { operation: 'POST /api/v2/conversations/callbacks', body: Fn.jsonencode(callback.value) });
    dir = initDir(synthValid(stack));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fails every known bad body, naming the operation as written, while the unknown body is deferred', () => {
    const result = plan(dir, { bad: '{"name":"x"}', nullable: 'null', callback: '{"callbackNumbers":"+1555"}' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('postTaskmanagementWorkitems (test/bad-body): `typeId` is required by WorkitemCreate but missing.');
    expect(result.output).toContain('POST /api/v2/conversations/callbacks (test/null-body): POST /api/v2/conversations/callbacks (postConversationsCallbacks) requires a request body.');
    expect(result.output).toContain('POST /api/v2/conversations/callbacks (test/json-body): `callbackNumbers` must be an array.');
    expect(result.output).not.toContain('test/unknown-body');
  });

  it('passes good bodies (the JSON string decoded), leaving the unknown one to apply', () => {
    const result = plan(dir, { bad: GOOD_WORKITEM, nullable: '{"callbackNumbers":["+1555"]}', callback: '{"callbackNumbers":["+1555"]}' });
    expect(result.output).toContain('Plan: 1 to add');
    expect(result.status).toBe(0);
  });
});

describe('PayloadCheck at terraform plan: sensitive bodies', () => {
  let dir: string;
  beforeAll(() => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const whole = new TerraformVariable(stack, 'whole', { type: 'any', sensitive: true });
    const number = new TerraformVariable(stack, 'number', { type: 'any', sensitive: true });
    new PayloadCheck(stack, 'sensitive-body', { operation: 'postTaskmanagementWorkitems', body: whole.value });
    new PayloadCheck(stack, 'sensitive-part', { operation: 'POST /api/v2/conversations/callbacks', body: { callbackNumbers: number.value, queueId: 'q' } });
    dir = initDir(synthValid(stack));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes good bodies without a warning about sensitive values in the message', () => {
    const result = plan(dir, { whole: GOOD_WORKITEM, number: '["+13175555555"]' });
    expect(result.status).toBe(0);
    expect(result.output).not.toContain('sensitive');
  });

  it('fails bad bodies with the whole message, and no value of the body in it', () => {
    const result = plan(dir, { whole: '{"name":"SECRET-1","typeId":"t","bogus":"SECRET-2","priority":"SECRET-3"}', number: '"SECRET-4"' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('postTaskmanagementWorkitems (test/sensitive-body): `bogus` is not in the API definition of WorkitemCreate');
    expect(result.output).toContain('`priority` must be an integer.');
    expect(result.output).toContain('POST /api/v2/conversations/callbacks (test/sensitive-part): `callbackNumbers` must be an array.');
    expect(result.output).not.toContain('SECRET-');
    expect(result.output).not.toContain('refers to sensitive values');
  });
});

describe('PayloadCheck at terraform plan: did-you-mean', () => {
  // The rule, as the README describes it: the key and each property name lower-cased without `-`/`_`; a
  // property matches when one deletion (or none) from each side gives the same text; the key's own form is
  // looked up first, then its deletions in order, and of properties giving the same text the first wins
  // (EmailMessage has `cc` and `bcc`, which share `cc`).
  const OPERATIONS = { workitem: ['postTaskmanagementWorkitems', 'WorkitemCreate'], email: ['postConversationsEmailMessages', 'EmailMessage'] } as const;
  const norm = (s: string) => s.toLowerCase().replace(/[-_ ]/g, '');
  const variants = (s: string) => [s, ...[...s].map((_, i) => s.slice(0, i) + s.slice(i + 1))];

  function cases(operationId: string): { body: string; expected: [string, string | undefined][] } {
    const rule = bodyRules(getOperation(operationId)!) as Extract<Rule, { kind: 'object' }>;
    const names = Object.keys(rule.properties).filter((n) => !rule.readOnly.includes(n));
    const table = new Map<string, string>();
    for (const name of names) for (const v of variants(norm(name))) if (!table.has(v)) table.set(v, name);
    const typos = [...new Set(names.flatMap((n) => [`${n}x`, n.slice(0, 1) + n.slice(2), `${n.slice(0, -1)}q`, n.toUpperCase()]))].filter((k) => !names.includes(k));
    return {
      body: JSON.stringify(Object.fromEntries(typos.map((k) => [k, 1]))),
      expected: typos.map((k) => [k, variants(norm(k)).map((v) => table.get(v)).find((n) => n !== undefined)]),
    };
  }

  it('suggests, for each one-edit typo of every property, the property the near-miss rule picks', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const all = Object.entries(OPERATIONS).map(([id, [operationId, definition]]) => {
      new PayloadCheck(stack, `${id}-check`, { operation: operationId, body: new TerraformVariable(stack, id, { type: 'any' }).value });
      return { id, definition, ...cases(operationId) };
    });
    expect(all[1].expected).toContainEqual(['CC', 'cc']);
    const dir = initDir(synthValid(stack));
    try {
      const result = plan(dir, Object.fromEntries(all.map((c) => [c.id, c.body])));
      expect(result.status).toBe(1);
      for (const { definition, expected } of all) {
        for (const [key, near] of expected) {
          const text = `\`${key}\` is not in the API definition of ${definition}; Genesys ignores or rejects it.`;
          expect(result.output).toContain(near ? `${text} Did you mean \`${near}\`?` : `${text} `);
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
