import './helpers';
import * as fs from 'fs';
import * as path from 'path';
import { TerraformDataSource, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { toCamelCase } from 'codemaker';
import { emittedSchemas } from '../../src/constructs/bindings/emitted';
import { generateBindings, listFiles, pinnedTargets } from '../../src/constructs/bindings/generate';
import { CONSTRAINTS_FILE, REGIONS_FILE, generateConstraints } from '../../src/constructs/bindings/generate-constraints';
import * as generated from '../../src/constructs/bindings/generated';
import { Monitor } from '../../src/constructs/bindings/generated/providers/datadog/monitor';
import { DatadogProvider } from '../../src/constructs/bindings/generated/providers/datadog/provider';
import { Webhook } from '../../src/constructs/bindings/generated/providers/datadog/webhook';
import { DataGenesyscloudAuthDivisionHome } from '../../src/constructs/bindings/generated/providers/genesyscloud/data-genesyscloud-auth-division-home';
import { OauthClient } from '../../src/constructs/bindings/generated/providers/genesyscloud/oauth-client';
import { GenesyscloudProvider } from '../../src/constructs/bindings/generated/providers/genesyscloud/provider';
import { WebdeploymentsConfiguration } from '../../src/constructs/bindings/generated/providers/genesyscloud/webdeployments-configuration';
import { WebdeploymentsDeployment } from '../../src/constructs/bindings/generated/providers/genesyscloud/webdeployments-deployment';
import { SchemaBlock, providerLocalName } from '../../src/constructs/bindings/schema';
import { GENERATED_DIR as PROVIDER_GENERATED_DIR, generateProviderBindings } from '../../src/provider/cdktf/generate';
import { expectMatchesProviderSchemas, providerSchemas, schemaProblems } from './schema-check';

Testing.setupJest();

const GENERATED_DIR = path.resolve(__dirname, '../../src/constructs/bindings/generated');

function expectSameTree(files: Record<string, string>, dir: string): void {
  expect(Object.keys(files).sort()).toEqual(listFiles(dir));
  for (const [name, text] of Object.entries(files)) expect(`${name}:\n${fs.readFileSync(path.join(dir, name), 'utf8')}`).toBe(`${name}:\n${text}`);
}

describe('generateBindings (@cdktf/provider-generator, the cdktf get generator)', () => {
  it('reproduces the committed genesyscloud and datadog bindings from provider-schemas.json', async () => {
    expectSameTree(await generateBindings(emittedSchemas(providerSchemas()), pinnedTargets(providerSchemas())), GENERATED_DIR);
  });

  it("reproduces the committed bindings of this package's own provider from its schema", async () => {
    expectSameTree(await generateProviderBindings(), PROVIDER_GENERATED_DIR);
  });

  it('reproduces the committed provider enums and ranges and the regions (constraints.generated.ts) from x_validation and regions.json', () => {
    const regions = JSON.parse(fs.readFileSync(REGIONS_FILE, 'utf8'));
    expect(fs.readFileSync(CONSTRAINTS_FILE, 'utf8')).toBe(generateConstraints(providerSchemas(), regions, 'provider-schemas.json'));
  });

  it('pins each provider to the minor release its schema was read from', () => {
    expect(pinnedTargets(providerSchemas())).toEqual([
      { source: 'registry.terraform.io/mypurecloud/genesyscloud', version: '~> 1.84' },
      { source: 'registry.terraform.io/datadog/datadog', version: '~> 4.19' },
    ]);
  });

  // Every attribute and block of every type has a member; only settable attributes have a setter.
  const classes: Record<string, Record<string, { prototype: object }>> = {};
  for (const [local, ns] of Object.entries(generated)) {
    for (const exports of Object.values(ns as Record<string, Record<string, unknown>>)) {
      for (const value of Object.values(exports)) {
        const type = (value as { tfResourceType?: string }).tfResourceType;
        if (typeof value !== 'function' || !type) continue;
        const data = value.prototype instanceof TerraformDataSource;
        (classes[local] ??= {})[`${data ? 'data ' : ''}${type}`] = value as { prototype: object };
      }
    }
  }
  const cases = Object.entries(emittedSchemas(providerSchemas()).provider_schemas).flatMap(([address, s]) => {
    const local = providerLocalName(address);
    return [
      ...Object.entries(s.resource_schemas ?? {}).map(([type, r]) => [type, classes[local]?.[type], r.block] as const),
      ...Object.entries(s.data_source_schemas ?? {}).map(([type, r]) => [`data ${type}`, classes[local]?.[`data ${type}`], r.block] as const),
    ];
  });

  it.each(cases)('%s: a member per attribute and block, setters only for settable attributes', (_type, cls, block: SchemaBlock) => {
    expect(cls).toBeDefined();
    const member = (name: string) => Object.getOwnPropertyDescriptor(cls!.prototype, toCamelCase(name));
    for (const [name, attr] of Object.entries(block.attributes ?? {})) {
      const descriptor = member(name);
      expect({ name, getter: typeof descriptor?.get }).toEqual({ name, getter: 'function' });
      expect({ name, settable: typeof descriptor?.set === 'function' }).toEqual({ name, settable: Boolean(attr.required || attr.optional) });
    }
    for (const name of Object.keys(block.block_types ?? {})) expect({ name, getter: typeof member(name)?.get }).toEqual({ name, getter: 'function' });
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
    const client = new OauthClient(s, 'client', {
      name: 'svc',
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      accessTokenValiditySeconds: 600,
      roles: [{ roleId: 'r1', divisionId: home.id }],
    });
    const config = new WebdeploymentsConfiguration(s, 'cfg', {
      name: 'web',
      languages: ['en-us'],
      defaultLanguage: 'en-us',
      cobrowse: { enabled: true, channels: ['Webmessaging'], pauseCriteria: [{ urlFragment: '/pay', condition: 'Includes' }] },
    });
    new WebdeploymentsDeployment(s, 'dep', { name: 'web', configuration: { id: config.id, version: config.version } });
    new TerraformOutput(s, 'client_id', { value: client.clientId });
    const json = Testing.synth(s);

    expect(json).toHaveResourceWithProperties(OauthClient, {
      authorized_grant_type: 'CLIENT-CREDENTIALS',
      access_token_validity_seconds: 600,
      roles: [{ role_id: 'r1', division_id: '${data.genesyscloud_auth_division_home.home.id}' }],
    });
    expect(json).toHaveResourceWithProperties(WebdeploymentsConfiguration, {
      default_language: 'en-us',
      cobrowse: { enabled: true, channels: ['Webmessaging'], pause_criteria: [{ url_fragment: '/pay', condition: 'Includes' }] },
    });
    expect(json).toHaveResourceWithProperties(WebdeploymentsDeployment, {
      configuration: { id: '${genesyscloud_webdeployments_configuration.cfg.id}', version: '${genesyscloud_webdeployments_configuration.cfg.version}' },
    });
    expect(json).toHaveProviderWithProperties(GenesyscloudProvider, { aws_region: 'us-east-1' });
    expect(JSON.parse(json).output.client_id.value).toBe('${genesyscloud_oauth_client.client.client_id}');
    expectMatchesProviderSchemas(json);
  });

  it('read set-typed attributes back as lists, and nested blocks by path', () => {
    const s = stack();
    const client = new OauthClient(s, 'client', { name: 'svc', authorizedGrantType: 'CODE', scopes: ['conversations'] });
    const config = new WebdeploymentsConfiguration(s, 'cfg', { name: 'web', languages: ['en-us'], defaultLanguage: 'en-us', cobrowse: { channels: ['Voice'] } });
    new TerraformOutput(s, 'scopes', { value: client.scopes });
    new TerraformOutput(s, 'channels', { value: config.cobrowse.channels });
    const output = JSON.parse(Testing.synth(s)).output;
    expect(output.scopes.value).toBe('${tolist(genesyscloud_oauth_client.client.scopes)}');
    expect(output.channels.value).toBe('${genesyscloud_webdeployments_configuration.cfg.cobrowse[0].channels}');
  });

  it('do not accept computed-only attributes', () => {
    const s = stack();
    // @ts-expect-error client_id is computed-only in genesyscloud_oauth_client
    new OauthClient(s, 'client', { name: 'svc', authorizedGrantType: 'CODE', clientId: 'x' });
    // @ts-expect-error id is computed-only in datadog_webhook (plugin framework)
    new Webhook(s, 'hook', { name: 'h', url: 'https://example.test/hook', id: 'x' });
    const doc = JSON.parse(Testing.synth(s));
    expect(doc.resource.genesyscloud_oauth_client.client.client_id).toBeUndefined();
    expect(doc.resource.datadog_webhook.hook.id).toBeUndefined();
  });

  it('pin the providers in required_providers and expose the monitor validate attribute', () => {
    const s = new TerraformStack(Testing.app(), 'dd');
    new DatadogProvider(s, 'dd');
    new GenesyscloudProvider(s, 'genesys');
    new Webhook(s, 'hook', { name: 'h', url: 'https://example.test/hook' });
    new Monitor(s, 'mon', { name: 'm', type: 'query alert', query: 'q', message: '@webhook-h', priority: '2', validate: false });
    const doc = JSON.parse(fs.readFileSync(path.join(Testing.fullSynth(s), 'stacks/dd/cdk.tf.json'), 'utf8'));
    expect(doc.terraform.required_providers).toEqual({
      datadog: { source: 'datadog/datadog', version: '~> 4.19' },
      genesyscloud: { source: 'mypurecloud/genesyscloud', version: '~> 1.84' },
    });
    expect(doc.resource.datadog_monitor.mon).toMatchObject({ priority: '2', validate: false });
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
    ['value outside a provider enum', { name: 'a', authorized_grant_type: 'PKCE' }, 'authorized_grant_type: "PKCE" is not one of CODE, TOKEN, SAML2BEARER, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS (provider StringInSlice)'],
    ['number outside a provider range', { name: 'a', authorized_grant_type: 'CODE', access_token_validity_seconds: 299 }, 'access_token_validity_seconds: 299 is outside 300..38880000 (provider IntBetween)'],
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

  it('checks provider enums inside nested blocks and list elements, ignoring case where the provider does', () => {
    const configuration = (cobrowse: Record<string, unknown>) => ({
      resource: { genesyscloud_webdeployments_configuration: { c: { name: 'n', languages: ['en'], default_language: 'en', cobrowse } } },
    });
    expect(schemaProblems(configuration({ channels: ['Webmessaging', 'WebMessaging'], pause_criteria: [{ url_fragment: '/a', condition: 'startswith' }] }))).toEqual([
      'genesyscloud_webdeployments_configuration.c.cobrowse[0].channels[1]: "WebMessaging" is not one of Webmessaging, Voice (provider StringInSlice)',
    ]);
    expect(schemaProblems({ resource: { datadog_monitor: { m: { name: 'm', type: 'apm alert', query: 'q', message: 'x' } } } })).toEqual([
      expect.stringContaining('datadog_monitor.m.type: "apm alert" is not one of composite, event alert,'),
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
