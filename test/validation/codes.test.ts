import { getOperation } from '../../src/genesys';
import { DIAGNOSTIC_CODES, validateBody, validatePermissions, validateRequest, validateScopes, type Diagnostic, type DiagnosticCode } from '../../src/validation';
import { applySuppressions, checkResource, UnknownValue } from '../../src/validation/resource';

const QUEUE = '0b4c7f1e-2d9a-4e35-8f61-7a3e5c2d9b10';
const tf = (type: string, values: Record<string, unknown>) => checkResource({ mode: 'resource', type, name: 'x', values });
const dataAction = (request: Record<string, unknown>) => tf('genesyscloud_integration_action', { name: 'a', category: 'c', integration_id: 'i', contract_input: '{"type":"object","properties":{"n":{"type":"string"}}}', contract_output: '{}', config_request: [{ request_url_template: '/api/v2/conversations/callbacks', request_type: 'POST', ...request }] });
const suppress = (code: string, reason: string) => applySuppressions([], [{ code, reason }], 'genesyscloud_auth_role.x').problems.map((p) => p.diagnostic);
const nest = (depth: number): unknown => {
  let node: Record<string, unknown> = { variableName: 'queue' };
  for (let i = 0; i < depth; i += 1) node = { conjunction: 'AND', terms: [node] };
  return node;
};

/** One input per diagnostic code, with the pointer the diagnostic must carry. */
const CASES: Record<DiagnosticCode, { run: () => Diagnostic[]; pointer: string; message: RegExp }> = {
  'unknown-operation': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversation/callbacks', body: {} }), pointer: '', message: /No Genesys Cloud operation POST \/api\/v2\/conversation\/callbacks/ },
  'removed-operation': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/chats', body: { provider: 'web', queueId: QUEUE } }), pointer: '', message: /POST \/api\/v2\/conversations\/chats \(postConversationsChats\) was removed from the Genesys Cloud Platform API at Platform API 10706/ },
  'deprecated-operation': { run: () => validateRequest({ method: 'GET', path: '/api/v2/routing/queues/q1/users' }), pointer: '', message: /deprecated/ },
  'unknown-property': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/callbacks', body: { callbackNumbers: ['+13175555555'], callbackNumber: '+1' } }), pointer: '/callbackNumber', message: /`callbackNumber` is not in the API definition of CreateCallbackCommand; Genesys ignores or rejects it/ },
  'missing-required': { run: () => validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'x' } }), pointer: '/typeId', message: /`typeId` is required by WorkitemCreate/ },
  'wrong-type': { run: () => validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'x', typeId: 't', priority: '5' } }), pointer: '/priority', message: /`priority` must be an integer, not a string/ },
  'not-in-enum': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/messages/agentless', body: { fromAddress: 'a', toAddressMessengerType: 'email' } }), pointer: '/toAddressMessengerType', message: /must be one of "sms", "whatsapp", "open", "webmessaging", "apple", not "email"/ },
  'bad-format': { run: () => validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'x', typeId: 't', dateDue: '25/11/2026' } }), pointer: '/dateDue', message: /ISO-8601 date-time/ },
  'out-of-range': { run: () => validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems/query/jobs', body: { pageSize: 500 } }), pointer: '/pageSize', message: /at most 200/ },
  'read-only-property': { run: () => validateRequest({ method: 'PUT', path: '/api/v2/authorization/divisions/d1', body: { name: 'Support', homeDivision: true } }), pointer: '/homeDivision', message: /read-only/ },
  'unexpected-body': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/c1/cobrowse', body: { cobrowse: true } }), pointer: '', message: /takes no request body/ },
  'missing-body': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/callbacks' }), pointer: '', message: /requires a request body/ },
  // Every operation of the current snapshot has its schema: an operation kept for access look-ups only.
  'schema-unavailable': { run: () => validateBody({ ...getOperation('postAssistants')!, schemaKnown: false }, { name: 'a' }), pointer: '', message: /no body schema/ },
  'too-deep': { run: () => validateRequest({ method: 'PUT', path: '/api/v2/authorization/roles/r1', body: { name: 'r', permissionPolicies: [{ resourceConditionNode: nest(100) }] } }), pointer: '', message: /deeper than 64 levels/ },
  'unknown-scope': { run: () => validateScopes(['conversations', 'conversation:cobrowse']), pointer: '/1', message: /not a Genesys Cloud OAuth scope/ },
  'unknown-permission': { run: () => validatePermissions(['cobrowse:session:add']), pointer: '/0', message: /not a Genesys Cloud permission: no permission of the API has the domain `cobrowse`/ },
  'unlisted-permission': { run: () => validatePermissions(['conversation:cobrowse:ad']), pointer: '/0', message: /is required by no API operation here; Genesys's full catalogue is only live/ },
  'enum-case': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/messages/agentless', body: { fromAddress: 'a', toAddressMessengerType: 'SMS' } }), pointer: '/toAddressMessengerType', message: /is "SMS", which matches the API's value "sms" only when case is ignored; whether Genesys matches enum values case-insensitively is unverified/ },
  'undocumented': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/calls', body: { phoneNumber: '+13175550100', sessionType: 'softphone' } }), pointer: '/sessionType', message: /not in the API definition of CreateCallRequest, but Genesys's own code sends it \(MyPureCloud\/genesys-cloud-webrtc-sdk/ },
  'access-unknown': { run: () => validateRequest({ method: 'DELETE', path: '/api/v2/conversations/messaging/integrations/open/extensions/googlebusinessprofile/i1' }), pointer: '', message: /OAuth scopes of .* are unknown for this operation \(added after the last published scope list\)/ },
  'invalid-combination': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/messages/agentless', body: { fromAddress: 'deployment-id', toAddress: 'someone', toAddressMessengerType: 'webmessaging' } }), pointer: '/toAddress', message: /the recipient is `externalContactId`/ },
  'unverified': { run: () => validateRequest({ method: 'POST', path: '/api/v2/conversations/c1/cobrowse' }), pointer: '', message: /With a CLIENT-CREDENTIALS token this call is unverified/ },
  'unknown-attribute': { run: () => tf('genesyscloud_routing_queue', { name: 'q', descripton: 'd' }), pointer: '', message: /`descripton` is not an argument or block/ },
  'computed-attribute': { run: () => tf('genesyscloud_flow', { filepath: 'f', file_content_hash: 'h' }), pointer: '', message: /`file_content_hash` is computed by the genesyscloud provider/ },
  'missing-attribute': { run: () => tf('genesyscloud_flow', {}), pointer: '', message: /`filepath` is required by the genesyscloud provider/ },
  'deprecated-attribute': { run: () => tf('genesyscloud_tf_export', { resource_types: ['genesyscloud_user'] }), pointer: '', message: /deprecated in the genesyscloud provider: Use include_filter_resources/ },
  'removed-resource-type': { run: () => tf('genesyscloud_widget_deployment', {}), pointer: '', message: /no longer exists in the genesyscloud provider/ },
  'unknown-reference': { run: () => checkResource({ mode: 'resource', type: 'genesyscloud_oauth_client', name: 'c', values: { name: 'c', authorized_grant_type: 'CLIENT-CREDENTIALS', roles: [{ role_id: new UnknownValue(['genesyscloud_auth_role.gone.id']) }] } }, { complete: true, resource: () => undefined }), pointer: '', message: /refers to genesyscloud_auth_role.gone, which this configuration does not declare/ },
  'template-unrenderable': { run: () => dataAction({ request_template: '{"callbackNumbers": [${input.n}]}' }), pointer: '', message: /does not render to JSON/ },
  'unknown-velocity-reference': { run: () => dataAction({ request_template: '{"callbackNumbers": ["${Input.n}"]}' }), pointer: '', message: /is not a data action context object or helper/ },
  'unused-suppression': { run: () => suppress('unverified', 'tested against our org'), pointer: '', message: /matched no diagnostic/ },
  'invalid-suppression': { run: () => suppress('removed-operation', 'we know'), pointer: '', message: /removed-operation cannot be suppressed/ },
};

describe('every diagnostic code', () => {
  it('has a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it.each(Object.entries(CASES))('%s', (code, { run, pointer, message }) => {
    const found = run().filter((d) => d.code === code);
    expect(found.length).toBeGreaterThan(0);
    const hit = code === 'too-deep' ? found[0] : found.find((d) => d.pointer === pointer);
    expect(hit).toBeDefined();
    if (code === 'too-deep') expect(hit?.pointer.startsWith('/permissionPolicies/0/resourceConditionNode/terms/0')).toBe(true);
    expect(hit?.message).toMatch(message);
  });
});

describe('suggestions', () => {
  it('names the closest property', () => {
    const [d] = validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'x', typeId: 't', priorty: 1 } });
    expect(d.suggestion).toBe('did you mean priority?');
  });

  it('says when a number is only quoted, and not otherwise', () => {
    const typed = (priority: unknown) => validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'x', typeId: 't', priority } })[0];
    expect(typed('5').suggestion).toBe('write 5 without quotes');
    expect(typed('high')).toMatchObject({ code: 'wrong-type', suggestion: null });
    expect(typed(2.5)).toMatchObject({ code: 'wrong-type', message: '`priority` must be an integer, not a number.' });
  });

  it('names the closest enum value, and the canonical case of a value that differs only in case', () => {
    const [typo] = validateRequest({ method: 'POST', path: '/api/v2/conversations/messages/agentless', body: { fromAddress: 'a', toAddressMessengerType: 'webmesaging' } });
    expect(typo).toMatchObject({ severity: 'error', code: 'not-in-enum', suggestion: 'did you mean "webmessaging"?' });
    const [cased] = validateRequest({ method: 'POST', path: '/api/v2/conversations/messages/agentless', body: { fromAddress: 'a', toAddressMessengerType: 'WebMessaging' } });
    expect(cased).toMatchObject({ severity: 'warning', code: 'enum-case', suggestion: 'write "webmessaging"' });
  });

  it('names the closest operations for an unknown path', () => {
    const [d] = validateRequest({ method: 'POST', path: '/api/v2/conversation/callbacks', body: {} });
    expect(d.suggestion).toContain('POST /api/v2/conversations/callbacks (postConversationsCallbacks)');
  });

  it('names the methods a path does take', () => {
    const [d] = validateRequest({ method: 'GET', path: '/api/v2/taskmanagement/workitems' });
    expect(d).toMatchObject({ code: 'unknown-operation', suggestion: 'this path takes POST' });
  });

  it('names the replacement of a deprecated operation stated in its summary', () => {
    const [d] = validateRequest({ method: 'GET', path: '/api/v2/routing/queues/q1/users' });
    expect(d).toMatchObject({ code: 'deprecated-operation', suggestion: 'use GET /api/v2/routing/queues/{queueId}/members' });
  });

  it('names what replaces a removed operation, and a removed path is never taken for a template parameter', () => {
    const [d] = validateRequest({ method: 'GET', path: '/api/v2/conversations/chats' });
    expect(d).toMatchObject({ code: 'removed-operation', suggestion: expect.stringContaining('web messaging') });
    expect(d.message).toContain('getConversationsChats');
  });

  it('accepts a web messaging agentless body that names the recipient by externalContactId', () => {
    const body = { fromAddress: 'deployment-id', externalContactId: 'contact-1', toAddressMessengerType: 'webmessaging', textBody: 'hi' };
    expect(validateRequest({ method: 'POST', path: '/api/v2/conversations/messages/agentless', body })).toEqual([]);
  });

  it('gives the unverified warning only for the grant type it concerns', () => {
    const req = { method: 'POST', path: '/api/v2/conversations/c1/cobrowse' };
    expect(validateRequest(req, { grantType: 'CODE' })).toEqual([]);
    expect(validateRequest(req, { grantType: 'CLIENT-CREDENTIALS' }).map((d) => [d.severity, d.code])).toEqual([['warning', 'unverified']]);
  });

  it('keeps an empty grant type apart from an unknown one (the warnings cache once mixed them up)', () => {
    const req = { method: 'POST', path: '/api/v2/conversations/c2/cobrowse' };
    const unknown = validateRequest(req).map((d) => d.code);
    expect(unknown).toContain('unverified');
    expect(validateRequest(req, { grantType: '' })).toEqual([]);
    expect(validateRequest(req).map((d) => d.code)).toEqual(unknown);
  });

  it('anchors spec patterns as Genesys does (whole value)', () => {
    const body = (queueId: string) => ({ name: 'x', typeId: 't', queueId });
    const check = (queueId: string) => validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body: body(queueId) });
    expect(check(QUEUE)).toEqual([]);
    expect(check(`queue-${QUEUE}`).map((d) => d.code)).toEqual(['bad-format']);
  });
});
