import { AnnotationMetadataEntryType, TerraformOutput, Testing } from 'cdktf';
import type { Construct } from 'constructs';
import { GenesysOAuthClient } from '../../src/constructs';
import { AuthRole } from '../../src/constructs/bindings/generated/providers/genesyscloud/auth-role';
import { DataGenesyscloudAuthDivisionHome } from '../../src/constructs/bindings/generated/providers/genesyscloud/data-genesyscloud-auth-division-home';
import { OauthClient } from '../../src/constructs/bindings/generated/providers/genesyscloud/oauth-client';
import { newStack, parsed, synthError, synthValid } from './helpers';

Testing.setupJest();

const warnings = (scope: Construct) => scope.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));

describe('GenesysOAuthClient', () => {
  it('derives a role from the operations and grants it to a CLIENT-CREDENTIALS client in the home division', () => {
    const stack = newStack();
    const client = new GenesysOAuthClient(stack, 'svc', {
      name: 'cobrowse-trigger',
      operations: ['postConversationCobrowse', 'POST /api/v2/taskmanagement/workitems'],
    });
    const json = synthValid(stack);
    expect(json).toHaveResourceWithProperties(AuthRole, {
      name: 'cobrowse-trigger role',
      permission_policies: [
        { domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] },
        { domain: 'workitems', entity_name: 'workitem', action_set: ['add'] },
      ],
    });
    const oauth = Object.values(parsed(json).resource.genesyscloud_oauth_client)[0];
    expect(oauth).toMatchObject({
      authorized_grant_type: 'CLIENT-CREDENTIALS',
      roles: [{ role_id: expect.stringMatching(/^\$\{genesyscloud_auth_role\.svc_role_\w+\.id\}$/), division_id: expect.stringMatching(/^\$\{data\.genesyscloud_auth_division_home\.svc_home-division_\w+\.id\}$/) }],
    });
    expect(oauth.scopes).toBeUndefined();
    expect(oauth.expose_client_secret).toBeUndefined();
    expect(client.covers('postConversationCobrowse')).toBe(true);
    expect(client.covers('POST /api/v2/conversations/abc/cobrowse')).toBe(true);
    expect(client.covers('postConversationsCallbacks')).toBe(false);
    expect(client.covers('noSuchOperation')).toBe(false);
  });

  it('uses the given division and adds validated extra permissions', () => {
    const stack = newStack();
    new GenesysOAuthClient(stack, 'svc', {
      name: 'svc',
      operations: ['postConversationCobrowse'],
      divisionId: '*',
      additionalPermissions: ['conversation:cobrowseVoice:add'],
    });
    const json = synthValid(stack);
    expect(json).toHaveResourceWithProperties(AuthRole, {
      permission_policies: [{ domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] }, { domain: 'conversation', entity_name: 'cobrowseVoice', action_set: ['add'] }],
    });
    expect(Object.values(parsed(json).resource.genesyscloud_oauth_client)[0].roles).toEqual([{ division_id: '*', role_id: expect.stringContaining('genesyscloud_auth_role.') }]);
    expect(json).not.toHaveDataSource(DataGenesyscloudAuthDivisionHome);
  });

  it.each(['CODE', 'TOKEN'] as const)('derives scopes (no role) for the user grant %s', (grantType) => {
    const stack = newStack();
    const client = new GenesysOAuthClient(stack, 'app', {
      name: 'agent-app',
      grantType,
      operations: ['postConversationCobrowse'],
      additionalScopes: ['workitems'],
      registeredRedirectUris: ['https://app.example.com/callback'],
    });
    const json = synthValid(stack);
    expect(json).toHaveResourceWithProperties(OauthClient, {
      authorized_grant_type: grantType,
      scopes: ['conversations', 'workitems'],
      registered_redirect_uris: ['https://app.example.com/callback'],
    });
    expect(json).not.toHaveResource(AuthRole);
    expect(client.covers('postTaskmanagementWorkitems')).toBe(true);
    expect(client.covers('getUsersMe')).toBe(false);
  });

  it.each([
    [{ additionalScopes: ['cobrowse:write'], grantType: 'CODE' as const }, '`cobrowse:write` is not a Genesys Cloud OAuth scope'],
    [{ additionalPermissions: ['cobrowse:write'] }, '`cobrowse:write` is not a Genesys Cloud permission'],
    [{ additionalPermissions: ['conversatoin:cobrowse:add'] }, 'no permission of the API has the domain `conversatoin`. (did you mean conversation:cobrowse:add?)'],
    [{ additionalScopes: ['conversation'], grantType: 'TOKEN' as const }, 'did you mean conversations?'],
    [{ operations: ['postConversationCobrowze'] }, 'operations: `postConversationCobrowze` is not a Genesys Cloud operationId. (did you mean postConversationCobrowse?)'],
    [{ operations: ['POST /api/v2/conversations/webchat'] }, 'use POST /api/v2/conversations/{conversationId}/cobrowse (postConversationCobrowse)'],
    [{ operations: [] }, 'operations: list at least one Genesys API operation'],
    [{ additionalScopes: ['conversations'] }, 'a CLIENT-CREDENTIALS client acts through its role, not scopes'],
    [{ additionalPermissions: ['conversation:cobrowse:add'], grantType: 'CODE' as const }, 'Use additionalScopes'],
    [{ accessTokenValiditySeconds: 60 }, 'accessTokenValiditySeconds: must be a whole number from 300 to 38,880,000, not 60.'],
    [{ accessTokenValiditySeconds: 38_880_001 }, 'accessTokenValiditySeconds: must be a whole number from 300 to 38,880,000, not 38880001.'],
    // Outside the OAuthGrantType union: what a JavaScript caller can pass.
    [{ grantType: 'SAML2BEARE' as never }, 'grantType: "SAML2BEARE" is not one of CODE, TOKEN, SAML2BEARER, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS (did you mean SAML2BEARER?).'],
  ])('fails synth for %j', (extra, message) => {
    const stack = newStack();
    new GenesysOAuthClient(stack, 'svc', { name: 'svc', operations: ['postConversationCobrowse'], ...extra });
    expect(synthError(stack)).toContain(message);
  });

  it('warns, and still synthesizes, for a permission no API operation requires (the data is not the catalogue)', () => {
    const stack = newStack();
    const client = new GenesysOAuthClient(stack, 'svc', { name: 'svc', operations: ['postConversationCobrowse'], additionalPermissions: ['conversation:call:accept', 'conversation:cobrowse:ad'] });
    expect(synthValid(stack)).toHaveResource(AuthRole);
    expect(warnings(client).filter((w) => w.startsWith('additionalPermissions'))).toEqual([
      expect.stringContaining('additionalPermissions[0]: `conversation:call:accept` is required by no API operation here; Genesys\'s full catalogue is only live'),
      expect.stringContaining('additionalPermissions[1]: `conversation:cobrowse:ad` is required by no API operation here; Genesys\'s full catalogue is only live (GET /api/v2/authorization/permissions). (did you mean conversation:cobrowse:add?)'),
    ]);
  });

  it("accepts the provider's whole token lifetime range and its SAML2BEARER grant", () => {
    const stack = newStack();
    new GenesysOAuthClient(stack, 'scim', { name: 'scim', operations: ['postConversationCobrowse'], accessTokenValiditySeconds: 38_880_000 });
    new GenesysOAuthClient(stack, 'saml', { name: 'saml', operations: ['postConversationCobrowse'], grantType: 'SAML2BEARER' });
    const clients = parsed(synthValid(stack)).resource.genesyscloud_oauth_client;
    expect(Object.values(clients).map((c) => [c.authorized_grant_type, c.access_token_validity_seconds])).toEqual(
      expect.arrayContaining([['CLIENT-CREDENTIALS', 38_880_000], ['SAML2BEARER', undefined]]),
    );
  });

  it('surfaces validation errors from app.synth() too', () => {
    const app = Testing.app();
    const stack = newStack(app);
    new GenesysOAuthClient(stack, 'svc', { name: 'svc', operations: ['postConversationCobrowse'], additionalPermissions: ['cobrowse:write'] });
    // The constructs' one style: `<prop>: <message> (<suggestion>)`, with the list entry's index, no `error /0 [code]`.
    expect(() => app.synth()).toThrow(/\[test\/svc\] additionalPermissions\[0\]: `cobrowse:write` is not a Genesys Cloud permission\./);
  });

  describe('client secret', () => {
    it('is not exposed by default and cannot be referenced', () => {
      const stack = newStack();
      const client = new GenesysOAuthClient(stack, 'svc', { name: 'svc', operations: ['postConversationCobrowse'] });
      expect(() => client.clientSecret).toThrow('set exposeClientSecret: true');
      new TerraformOutput(stack, 'id', { value: client.clientId });
      const json = synthValid(stack);
      expect(json).not.toContain('client_secret');
    });

    it('is output sensitively when exposed', () => {
      const stack = newStack();
      const client = new GenesysOAuthClient(stack, 'svc', { name: 'svc', operations: ['postConversationCobrowse'], exposeClientSecret: true });
      client.outputClientSecret(stack, 'secret');
      const out = parsed(synthValid(stack)).output!.secret;
      expect(out).toMatchObject({ sensitive: true, value: expect.stringMatching(/^\$\{genesyscloud_oauth_client\.svc_client_\w+\.client_secret\}$/) });
      expect(synthValid(stack)).toHaveResourceWithProperties(OauthClient, { expose_client_secret: true });
    });

    it('fails synth when an output carries it without sensitive: true', () => {
      const stack = newStack();
      const client = new GenesysOAuthClient(stack, 'svc', { name: 'svc', operations: ['postConversationCobrowse'], exposeClientSecret: true });
      new TerraformOutput(stack, 'leak', { value: { secret: client.clientSecret } });
      expect(synthError(stack)).toContain('output test/leak carries the client secret of test/svc; make it sensitive: true');
    });
  });

  it('keeps `${` in names literal', () => {
    const stack = newStack();
    new GenesysOAuthClient(stack, 'svc', { name: 'svc ${var.x} %{if}', operations: ['postConversationCobrowse'] });
    expect(synthValid(stack)).toHaveResourceWithProperties(OauthClient, { name: 'svc $${var.x} %%{if}' });
  });

  it('says at synth what it cannot know: unknown permissions, and the unverified client-credentials co-browse call', () => {
    const stack = newStack();
    const client = new GenesysOAuthClient(stack, 'svc', {
      name: 'svc',
      operations: ['postConversationCobrowse', 'deleteBusinessrulesDecisiontableVersionSnapshot'],
    });
    synthValid(stack);
    const said = warnings(client);
    expect(said).toEqual([
      expect.stringMatching(/permissions of deleteBusinessrulesDecisiontableVersionSnapshot are unknown for this operation \(added after the last published permission list\)/),
      expect.stringMatching(/operations: With a CLIENT-CREDENTIALS token this call is unverified: Whether a client-credentials token/),
    ]);
    expect(client.covers('deleteBusinessrulesDecisiontableVersionSnapshot')).toBe('unknown');
    expect(client.covers('postConversationCobrowse')).toBe(true);
  });

  it('a user-grant client says when an operation\'s scopes are unknown, and covers() does not guess', () => {
    const stack = newStack();
    const client = new GenesysOAuthClient(stack, 'app', {
      name: 'app',
      grantType: 'CODE',
      registeredRedirectUris: ['https://app.example.com/callback'],
      operations: ['postConversationCobrowse', 'patchConversationSuggestion'],
    });
    synthValid(stack);
    expect(warnings(client)).toEqual([expect.stringMatching(/OAuth scopes of patchConversationSuggestion are unknown for this operation \(added after the last published scope list\)/)]);
    expect(client.covers('patchConversationSuggestion')).toBe('unknown');
    expect(client.scopes).toEqual(['conversations']);
  });
});
