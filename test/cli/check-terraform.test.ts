import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';

const root = join(__dirname, '..', '..');
const fixtures = join(__dirname, 'terraform');
const tmp = mkdtempSync(join(tmpdir(), 'check-terraform-'));

/** Runs the built CLI (`npm test` builds first) as a user would. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'lib', 'cli', 'main.js'), 'check-terraform', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult { file: string; index: number; operation: string | null; valid: boolean; address: string; attribute?: string; suppressed?: { code: string; reason: string }[]; diagnostics: { severity: string; pointer: string; code: string; message: string; suggestion: string | null }[] }

function json(...args: string[]): { code: number | null; results: JsonResult[]; stderr: string } {
  const r = cli(...args, '--format', 'json');
  return { code: r.code, results: (JSON.parse(r.stdout) as { results: JsonResult[] }).results, stderr: r.stderr };
}

function dir(name: string, files: Record<string, string>): string {
  const path = join(tmp, name);
  mkdirSync(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}

const codesOf = (results: JsonResult[]) => results.flatMap((r) => r.diagnostics.map((d) => `${r.address}${r.attribute ? ` ${r.attribute}` : ''}: ${d.code}`));

describe('genesys-cobrowse check-terraform', () => {
  it('reports each rule on a directory of .tf files, with address and attribute (the JSON contract)', () => {
    const { code, results } = json(join(fixtures, 'mistakes'));
    expect(code).toBe(1);
    expect(codesOf(results)).toEqual([
      'genesyscloud_integration_action.chat_messages config_request[0].request_url_template: removed-operation',
      'genesyscloud_integration_action.create_workitem config_request[0].request_template: template-unrenderable',
      'genesyscloud_integration_action.callback config_request[0].request_template: unknown-velocity-reference',
      'genesyscloud_integration_action.callback config_request[0].request_template: unknown-property',
      'genesyscloud_auth_role.agent permission_policies[0].action_set: unlisted-permission',
      'genesyscloud_oauth_client.alerts access_token_validity_seconds: out-of-range',
      'genesyscloud_oauth_client.alerts roles: missing-attribute',
      'genesyscloud_flow.inbound file_content_hash: computed-attribute',
      'genesyscloud_widget_deployment.chat: removed-resource-type',
      'genesyscloud_webdeployments_configuration.site cobrowse[0].channels: not-in-enum',
      'genesyscloud_webdeployments_configuration.site cobrowse[0].pause_criteria[0].condition: enum-case',
      'genesyscloud_routing_queue.support descripton: unknown-attribute',
    ]);
    const first = results.find((r) => r.address === 'genesyscloud_integration.data_actions');
    expect(first).toEqual({ file: join(fixtures, 'mistakes', 'main.tf'), index: 0, operation: null, valid: true, address: 'genesyscloud_integration.data_actions', diagnostics: [] });
    expect(Object.keys(results[1].diagnostics[0]).sort()).toEqual(['code', 'message', 'pointer', 'severity', 'suggestion']);
    // A data action's result names the operation it calls, removed ones too.
    expect(results[1].operation).toBe('GET /api/v2/conversations/chats/{conversationId}/messages (getConversationsChatMessages)');
    expect(results.find((r) => r.address === 'genesyscloud_integration_action.callback')?.operation).toBe('POST /api/v2/conversations/callbacks (postConversationsCallbacks)');
  });

  it('passes correct configurations after public repositories, and a hand-written co-browse setup (exit 0)', () => {
    for (const name of ['real', 'clean']) {
      const { code, results } = json(join(fixtures, name));
      expect({ name, code, invalid: results.filter((r) => !r.valid).map((r) => r.address) }).toEqual({ name, code: 0, invalid: [] });
      expect(results.every((r) => r.diagnostics.length === 0)).toBe(true);
    }
  });

  it('prints compiler-style text with the line of the attribute', () => {
    const r = cli(join(fixtures, 'mistakes'));
    expect(r.stdout).toContain(`${join(fixtures, 'mistakes', 'main.tf')}:71:23: error [computed-attribute] /: \`file_content_hash\` is computed`);
    expect(r.stdout).toContain(`${join(fixtures, 'mistakes', 'main.tf')}:74:1: error [removed-resource-type]`);
  });

  it('writes SARIF results at the .tf file and line of the resource or attribute', () => {
    const r = cli(join(fixtures, 'mistakes'), '--format', 'sarif');
    const sarif = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[] };
    const hash = sarif.runs[0].results.find((x) => x.ruleId === 'computed-attribute');
    expect(hash?.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: relative(process.cwd(), join(fixtures, 'mistakes', 'main.tf')) }, region: { startLine: 71, startColumn: 23 } });
    expect(sarif.runs[0].tool.driver.rules.map((x) => x.id)).toContain('removed-resource-type');
  });

  it('applies suppression comments with reasons; no reason or removed-operation is refused; unused ones are warned about', () => {
    const path = dir('suppressed', {
      'main.tf': `# genesys-cobrowse-ignore: unlisted-permission granted by a permission outside the API's list
resource "genesyscloud_auth_role" "agent" {
  name = "Agent"
  permission_policies {
    domain      = "conversation"
    entity_name = "cobrowse"
    action_set  = ["ad"]
  }
}

resource "genesyscloud_flow" "inbound" {
  # genesys-cobrowse-ignore: computed-attribute
  filepath          = "f.yaml"
  file_content_hash = "abc"
}

# genesys-cobrowse-ignore: removed-operation we still call it
resource "genesyscloud_integration_action" "chat" {
  name            = "chat"
  category        = "c"
  integration_id  = "id"
  contract_input  = "{}"
  contract_output = "{}"
  config_request {
    request_url_template = "/api/v2/conversations/chats"
    request_type         = "GET"
  }
}

# genesys-cobrowse-ignore: unverified tried against our test org
resource "genesyscloud_routing_queue" "q" {
  name = "q"
}
`,
    });
    const { code, results } = json(path);
    expect(code).toBe(1);
    expect(results.find((r) => r.address === 'genesyscloud_auth_role.agent')).toMatchObject({ valid: true, diagnostics: [], suppressed: [{ code: 'unlisted-permission', reason: "granted by a permission outside the API's list" }] });
    expect(codesOf(results)).toEqual([
      'genesyscloud_flow.inbound file_content_hash: computed-attribute',
      'genesyscloud_flow.inbound: invalid-suppression',
      'genesyscloud_integration_action.chat config_request[0].request_url_template: removed-operation',
      'genesyscloud_integration_action.chat: invalid-suppression',
      'genesyscloud_routing_queue.q: unused-suppression',
    ]);
    const sarif = JSON.parse(cli(path, '--format', 'sarif').stdout) as { runs: { results: { ruleId: string; suppressions?: { kind: string; justification: string }[] }[] }[] };
    expect(sarif.runs[0].results.find((x) => x.ruleId === 'unlisted-permission')?.suppressions).toEqual([{ kind: 'inSource', justification: "granted by a permission outside the API's list" }]);
  });

  it('takes suppressions from a file keyed by address, and warns about addresses nothing declares', () => {
    const file = join(tmp, 'suppressions.json');
    writeFileSync(file, JSON.stringify({ suppressions: {
      'genesyscloud_auth_role.agent': [{ code: 'unlisted-permission', reason: 'granted by a permission outside the list' }],
      'genesyscloud_auth_role.gone': [{ code: 'unlisted-permission', reason: 'old' }],
    } }));
    const { code, results } = json(join(fixtures, 'mistakes'), '--suppressions', file);
    expect(codesOf(results)).not.toContain('genesyscloud_auth_role.agent permission_policies[0].action_set: unlisted-permission');
    expect(codesOf(results)).toContain('genesyscloud_auth_role.gone: unused-suppression');
    expect(code).toBe(1);
    writeFileSync(file, '{"suppressions": []}');
    expect(cli(join(fixtures, 'clean'), '--suppressions', file).code).toBe(2);
  });

  it('checks data action exports (*.custom.json) found in a directory with the same rules', () => {
    const path = dir('exports', {
      'Get Chat - Exported 2020-02-21.custom.json': JSON.stringify({
        name: 'Get Chat', integrationType: 'purecloud-data-actions', actionType: 'custom',
        config: { request: { requestUrlTemplate: '/api/v2/conversations/chats/${input.conversationId}', requestType: 'GET', headers: {}, requestTemplate: '${input.rawRequest}' }, response: { translationMap: {}, successTemplate: '${rawResult}' } },
        contract: { input: { inputSchema: { type: 'object', properties: { conversationId: { type: 'string' } } } }, output: { successSchema: { type: 'object' } } },
        secure: false,
      }, null, 2),
    });
    const { code, results } = json(path);
    expect(code).toBe(1);
    expect(codesOf(results)).toEqual(['data action "Get Chat" config_request[0].request_url_template: removed-operation']);
  });

  it('reads a synthesized cdk.tf.json, honouring the acknowledgements GenesysChecks wrote into it', () => {
    const file = join(dir('cdktf', {}), 'cdk.tf.json');
    writeFileSync(file, JSON.stringify({
      resource: {
        genesyscloud_auth_role: {
          agent: { '//': { metadata: { path: 'stack/agent' }, 'genesys-cobrowse-suppressions': [{ code: 'unlisted-permission', reason: 'granted outside the list' }] }, name: 'Agent', permission_policies: [{ domain: 'conversation', entity_name: 'cobrowse', action_set: ['ad'] }] },
        },
        genesyscloud_integration_action: {
          chat: { name: 'c', category: 'c', integration_id: '${genesyscloud_integration.da.id}', contract_input: '{}', contract_output: '{}', config_request: [{ request_url_template: '/api/v2/conversations/chats/$${input.id}/messages', request_type: 'GET' }] },
        },
      },
    }, null, 2));
    const { code, results } = json(file);
    expect(code).toBe(1);
    expect(codesOf(results)).toEqual(['genesyscloud_integration_action.chat config_request[0].request_url_template: removed-operation']);
    expect(results[0].suppressed).toEqual([{ code: 'unlisted-permission', reason: 'granted outside the list', attribute: 'permission_policies[0].action_set' }]);
  });

  it('reads a plan (terraform show -json): values resolved, unknowns from after_unknown, references from the configuration', () => {
    const file = join(tmp, 'plan.json');
    writeFileSync(file, JSON.stringify({
      format_version: '1.2',
      resource_changes: [
        { address: 'genesyscloud_integration.da', mode: 'managed', type: 'genesyscloud_integration', name: 'da', change: { actions: ['create'], after: { integration_type: 'purecloud-data-actions', intended_state: 'ENABLED', config: [] }, after_unknown: { id: true } } },
        { address: 'genesyscloud_integration_action.cb', mode: 'managed', type: 'genesyscloud_integration_action', name: 'cb', change: { actions: ['create'], after: { name: 'cb', category: 'c', contract_input: '{"type":"object","properties":{"n":{"type":"string"}}}', contract_output: '{}', secure: false, config_request: [{ request_url_template: '/api/v2/conversations/callbacks', request_type: 'POST', request_template: '{"callbackNumbers": ["${input.n}"], "callbackNumber": 1}', headers: null }] }, after_unknown: { id: true, integration_id: true, config_request: [{}] } } },
        { address: 'genesyscloud_flow.f', mode: 'managed', type: 'genesyscloud_flow', name: 'f', change: { actions: ['update'], after: { filepath: 'f.yaml', file_content_hash: 'abc', name: 'f' }, after_unknown: {} } },
        { address: 'genesyscloud_auth_role.old', mode: 'managed', type: 'genesyscloud_auth_role', name: 'old', change: { actions: ['delete'], after: null } },
      ],
      configuration: { root_module: { resources: [{ address: 'genesyscloud_integration_action.cb', expressions: { integration_id: { references: ['genesyscloud_integration.da.id', 'genesyscloud_integration.da'] } } }] } },
    }));
    const { code, results } = json(file);
    expect(codesOf(results)).toEqual(['genesyscloud_integration_action.cb config_request[0].request_template: unknown-property']);
    expect(code).toBe(1);
  });

  it('reports unreadable inputs as unreadable-input results with exit 2, never a stack trace', () => {
    const broken = dir('broken', { 'main.tf': 'resource "genesyscloud_auth_role" "x" {\n  name = "a"\n' });
    const truncated = join(tmp, 'truncated-plan.json');
    writeFileSync(truncated, '{"format_version": "1.2", "resource_changes": [{"address": "genesyscloud_flow.f", "type": "genesyscloud_flow", "name": "f", "change": {"actions": ["create"]');
    const noChanges = join(tmp, 'partial-plan.json');
    writeFileSync(noChanges, '{"format_version": "1.2", "planned_values": {}}');
    const other = join(tmp, 'package.json');
    writeFileSync(other, '{"name": "x"}');
    for (const input of [broken, truncated, noChanges, other, join(tmp, 'missing.tf')]) {
      const { code, results, stderr } = json(input);
      expect({ input, code }).toEqual({ input, code: 2 });
      expect(results.some((r) => r.diagnostics.some((d) => d.code === 'unreadable-input'))).toBe(true);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses bad options with exit 2', () => {
    expect(cli().code).toBe(2);
    expect(cli(fixtures, '--format', 'xml').code).toBe(2);
    expect(cli('--help').code).toBe(0);
  });
});
