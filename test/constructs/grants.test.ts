/**
 * L2 ergonomics between constructs: clients defined elsewhere (`fromClientId`), access added after
 * construction (`addOperations`, `addPermissions`), and grants (`CobrowseSettings.grantStartCobrowse`, also
 * through `CobrowseTrigger`'s `settings`).
 */
import { AnnotationMetadataEntryType, TerraformVariable, Testing } from 'cdktf';
import type { Construct } from 'constructs';
import { COBROWSE_CHANNELS, CobrowseSettings, CobrowseTrigger, GenesysOAuthClient, type CobrowseChannel, type IGenesysOAuthClient } from '../../src/constructs';
import { AuthRole } from '../../src/constructs/bindings/generated/providers/genesyscloud/auth-role';
import { OauthClient } from '../../src/constructs/bindings/generated/providers/genesyscloud/oauth-client';
import channelPermissions from '../../src/genesys/data/cobrowse-channel-permissions.json';
import { getOperation } from '../../src/genesys';
import { newStack, parsed, synthError, synthValid } from './helpers';

Testing.setupJest();

const warnings = (scope: Construct) => scope.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
const SETTINGS = { name: 'web', languages: ['en-us'], defaultLanguage: 'en-us' };

/** A trigger with no fallback whose client is `client`, given the settings of `channels`. */
function trigger(client: (stack: Construct) => IGenesysOAuthClient, channels?: CobrowseChannel[]) {
  const stack = newStack();
  const settings = new CobrowseSettings(stack, 'settings', { ...SETTINGS, channels });
  const oauthClient = client(stack);
  const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
  const t = new CobrowseTrigger(stack, 'trigger', {
    name: 't', region: 'us-east-1', oauthClient, settings, existingMonitorId: '1', webhookUrl: 'https://h.example.com', webhookSecret: secret.stringValue,
  });
  return { stack, settings, oauthClient, trigger: t };
}

const policies = (json: string) => Object.values(parsed(json).resource.genesyscloud_auth_role)[0].permission_policies;

describe('channel permissions data', () => {
  it("names, for every channel the provider accepts, one of the permissions postConversationCobrowse accepts", () => {
    const op = getOperation(channelPermissions.operation);
    expect(op?.permissions?.type).toBe('ANY');
    expect(Object.keys(channelPermissions.byChannel).sort()).toEqual([...COBROWSE_CHANNELS].sort());
    for (const permission of Object.values(channelPermissions.byChannel)) expect(op?.permissions?.permissions).toContain(permission);
  });
});

describe('CobrowseSettings.grantStartCobrowse through CobrowseTrigger settings', () => {
  it('gives the client conversation:cobrowseVoice:add when the settings offer co-browse on Voice', () => {
    const { stack, oauthClient } = trigger((s) => new GenesysOAuthClient(s, 'client', { name: 'svc' }), ['Webmessaging', 'Voice']);
    const json = synthValid(stack);
    expect(policies(json)).toEqual([{ domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] }, { domain: 'conversation', entity_name: 'cobrowseVoice', action_set: ['add'] }]);
    expect(json).toHaveResourceWithProperties(AuthRole, { description: 'Permissions for the OAuth client svc: postConversationCobrowse' });
    expect((oauthClient as GenesysOAuthClient).permissions).toContain('conversation:cobrowseVoice:add');
  });

  it('gives only conversation:cobrowse:add for web messaging alone', () => {
    const { stack } = trigger((s) => new GenesysOAuthClient(s, 'client', { name: 'svc', operations: ['postConversationCobrowse'] }), ['Webmessaging']);
    expect(policies(synthValid(stack))).toEqual([{ domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] }]);
  });

  it('says at synth that the voice permission is not granted when channels is not set', () => {
    const { stack, settings } = trigger((s) => new GenesysOAuthClient(s, 'client', { name: 'svc' }));
    expect(policies(synthValid(stack))).toEqual([{ domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] }]);
    expect(warnings(settings)).toEqual([expect.stringContaining('channels: not set at synth, so test/client is granted only what postConversationCobrowse gives (conversation:cobrowse:add)')]);
  });

  it('tells what the users of a user-grant client need, without failing synth', () => {
    const stack = newStack();
    const settings = new CobrowseSettings(stack, 'settings', { ...SETTINGS, channels: ['Voice'] });
    const client = new GenesysOAuthClient(stack, 'app', { name: 'app', grantType: 'CODE', registeredRedirectUris: ['https://app.example.com/cb'] });
    settings.grantStartCobrowse(client);
    expect(synthValid(stack)).toHaveResourceWithProperties(OauthClient, { scopes: ['conversations'] });
    expect(warnings(settings)).toEqual(["channels: test/app acts for a user (CODE); for co-browse on Voice the user's roles need conversation:cobrowseVoice:add."]);
  });
});

describe('GenesysOAuthClient.addOperations and addPermissions', () => {
  it('adds to the derived role after construction', () => {
    const stack = newStack();
    const client = new GenesysOAuthClient(stack, 'svc', { name: 'svc', operations: ['postConversationCobrowse'] });
    expect(client.covers('postTaskmanagementWorkitems')).toBe(false);
    client.addOperations('POST /api/v2/taskmanagement/workitems', 'postConversationCobrowse');
    client.addPermissions('conversation:cobrowseVoice:add');
    expect(client.covers('postTaskmanagementWorkitems')).toBe(true);
    expect(policies(synthValid(stack))).toEqual([
      { domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] },
      { domain: 'workitems', entity_name: 'workitem', action_set: ['add'] },
      { domain: 'conversation', entity_name: 'cobrowseVoice', action_set: ['add'] },
    ]);
  });

  it('adds scopes to a user-grant client', () => {
    const stack = newStack();
    const client = new GenesysOAuthClient(stack, 'app', { name: 'app', grantType: 'TOKEN', operations: ['postConversationCobrowse'] });
    client.addOperations(getOperation('postTaskmanagementWorkitems')!);
    expect(synthValid(stack)).toHaveResourceWithProperties(OauthClient, { scopes: ['conversations', 'workitems'] });
  });

  it.each<[string, (c: GenesysOAuthClient) => void, string]>([
    ['an operation that does not exist', (c) => c.addOperations('postConversationCobrowze'), 'operations: `postConversationCobrowze` is not a Genesys Cloud operationId. (did you mean postConversationCobrowse?)'],
    ['a permission that is not one', (c) => c.addPermissions('conversatoin:cobrowse:add'), 'additionalPermissions[0]: `conversatoin:cobrowse:add` is not a Genesys Cloud permission: no permission of the API has the domain `conversatoin`. (did you mean conversation:cobrowse:add?)'],
  ])('fails synth for %s', (_label, add, message) => {
    const stack = newStack();
    add(new GenesysOAuthClient(stack, 'svc', { name: 'svc', operations: ['postConversationCobrowse'] }));
    expect(synthError(stack)).toContain(message);
  });

  it('fails synth for a client that ends with no operation', () => {
    const stack = newStack();
    new GenesysOAuthClient(stack, 'svc', { name: 'svc' });
    expect(synthError(stack)).toContain('operations: list at least one Genesys API operation the client will call.');
  });
});

describe('GenesysOAuthClient.fromClientId', () => {
  it('creates nothing, covers what it is known to cover, and leaves the rest unknown', () => {
    const stack = newStack();
    const client = GenesysOAuthClient.fromClientId(stack, 'existing', 'abc-123', { operations: ['POST /api/v2/conversations/{conversationId}/cobrowse'] });
    expect(client.clientId).toBe('abc-123');
    expect(client.grantType).toBe('CLIENT-CREDENTIALS');
    expect(client.covers('postConversationCobrowse')).toBe(true);
    expect(client.covers('postTaskmanagementWorkitems')).toBe('unknown');
    expect(client.covers('noSuchOperation')).toBe(false);
  });

  it('works with a trigger: no client resources, the config names the calls, and synth warns about what it cannot check', () => {
    const { stack, oauthClient, trigger: t } = trigger((s) => GenesysOAuthClient.fromClientId(s, 'existing', 'abc-123', { operations: ['postConversationCobrowse'] }), ['Voice']);
    const json = synthValid(stack);
    expect(json).not.toHaveResource(OauthClient);
    expect(json).not.toHaveResource(AuthRole);
    expect(warnings(oauthClient)).toEqual(['permissions: test/existing is an existing client (abc-123): its role must already hold conversation:cobrowseVoice:add; this app does not change it.']);
    expect(warnings(t)).toEqual([]);
  });

  it('makes the trigger warn, not fail, for calls an existing client is not known to cover', () => {
    const { stack, oauthClient, trigger: t } = trigger((s) => GenesysOAuthClient.fromClientId(s, 'existing', 'abc-123'), ['Webmessaging']);
    synthValid(stack);
    expect(warnings(oauthClient)).toEqual([
      'operations: test/existing is an existing client (abc-123): it must already have the access postConversationCobrowse needs; this app does not change it.',
      'permissions: test/existing is an existing client (abc-123): its role must already hold conversation:cobrowse:add; this app does not change it.',
    ]);
    expect(warnings(t)).toContain('oauthClient: whether test/existing has the access postConversationCobrowse needs is not known at synth; make sure it has before the trigger runs.');
  });

  it('fails synth for an operation it names that does not exist', () => {
    const stack = newStack();
    GenesysOAuthClient.fromClientId(stack, 'existing', 'abc-123', { operations: ['postConversationCobrowze'] });
    expect(synthError(stack)).toContain('[test/existing] operations: `postConversationCobrowze` is not a Genesys Cloud operationId.');
  });
});
