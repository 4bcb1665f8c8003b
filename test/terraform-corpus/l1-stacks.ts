/**
 * The corpus configurations marked `aspect` in manifest.json, written as cdktf L1s: the generated bindings where
 * the package has them, TerraformResource for a type it has none for (as a cdktf user would). Each builds the
 * same resources, under the same names, as the folder of the same name.
 */
import { TerraformResource, TerraformStack } from 'cdktf';
import { AuthRole } from '../../src/constructs/bindings/generated/providers/genesyscloud/auth-role';
import { DataGenesyscloudAuthDivisionHome } from '../../src/constructs/bindings/generated/providers/genesyscloud/data-genesyscloud-auth-division-home';
import { OauthClient } from '../../src/constructs/bindings/generated/providers/genesyscloud/oauth-client';
import { GenesyscloudProvider } from '../../src/constructs/bindings/generated/providers/genesyscloud/provider';
import { WebdeploymentsConfiguration } from '../../src/constructs/bindings/generated/providers/genesyscloud/webdeployments-configuration';
import { WebdeploymentsDeployment } from '../../src/constructs/bindings/generated/providers/genesyscloud/webdeployments-deployment';

function oauthClientWithRole(grantType: string) {
  return (stack: TerraformStack): void => {
    const home = new DataGenesyscloudAuthDivisionHome(stack, 'home', {});
    const role = new AuthRole(stack, 'callback_service', {
      name: 'Corpus Callback Service',
      description: 'Creates callbacks for the web site',
      permissionPolicies: [{ domain: 'conversation', entityName: 'callback', actionSet: ['create'] }],
    });
    new OauthClient(stack, 'callback_service_client', {
      name: 'Corpus Callback Service',
      description: 'Server-to-server client of the callback service',
      accessTokenValiditySeconds: 86400,
      authorizedGrantType: grantType,
      roles: [{ roleId: role.id, divisionId: home.id }],
    }).overrideLogicalId('callback_service');
  };
}

function webDeployment(channels: string[]) {
  return (stack: TerraformStack): void => {
    const config = new WebdeploymentsConfiguration(stack, 'support_site', {
      name: 'Corpus Support Site',
      description: 'Messenger with co-browse for the support site',
      languages: ['en-us', 'fr'],
      defaultLanguage: 'en-us',
      messenger: {
        enabled: true,
        launcherButton: { visibility: 'OnDemand' },
        styles: { primaryColor: '#1D5A8E' },
        apps: { conversations: { enabled: true, showAgentTypingIndicator: true, showUserTypingIndicator: true } },
      },
      cobrowse: {
        enabled: true,
        allowAgentControl: true,
        allowAgentNavigation: false,
        channels,
        maskSelectors: ['#card-number', '.cvv', 'input[type="password"]'],
        readonlySelectors: ['#checkout-submit'],
      },
    });
    new WebdeploymentsDeployment(stack, 'support_site_deployment', {
      name: 'Corpus Support Site',
      description: 'Support site messenger',
      allowedDomains: ['support.example.com'],
      configuration: { id: config.id, version: config.version },
    }).overrideLogicalId('support_site');
  };
}

/** No binding is generated for integrations: a plain TerraformResource with the attributes of the HCL. */
function disconnectCallback(state: string) {
  return (stack: TerraformStack): void => {
    const integration = new TerraformResource(stack, 'data_actions', { terraformResourceType: 'genesyscloud_integration' });
    integration.addOverride('intended_state', 'ENABLED');
    integration.addOverride('integration_type', 'purecloud-data-actions');
    integration.addOverride('config', [{ name: 'Corpus Callback Actions' }]);
    const action = new TerraformResource(stack, 'disconnect_callback', { terraformResourceType: 'genesyscloud_integration_action' });
    action.addOverride('name', 'Disconnect Callback');
    action.addOverride('category', 'Corpus Callback Actions');
    action.addOverride('integration_id', integration.getStringAttribute('id'));
    action.addOverride('contract_input', JSON.stringify({ type: 'object', additionalProperties: true, properties: { ConversationId: { type: 'string' } } }));
    action.addOverride('contract_output', JSON.stringify({ type: 'object', additionalProperties: true, properties: {} }));
    action.addOverride('config_request', [
      { request_type: 'PATCH', request_url_template: '/api/v2/conversations/callbacks/$${input.ConversationId}', request_template: `{ "state": "${state}" }` },
    ]);
    action.addOverride('config_response', [{ success_template: '$${rawResult}' }]);
  };
}

export const L1_STACKS: Record<string, (stack: TerraformStack) => void> = {
  'oauth-client-credentials-role': oauthClientWithRole('CLIENT-CREDENTIALS'),
  'mutant-oauth-grant-type-enum': oauthClientWithRole('CLIENT_CREDENTIALS'),
  'webdeployment-cobrowse': webDeployment(['Webmessaging', 'Voice']),
  'mutant-cobrowse-channel-enum': webDeployment(['Webmessaging', 'WebChat']),
  'da-disconnect-callback': disconnectCallback('disconnected'),
  'mutant-da-body-enum': disconnectCallback('hangup'),
};

/** The provider block every L1 stack gets, as in the HCL's versions.tf. */
export function addProvider(stack: TerraformStack): void {
  new GenesyscloudProvider(stack, 'genesyscloud', {});
}
