import './helpers';
import * as fs from 'fs';
import * as path from 'path';
import { TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { generateBindings } from '../../src/constructs/bindings/generate';
import {
  DataGenesyscloudAuthDivisionHome,
  DatadogMonitor,
  DatadogProvider,
  DatadogWebhook,
  GenesyscloudOauthClient,
  GenesyscloudProvider,
  GenesyscloudWebdeploymentsConfiguration,
  GenesyscloudWebdeploymentsDeployment,
} from '../../src/constructs/bindings/generated';
import { ProviderSchemasJson } from '../../src/constructs/bindings/schema';
import { expectMatchesProviderSchemas, providerSchemas, schemaProblems } from './schema-check';

Testing.setupJest();

const GENERATED_DIR = path.resolve(__dirname, '../../src/constructs/bindings/generated');

describe('generateBindings', () => {
  it('reproduces the committed bindings from provider-schemas.json', () => {
    const files = generateBindings(providerSchemas(), { outDir: GENERATED_DIR, schemaLabel: 'provider-schemas.json' });
    expect(Object.keys(files).sort()).toEqual(fs.readdirSync(GENERATED_DIR).sort());
    for (const [name, text] of Object.entries(files)) {
      expect(fs.readFileSync(path.join(GENERATED_DIR, name), 'utf8')).toBe(text);
    }
  });

  it('emits every required resource, data source and provider', () => {
    const files = generateBindings(providerSchemas());
    const all = Object.values(files).join('\n');
    for (const cls of [
      'GenesyscloudOauthClient extends cdktf.TerraformResource',
      'GenesyscloudAuthRole extends cdktf.TerraformResource',
      'GenesyscloudWebdeploymentsConfiguration extends cdktf.TerraformResource',
      'GenesyscloudWebdeploymentsDeployment extends cdktf.TerraformResource',
      'DataGenesyscloudRoutingQueue extends cdktf.TerraformDataSource',
      'DataGenesyscloudUser extends cdktf.TerraformDataSource',
      'DataGenesyscloudAuthRole extends cdktf.TerraformDataSource',
      'DataGenesyscloudAuthDivisionHome extends cdktf.TerraformDataSource',
      'GenesyscloudProvider extends cdktf.TerraformProvider',
      'DatadogProvider extends cdktf.TerraformProvider',
      'DatadogMonitor extends cdktf.TerraformResource',
      'DatadogWebhook extends cdktf.TerraformResource',
    ]) {
      expect(all).toContain(`export class ${cls}`);
    }
  });

  it('generates for another provider schema with a custom runtime import, a filter and reserved names renamed', () => {
    const schema: ProviderSchemasJson = {
      format_version: '1.0',
      provider_schemas: {
        'registry.terraform.io/example/acme': {
          provider: { version: 0, block: {} },
          resource_schemas: {
            acme_thing: { version: 0, block: { attributes: { count: { type: 'number', optional: true }, node: { type: 'string', computed: true } } } },
            acme_other: { version: 0, block: {} },
          },
        },
        'registry.terraform.io/example/skipped': { provider: { version: 0, block: {} } },
      },
    };
    const files = generateBindings(schema, {
      providers: ['example/acme'],
      include: ['acme_thing'],
      runtimeModule: 'genesys-cobrowse-cdktf/lib/constructs/bindings/runtime',
      versionConstraints: { 'example/acme': '~> 1.2' },
    });
    expect(Object.keys(files).sort()).toEqual(['acme.ts', 'index.ts']);
    const text = files['acme.ts'];
    expect(text).toContain(`from 'genesys-cobrowse-cdktf/lib/constructs/bindings/runtime'`);
    expect(text).toContain('export class AcmeThing extends cdktf.TerraformResource');
    expect(text).not.toContain('AcmeOther');
    expect(text).toContain('readonly countAttribute?: number;');
    expect(text).toContain('public get nodeAttribute(): string');
    expect(text).toContain(`providerVersionConstraint: '~> 1.2'`);
  });
});

describe('generated bindings', () => {
  function stack(): TerraformStack {
    return new TerraformStack(Testing.app(), 'test');
  }

  it('synthesize snake_case attributes and nested blocks that match the provider schema', () => {
    const s = stack();
    new GenesyscloudProvider(s, 'genesys', { awsRegion: 'us-east-1' });
    const home = new DataGenesyscloudAuthDivisionHome(s, 'home');
    const client = new GenesyscloudOauthClient(s, 'client', {
      name: 'svc',
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      accessTokenValiditySeconds: 600,
      roles: [{ roleId: 'r1', divisionId: home.id }],
    });
    const config = new GenesyscloudWebdeploymentsConfiguration(s, 'cfg', {
      name: 'web',
      languages: ['en-us'],
      defaultLanguage: 'en-us',
      cobrowse: { enabled: true, channels: ['Webmessaging'], pauseCriteria: [{ urlFragment: '/pay', condition: 'Includes' }] },
    });
    new GenesyscloudWebdeploymentsDeployment(s, 'dep', { name: 'web', configuration: { id: config.id, version: config.version } });
    new TerraformOutput(s, 'client_id', { value: client.clientId });
    const json = Testing.synth(s);

    expect(json).toHaveResourceWithProperties(GenesyscloudOauthClient, {
      authorized_grant_type: 'CLIENT-CREDENTIALS',
      access_token_validity_seconds: 600,
      roles: [{ role_id: 'r1', division_id: '${data.genesyscloud_auth_division_home.home.id}' }],
    });
    expect(json).toHaveResourceWithProperties(GenesyscloudWebdeploymentsConfiguration, {
      default_language: 'en-us',
      cobrowse: [{ enabled: true, channels: ['Webmessaging'], pause_criteria: [{ url_fragment: '/pay', condition: 'Includes' }] }],
    });
    expect(json).toHaveResourceWithProperties(GenesyscloudWebdeploymentsDeployment, {
      configuration: [{ id: '${genesyscloud_webdeployments_configuration.cfg.id}', version: '${genesyscloud_webdeployments_configuration.cfg.version}' }],
    });
    expect(json).toHaveProviderWithProperties(GenesyscloudProvider, { aws_region: 'us-east-1' });
    expect(JSON.parse(json).output.client_id.value).toBe('${genesyscloud_oauth_client.client.client_id}');
    expectMatchesProviderSchemas(json);
  });

  it('register the provider source in required_providers', () => {
    const s = new TerraformStack(Testing.app(), 'dd');
    new DatadogProvider(s, 'dd');
    new DatadogWebhook(s, 'hook', { name: 'h', url: 'https://example.test/hook' });
    new DatadogMonitor(s, 'mon', { name: 'm', type: 'query alert', query: 'q', message: '@webhook-h' });
    const doc = JSON.parse(fs.readFileSync(path.join(Testing.fullSynth(s), 'stacks/dd/cdk.tf.json'), 'utf8'));
    expect(doc.terraform.required_providers.datadog.source).toBe('datadog/datadog');
    expectMatchesProviderSchemas(doc);
  });
});

describe('schema check (terraform validate stand-in)', () => {
  const doc = (resource: Record<string, Record<string, unknown>>): Record<string, unknown> => ({ resource: { genesyscloud_oauth_client: resource } });

  it.each([
    ['unknown attribute', { name: 'a', authorized_grant_type: 'CODE', grant: 'x' }, 'genesyscloud_oauth_client.c.grant: unknown attribute or block'],
    ['missing required', { name: 'a' }, 'genesyscloud_oauth_client.c.authorized_grant_type: required attribute missing'],
    ['wrong scalar type', { name: 'a', authorized_grant_type: 'CODE', access_token_validity_seconds: '600' }, 'access_token_validity_seconds: expected "number"'],
    ['wrong collection type', { name: 'a', authorized_grant_type: 'CODE', scopes: 'conversations' }, 'scopes: expected ["set","string"]'],
    ['computed-only attribute set', { name: 'a', authorized_grant_type: 'CODE', client_id: 'x' }, 'client_id: computed-only attribute cannot be set'],
    ['bad nested block', { name: 'a', authorized_grant_type: 'CODE', roles: [{ division_id: 'd' }] }, 'roles[0].role_id: required attribute missing'],
  ])('reports %s', (_label, config, expected) => {
    const problems = schemaProblems(doc({ c: config }));
    expect(problems.join('\n')).toContain(expected);
  });

  it('reports too many / too few blocks and unknown resource types', () => {
    const problems = schemaProblems({
      resource: {
        genesyscloud_webdeployments_configuration: { c: { name: 'n', languages: ['en'], default_language: 'en', cobrowse: [{}, {}] } },
        genesyscloud_webdeployments_deployment: { d: { name: 'n' } },
        genesyscloud_cobrowse_session: { x: {} },
      },
    });
    expect(problems).toEqual([
      'genesyscloud_webdeployments_configuration.c.cobrowse: at most 1 block(s) allowed, got 2',
      'genesyscloud_webdeployments_deployment.d.configuration: required block missing',
      'genesyscloud_cobrowse_session.x: no resource type "genesyscloud_cobrowse_session" in the provider schema',
    ]);
  });

  it('accepts interpolations for any type and ignores built-in resources', () => {
    expect(
      schemaProblems({
        resource: {
          genesyscloud_oauth_client: { c: { name: 'a', authorized_grant_type: 'CODE', access_token_validity_seconds: '${var.ttl}', lifecycle: {} } },
          terraform_data: { t: { input: 1 } },
        },
      }),
    ).toEqual([]);
  });
});
