import { checkResource, checkDataAction, fromJsonSyntax, UnknownValue, type ResourceContext, type ResourceInput } from '../../src/validation/resource';

const resource = (type: string, values: Record<string, unknown>, name = 'x'): ResourceInput => ({ mode: 'resource', type, name, values });
const codes = (input: ResourceInput, context?: ResourceContext) => checkResource(input, context).map((d) => [d.code, d.attribute, d.pointer]);
const DATA_ACTIONS: ResourceContext = {
  complete: true,
  resource: (address) => (address === 'genesyscloud_integration.da' ? resource('genesyscloud_integration', { integration_type: 'purecloud-data-actions' }, 'da') : undefined),
};
const action = (request: Record<string, unknown>, contract: unknown, integration: unknown = new UnknownValue(['genesyscloud_integration.da.id'])) =>
  resource('genesyscloud_integration_action', { name: 'a', category: 'c', integration_id: integration, contract_output: '{}', contract_input: typeof contract === 'string' ? contract : JSON.stringify(contract), config_request: [request] });
const STRINGS = { type: 'object', properties: { conversationId: { type: 'string' }, name: { type: 'string' }, typeId: { type: 'string' }, priority: { type: 'integer' } } };

describe('provider schema rules (every genesyscloud type, from provider-schemas.json)', () => {
  it('names unknown arguments with the closest one, and accepts meta-arguments', () => {
    expect(codes(resource('genesyscloud_routing_queue', { name: 'q', descripton: 'd', count: 2, lifecycle: [{}] }))).toEqual([['unknown-attribute', 'descripton', '']]);
    expect(checkResource(resource('genesyscloud_routing_queue', { name: 'q', descripton: 'd' }))[0].suggestion).toBe('did you mean description?');
  });

  it('refuses a computed-only attribute that is set (genesyscloud_flow.file_content_hash), unless from a plan', () => {
    expect(codes(resource('genesyscloud_flow', { filepath: 'f.yaml', file_content_hash: 'abc' }))).toEqual([['computed-attribute', 'file_content_hash', '']]);
    // A plan passed Terraform's own schema check, perhaps by a newer provider: nothing of that is repeated.
    expect(checkResource({ ...resource('genesyscloud_flow', { file_content_hash: 'abc', new_in_1_90: true }), planned: true })).toEqual([]);
  });

  it('refuses a block written as an argument', () => {
    expect(codes(resource('genesyscloud_auth_role', { name: 'r', permission_policies: 'conversation:cobrowse:add' }))).toEqual([['wrong-type', 'permission_policies', '']]);
  });

  it('reports a missing required argument and a missing required block', () => {
    expect(codes(resource('genesyscloud_flow', {}))).toEqual([['missing-attribute', 'filepath', '']]);
    const terms = checkResource(resource('genesyscloud_auth_role', { name: 'r', permission_policies: [{ domain: 'routing', entity_name: 'queue', action_set: ['view'], conditions: [{ conjunction: 'AND' }] }] }));
    expect(terms.map((d) => [d.code, d.attribute])).toEqual([['missing-attribute', 'permission_policies[0].conditions[0].terms']]);
  });

  it('checks x_validation enums (with did-you-mean), ranges and lengths, and leaves unknowns alone', () => {
    const client = checkResource(resource('genesyscloud_oauth_client', { name: 'c', authorized_grant_type: 'CLIENT_CREDENTIALS', access_token_validity_seconds: 100, scopes: ['conversations'] }));
    expect(client.map((d) => [d.code, d.attribute])).toEqual([['not-in-enum', 'authorized_grant_type'], ['out-of-range', 'access_token_validity_seconds']]);
    expect(client[0].suggestion).toBe('did you mean "CLIENT-CREDENTIALS"?');
    expect(codes(resource('genesyscloud_integration_action', { name: '', category: 'c', integration_id: 'i', contract_input: '{}', contract_output: '{}' }))).toEqual([['out-of-range', 'name', '']]);
    expect(codes(resource('genesyscloud_oauth_client', { name: 'c', authorized_grant_type: new UnknownValue(), access_token_validity_seconds: new UnknownValue() }))).toEqual([]);
  });

  it('checks block counts and types as Terraform converts them', () => {
    expect(codes(resource('genesyscloud_integration', { integration_type: 't', config: [{}, {}] }))).toEqual([['out-of-range', 'config', '']]);
    expect(codes(resource('genesyscloud_oauth_client', { name: 'c', authorized_grant_type: 'CODE', scopes: 'conversations', access_token_validity_seconds: '3600' }))).toEqual([['wrong-type', 'scopes', '']]);
  });

  it('says a removed type is removed, and never guesses the schema of a type the data does not have', () => {
    const [removed] = checkResource(resource('genesyscloud_widget_deployment', { name: 'w' }));
    expect(removed).toMatchObject({ severity: 'error', code: 'removed-resource-type', suggestion: 'use genesyscloud_webdeployments_deployment' });
    expect(removed.message).toContain('10706');
    const [unknown] = checkResource(resource('genesyscloud_auth_roles', { anything: 1 }));
    expect(unknown).toMatchObject({ severity: 'warning', code: 'schema-unavailable', attribute: null });
    expect(checkResource(resource('datadog_monitor', { bogus: 1 }))).toEqual([]);
  });

  it('checks data sources against their own schema', () => {
    expect(checkResource({ mode: 'data', type: 'genesyscloud_auth_role', name: 'r', values: { nam: 'x' } }).map((d) => [d.code, d.address])).toEqual([
      ['unknown-attribute', 'data.genesyscloud_auth_role.r'],
      ['missing-attribute', 'data.genesyscloud_auth_role.r'],
    ]);
  });
});

describe('data actions', () => {
  it('recognises a removed operation before a template parameter would match it', () => {
    const found = checkResource(action({ request_type: 'GET', request_url_template: '/api/v2/conversations/chats/${input.conversationId}/messages' }, STRINGS), DATA_ACTIONS);
    expect(found.map((d) => [d.code, d.attribute])).toEqual([['removed-operation', 'config_request[0].request_url_template']]);
    expect(found[0].message).toContain('getConversationsChatMessages');
  });

  it('names an unknown operation with the closest real ones', () => {
    const [d] = checkResource(action({ request_type: 'POST', request_url_template: '/api/v2/conversation/callbacks' }, STRINGS), DATA_ACTIONS);
    expect(d).toMatchObject({ code: 'unknown-operation', suggestion: expect.stringContaining('/api/v2/conversations/callbacks') });
  });

  it('renders typed stand-ins: a number input renders as a number, a string input unquoted breaks the JSON', () => {
    const ok = action({ request_type: 'POST', request_url_template: '/api/v2/taskmanagement/workitems', request_template: '{"name": "${input.name}", "typeId": "${input.typeId}", "priority": ${input.priority}}' }, STRINGS);
    expect(checkResource(ok, DATA_ACTIONS)).toEqual([]);
    const quotedNumber = action({ request_type: 'POST', request_url_template: '/api/v2/taskmanagement/workitems', request_template: '{"name": "${input.name}", "typeId": "${input.typeId}", "priority": "${input.priority}"}' }, STRINGS);
    expect(codes(quotedNumber, DATA_ACTIONS)).toEqual([['wrong-type', 'config_request[0].request_template', '/priority']]);
    const unquoted = action({ request_type: 'POST', request_url_template: '/api/v2/taskmanagement/workitems', request_template: '{"name": "${input.name}", "typeId": ${input.typeId}}' }, STRINGS);
    expect(codes(unquoted, DATA_ACTIONS)).toEqual([['template-unrenderable', 'config_request[0].request_template', '']]);
  });

  it('checks the rendered body like any request, but not what depends on an input value', () => {
    const body = '{"callbackNumbers": ["${input.name}"], "callbackNumber": "1", "callbackScheduledTime": "${input.typeId}"}';
    const found = checkResource(action({ request_type: 'POST', request_url_template: '/api/v2/conversations/callbacks', request_template: body }, STRINGS), DATA_ACTIONS);
    expect(found.map((d) => [d.code, d.pointer])).toEqual([['unknown-property', '/callbackNumber']]);
  });

  it('checks contract_input against the body for ${input.rawRequest} (and when no template is set)', () => {
    const contract = { type: 'object', properties: { name: { type: 'string' }, priority: { type: 'string' }, typ: { type: 'string' } } };
    const found = checkResource(action({ request_type: 'POST', request_url_template: '/api/v2/taskmanagement/workitems' }, contract), DATA_ACTIONS);
    expect(found.map((d) => [d.code, d.attribute, d.pointer])).toEqual([
      ['missing-required', 'contract_input', '/typeId'],
      ['wrong-type', 'contract_input', '/priority'],
      ['unknown-property', 'contract_input', '/typ'],
    ]);
  });

  it('warns about references that are not context objects, helpers or declared inputs (case-sensitive)', () => {
    for (const ref of ['${INPUT.name}', '$Input.name', '${input.Name}']) {
      const found = checkResource(action({ request_type: 'POST', request_url_template: '/api/v2/conversations/callbacks', request_template: `{"callbackNumbers": ["${ref}"]}` }, STRINGS), DATA_ACTIONS);
      expect(found.map((d) => [d.severity, d.code])).toEqual([['warning', 'unknown-velocity-reference']]);
    }
    const helpers = '{"callbackNumbers": ["$esc.jsonString(${input.name})"], "callbackUserName": "$!{input.name}"}';
    expect(checkResource(action({ request_type: 'POST', request_url_template: '/api/v2/conversations/callbacks', request_template: helpers }, STRINGS), DATA_ACTIONS)).toEqual([]);
  });

  it('does not evaluate directives, and says so', () => {
    const found = checkResource(action({ request_type: 'POST', request_url_template: '/api/v2/conversations/callbacks', request_template: '#if($input.name){"callbackNumbers": []}#end' }, STRINGS), DATA_ACTIONS);
    expect(found.map((d) => [d.severity, d.code])).toEqual([['warning', 'template-unrenderable']]);
  });

  it('leaves web services actions alone, and finds the integration type through integration_id', () => {
    const webServices: ResourceContext = { complete: true, resource: () => resource('genesyscloud_integration', { integration_type: 'custom-rest-actions' }, 'da') };
    const bad = action({ request_type: 'GET', request_url_template: '/api/v2/conversations/chats' }, STRINGS);
    expect(checkResource(bad, webServices)).toEqual([]);
    expect(checkResource(bad, DATA_ACTIONS).map((d) => d.code)).toEqual(['removed-operation']);
    // Without the integration, a relative /api/v2/ URL says Platform API.
    expect(checkResource(action({ request_type: 'GET', request_url_template: '/api/v2/conversations/chats' }, STRINGS, 'id')).map((d) => d.code)).toEqual(['removed-operation']);
    expect(checkDataAction({ integrationType: undefined, urlTemplate: 'https://example.com/x', method: 'GET', requestTemplate: undefined, contractInput: undefined })).toEqual([]);
  });

  it('reports a contract_input that is not JSON instead of failing', () => {
    const found = checkResource(action({ request_type: 'POST', request_url_template: '/api/v2/conversations/callbacks' }, '{not json'), DATA_ACTIONS);
    expect(found.map((d) => [d.code, d.attribute])).toEqual([['template-unrenderable', 'contract_input']]);
  });
});

describe('genesyscloud_webdeployments_configuration as one body', () => {
  it('checks the co-browse block and everything beside it against WebDeploymentConfigurationVersion', () => {
    const values = { name: 'w', languages: ['en-us'], default_language: 'en-us', cobrowse: [{ enabled: true, channels: ['Webmessaging'], pause_criteria: [{ url_fragment: '/x', condition: 'includes' }] }] };
    const [d, ...rest] = checkResource(resource('genesyscloud_webdeployments_configuration', values));
    expect(rest).toEqual([]);
    // The provider ignores case here; the API's enum is `Includes`: whether Genesys ignores case is unverified.
    expect(d).toMatchObject({ severity: 'warning', code: 'enum-case', attribute: 'cobrowse[0].pause_criteria[0].condition', suggestion: 'write "Includes"' });
    expect(d.message).toContain('POST /api/v2/webdeployments/configurations');
    const good = { ...values, cobrowse: [{ enabled: true, channels: ['Webmessaging', 'Voice'], pause_criteria: [{ url_fragment: '/x', condition: 'Includes' }] }] };
    expect(checkResource(resource('genesyscloud_webdeployments_configuration', good))).toEqual([]);
  });
});

describe('genesyscloud_auth_role and genesyscloud_oauth_client', () => {
  it('checks each permission policy entry with the permission rule, with did-you-mean', () => {
    const found = checkResource(resource('genesyscloud_auth_role', { name: 'r', permission_policies: [{ domain: 'conversation', entity_name: 'cobrowse', action_set: ['add', 'ad'] }] }));
    expect(found.map((d) => [d.code, d.attribute, d.pointer, d.suggestion])).toEqual([['unlisted-permission', 'permission_policies[0].action_set', '/1', 'did you mean conversation:cobrowse:add?']]);
  });

  it('accepts wildcards that match a known permission', () => {
    expect(checkResource(resource('genesyscloud_auth_role', { name: 'r', permission_policies: [{ domain: 'conversation', entity_name: '*', action_set: ['*'] }] }))).toEqual([]);
  });

  it('requires roles for CLIENT-CREDENTIALS and scopes for other grants, and checks the scopes', () => {
    expect(codes(resource('genesyscloud_oauth_client', { name: 'c', authorized_grant_type: 'CLIENT-CREDENTIALS' }))).toEqual([['missing-attribute', 'roles', '']]);
    expect(codes(resource('genesyscloud_oauth_client', { name: 'c', authorized_grant_type: 'CODE' }))).toEqual([['missing-attribute', 'scopes', '']]);
    expect(codes(resource('genesyscloud_oauth_client', { name: 'c', authorized_grant_type: 'CODE', scopes: ['conversations', 'cobrowse:write'] }))).toEqual([['unknown-scope', 'scopes', '/1']]);
  });

  it('warns about a token validity only SCIM clients may have', () => {
    const found = checkResource(resource('genesyscloud_oauth_client', { name: 'c', authorized_grant_type: 'CODE', scopes: ['conversations'], access_token_validity_seconds: 604800 }));
    expect(found.map((d) => [d.severity, d.code, d.attribute])).toEqual([['warning', 'out-of-range', 'access_token_validity_seconds']]);
  });

  it('follows role references: undeclared, or not a role', () => {
    const context: ResourceContext = { complete: true, resource: (a) => (a === 'genesyscloud_auth_role.ok' ? resource('genesyscloud_auth_role', { name: 'r' }, 'ok') : undefined) };
    const client = (ref: string) => resource('genesyscloud_oauth_client', { name: 'c', authorized_grant_type: 'CLIENT-CREDENTIALS', roles: [{ role_id: new UnknownValue([ref]) }] });
    expect(checkResource(client('genesyscloud_auth_role.ok.id'), context)).toEqual([]);
    expect(codes(client('genesyscloud_auth_role.gone.id'), context)).toEqual([['unknown-reference', 'roles[0].role_id', '']]);
    expect(checkResource(client('genesyscloud_auth_role.gone.id'))).toEqual([]);
  });
});

describe('values in Terraform JSON syntax', () => {
  it('takes interpolations as unknown and $${ as the literal', () => {
    expect(fromJsonSyntax({ a: '${var.x}', b: '/api/v2/x/$${input.id}', c: ['${genesyscloud_integration.da.id}'] })).toEqual({
      a: new UnknownValue([]),
      b: '/api/v2/x/${input.id}',
      c: [new UnknownValue(['genesyscloud_integration.da.id'])],
    });
  });
});
