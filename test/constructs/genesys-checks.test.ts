import { readFileSync } from 'fs';
import { join } from 'path';
import { AnnotationMetadataEntryType, Aspects, TerraformResource, TerraformStack, Testing } from 'cdktf';
import type { Construct } from 'constructs';
import { GenesysChecks, GenesysOAuthClient } from '../../src/constructs';
import { AuthRole } from '../../src/constructs/bindings/generated/providers/genesyscloud/auth-role';
import { GenesyscloudProvider } from '../../src/constructs/bindings/generated/providers/genesyscloud/provider';
import { newStack, parsed, synthError } from './helpers';

Testing.setupJest();

const annotations = (scope: Construct, type: string) => scope.node.metadata.filter((m) => m.type === type).map((m) => String(m.data));

/** A stack with the checks added (cdktf 0.21 invokes aspects from each stack down: an App's are never invoked). */
function checkedStack(): TerraformStack {
  const stack = newStack();
  Aspects.of(stack).add(new GenesysChecks());
  return stack;
}

/** The stack's cdk.tf.json as `cdktf synth` writes it (Testing.synth drops the `//` blocks). */
function synthesized(stack: TerraformStack): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(join(Testing.fullSynth(stack), 'stacks', 'test', 'cdk.tf.json'), 'utf8'));
}

/** A genesyscloud resource written without this library's constructs or bindings. */
function rawResource(stack: TerraformStack, id: string, type: string, values: Record<string, unknown>): TerraformResource {
  const resource = new TerraformResource(stack, id, { terraformResourceType: type });
  for (const [k, v] of Object.entries(values)) resource.addOverride(k, v);
  return resource;
}

describe('GenesysChecks (Aspect)', () => {
  it('fails synth on an error of any genesyscloud L1, naming the construct path, address and attribute', () => {
    const stack = checkedStack();
    // A domain no permission has: an error whatever else the permission rule calls a warning.
    new AuthRole(stack, 'agent', { name: 'Agent', permissionPolicies: [{ domain: 'conversaton', entityName: 'cobrowse', actionSet: ['add'] }] });
    rawResource(stack, 'flow', 'genesyscloud_flow', { filepath: 'f.yaml', file_content_hash: 'abc' });
    const message = synthError(stack);
    expect(message).toContain('[test/agent] genesyscloud_auth_role.agent permission_policies[0].action_set: [unknown-permission]');
    expect(message).toContain('did you mean conversation:cobrowse:add?');
    expect(message).toContain('[test/flow] genesyscloud_flow.flow file_content_hash: [computed-attribute]');
  });

  it('applies to every stack of an app with applyTo (an App aspect is never invoked by cdktf 0.21)', () => {
    const app = Testing.app();
    const first = newStack(app);
    const second = new TerraformStack(app, 'second');
    new GenesyscloudProvider(second, 'genesyscloud', { awsRegion: 'us-east-1' });
    new AuthRole(first, 'a', { name: 'A', permissionPolicies: [{ domain: 'conversaton', entityName: 'cobrowse', actionSet: ['add'] }] });
    new AuthRole(second, 'b', { name: 'B', permissionPolicies: [{ domain: 'conversaton', entityName: 'cobrowse', actionSet: ['add'] }] });
    Aspects.of(app).add(new GenesysChecks());
    expect(() => Testing.synth(second, true)).not.toThrow();
    GenesysChecks.applyTo(app);
    expect(synthError(first)).toContain('[test/a] genesyscloud_auth_role.a');
    expect(synthError(second)).toContain('[second/b] genesyscloud_auth_role.b');
  });

  it('follows references between resources the user wrote (the data action integration, tokens resolved)', () => {
    const stack = checkedStack();
    const integration = rawResource(stack, 'da', 'genesyscloud_integration', { integration_type: 'purecloud-data-actions' });
    rawResource(stack, 'chat', 'genesyscloud_integration_action', {
      name: 'chat', category: 'c', integration_id: `\${${integration.terraformResourceType}.${integration.friendlyUniqueId}.id}`, contract_input: '{"type":"object","properties":{"id":{"type":"string"}}}', contract_output: '{}',
      config_request: [{ request_url_template: '/api/v2/conversations/chats/$${input.id}/messages', request_type: 'GET' }],
    });
    expect(synthError(stack)).toMatch(/\[test\/chat\] genesyscloud_integration_action\.chat config_request\[0\]\.request_url_template: \[removed-operation\]/);
  });

  it('makes warnings annotations, and passes a correct app', () => {
    const stack = checkedStack();
    const queue = rawResource(stack, 'queue', 'genesyscloud_routing_queues_v9', { name: 'q' });
    new AuthRole(stack, 'ok', { name: 'Agent', permissionPolicies: [{ domain: 'conversation', entityName: 'cobrowse', actionSet: ['add'] }] });
    Testing.synth(stack, true);
    expect(annotations(queue, AnnotationMetadataEntryType.WARN)).toEqual([expect.stringContaining('[schema-unavailable]')]);
  });

  it('suppresses with a reason, keeps the acknowledgement in the synthesized JSON, and warns about unused suppressions', () => {
    const stack = checkedStack();
    const role = new AuthRole(stack, 'agent', { name: 'Agent', permissionPolicies: [{ domain: 'conversation', entityName: 'cobrowse', actionSet: ['ad'] }] });
    GenesysChecks.suppress(role, [{ code: 'unlisted-permission', reason: 'granted in our org outside the API list' }]);
    const other = rawResource(stack, 'queue', 'genesyscloud_routing_queue', { name: 'q' });
    GenesysChecks.suppress(other, [{ code: 'unverified', reason: 'tried once' }]);
    const json = synthesized(stack) as ReturnType<typeof parsed> & Record<string, Record<string, unknown>>;
    expect(json.resource.genesyscloud_auth_role.agent['//']).toMatchObject({ 'genesys-cobrowse-suppressions': [{ code: 'unlisted-permission', reason: 'granted in our org outside the API list' }] });
    expect((json as unknown as { '//': Record<string, unknown> })['//']['genesys-cobrowse-acknowledgements']).toEqual([{ path: 'test/agent', code: 'unlisted-permission', reason: 'granted in our org outside the API list' }]);
    expect(annotations(other, AnnotationMetadataEntryType.WARN)).toEqual([expect.stringContaining('unused-suppression: the suppression of unverified matched no diagnostic')]);
  });

  it('refuses a suppression without a reason, and never suppresses removed-operation', () => {
    const stack = checkedStack();
    const role = new AuthRole(stack, 'agent', { name: 'Agent', permissionPolicies: [{ domain: 'conversaton', entityName: 'cobrowse', actionSet: ['add'] }] });
    GenesysChecks.suppress(role, [{ code: 'unknown-permission', reason: ' ' }]);
    const action = rawResource(stack, 'chat', 'genesyscloud_integration_action', {
      name: 'chat', category: 'c', integration_id: 'i', contract_input: '{}', contract_output: '{}',
      config_request: [{ request_url_template: '/api/v2/conversations/chats', request_type: 'GET' }],
    });
    GenesysChecks.suppress(action, [{ code: 'removed-operation', reason: 'we still call it' }]);
    const message = synthError(stack);
    expect(message).toContain('invalid-suppression: The suppression of unknown-permission has no reason');
    expect(message).toContain('[unknown-permission]');
    expect(message).toContain('removed-operation cannot be suppressed');
    expect(message).toContain('[removed-operation]');
  });

  it("acknowledges this library's own unverified warning with a reason, kept in the synthesized stack", () => {
    const stack = checkedStack();
    const client = new GenesysOAuthClient(stack, 'svc', { name: 'cobrowse-trigger', operations: ['postConversationCobrowse'] });
    const unacknowledged = newStack(Testing.app());
    const plain = new GenesysOAuthClient(unacknowledged, 'svc', { name: 'cobrowse-trigger', operations: ['postConversationCobrowse'] });
    Testing.synth(unacknowledged, true);
    expect(annotations(plain, AnnotationMetadataEntryType.WARN)).toEqual([expect.stringContaining('unverified')]);
    GenesysChecks.suppress(client, [{ code: 'unverified', reason: 'tried with a client-credentials token in our test org on 2026-12-01' }]);
    const json = synthesized(stack);
    expect(annotations(client, AnnotationMetadataEntryType.WARN)).toEqual([]);
    expect(annotations(client, AnnotationMetadataEntryType.INFO)).toEqual([expect.stringContaining('acknowledged: operations: With a CLIENT-CREDENTIALS token this call is unverified')]);
    expect(json['//']['genesys-cobrowse-acknowledgements']).toEqual([{ path: 'test/svc', code: 'unverified', reason: 'tried with a client-credentials token in our test org on 2026-12-01' }]);
  });
});
