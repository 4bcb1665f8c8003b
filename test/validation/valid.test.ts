import { listOperations } from '../../src/genesys';
import { bodyRules, validateBody, validateRequest, type Rule } from '../../src/validation';

/** The smallest body each rule accepts: required properties only, first enum value, formats by example. */
function minimal(rule: Rule, depth = 0): unknown {
  switch (rule.kind) {
    case 'object':
      return Object.fromEntries(rule.required.map((p) => [p, minimal(rule.properties[p](), depth + 1)]));
    case 'array':
      return Array.from({ length: rule.minItems ?? 0 }, () => minimal(rule.items(), depth + 1));
    case 'string':
      if (rule.enum) return rule.enum[0];
      if (rule.format === 'date-time') return '2026-11-25T09:30:00.000Z';
      if (rule.format === 'date') return '2026-11-25';
      if (rule.format === 'local-time') return '09:30:00';
      if (rule.format === 'interval') return '2026-11-01T00:00:00Z/2026-11-02T00:00:00Z';
      if (rule.format === 'uri') return 'https://example.com/';
      // A UUID for most patterns; a short token for those such as `^[A-Za-z0-9]+$` with a short maxLength.
      if (rule.pattern) return ['0b4c7f1e-2d9a-4e35-8f61-7a3e5c2d9b10', 'Ab12'].find((v) => new RegExp(rule.pattern as string, 'u').test(v) && v.length <= (rule.maxLength ?? Infinity));
      return 'x'.repeat(Math.max(1, rule.minLength ?? 1));
    case 'integer':
    case 'number':
      return rule.enum?.[0] ?? rule.minimum ?? 1;
    case 'boolean':
      return true;
    case 'any':
      return {};
  }
}

const withBodies = listOperations().filter((op) => op.schemaKnown && op.body);

describe('valid payloads', () => {
  it('covers the operations the product needs', () => {
    const ids = new Set(withBodies.map((op) => op.operationId));
    for (const id of ['postConversationsCallbacks', 'postTaskmanagementWorkitems', 'postConversationsMessagesAgentless', 'postOauthClients', 'postAuthorizationRoles', 'postWebdeploymentsConfigurations']) {
      expect(ids).toContain(id);
    }
    expect(listOperations().find((op) => op.operationId === 'postConversationCobrowse')).toMatchObject({ body: null, schemaKnown: true });
  });

  it(`the minimal body of each of the ${withBodies.length} operations with a body schema passes with no error`, () => {
    const failures = withBodies
      .map((op) => ({ op: op.operationId, errors: validateBody(op, minimal(bodyRules(op) as Rule)).filter((d) => d.severity === 'error') }))
      .filter((r) => r.errors.length > 0);
    expect(failures).toEqual([]);
  });

  it.each([
    ['start co-browse in an active conversation', { method: 'POST', path: '/api/v2/conversations/5f3c9d2e-8a41-4b7e-9c55-0d2f6a1b7e90/cobrowse' }],
    ['callback routed to a queue', { method: 'POST', path: '/api/v2/conversations/callbacks', body: { callbackNumbers: ['+13175555555'], routingData: { queueId: 'q', priority: 1 }, data: { alert: '1' } } }],
    ['work item', { method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'Help', typeId: 't', priority: 5, dateDue: '2026-11-25T12:00:00Z', customFields: { anything: { list: [1, { a: null }] } } } }],
    ['agentless SMS', { method: 'POST', path: '/api/v2/conversations/messages/agentless', body: { fromAddress: '+13175550100', toAddress: '+13175555555', toAddressMessengerType: 'sms', textBody: 'hi' } }],
    ['operationId-free template path', { method: 'post', path: '/api/v2/conversations/{conversationId}/cobrowse' }],
    ['agentless web messaging, recipient by externalContactId', { method: 'POST', path: '/api/v2/conversations/messages/agentless', body: { fromAddress: 'deployment-id', externalContactId: 'c1', toAddressMessengerType: 'webmessaging', textBody: 'hi' } }],
    // Since API 10706 no field of supportCenter (SupportCenterSettings and its nested models) is required.
    ['web deployment configuration with a bare support center', { method: 'POST', path: '/api/v2/webdeployments/configurations', body: { name: 'Support site', supportCenter: { enabled: false, customMessages: [{}], screens: [{}] } } }],
  ])('%s', (_name, req) => {
    // With a user's token (CODE grant) nothing about these calls is unverified.
    expect(validateRequest(req, { grantType: 'CODE' })).toEqual([]);
  });

  it('treats unknown values (template variables, plan-time unknowns) as present but unchecked', () => {
    const isUnknown = (v: unknown) => typeof v === 'string' && v.startsWith('$');
    const body = { name: '$EVENT_TITLE', typeId: 't', priority: '$ALERT_PRIORITY', dateDue: '$DATE' };
    expect(validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body }, { isUnknown })).toEqual([]);
    expect(validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body }).map((d) => d.code)).toEqual(['wrong-type', 'bad-format']);
  });
});
