/** No construct prop reaches Terraform as an expression unless it is a cdktf token (rendered by real Terraform). */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { hclString, terraformLiteral } from '../../src/constructs/literal';
import { sweep } from '../support/injection-sweep';

/** `terraform apply` of a JSON configuration holding only variables and outputs; the outputs' values. */
function applyOutputs(doc: object): Record<string, unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'literal-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(doc));
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
    for (const args of [['init', '-backend=false', '-input=false', '-no-color'], ['apply', '-auto-approve', '-input=false', '-no-color']]) {
      const r = spawnSync('terraform', args, { cwd: dir, env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`terraform ${args[0]}: ${r.stdout}${r.stderr}`);
    }
    const out = JSON.parse(spawnSync('terraform', ['output', '-json'], { cwd: dir, env, encoding: 'utf8' }).stdout) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.value]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('injection sweep over every string prop of every exported construct', () => {
  it('gives every ${...}, %{...} and $${...} marker back literally from terraform', () => {
    const result = sweep();
    expect(result.problems).toEqual([]);
    // The two props the attack run injected through, and at least one sink of every construct.
    expect(result.notEmitted).not.toContain('CobrowseSettings.deployment.flowId');
    expect(result.notEmitted).not.toContain('GenesysOAuthClient#0.divisionId');
    expect(Object.keys(result.props).sort()).toEqual(['CobrowseSettings', 'CobrowseTrigger', 'GenesysOAuthClient', 'PayloadCheck']);
    expect(result.emitted).toBeGreaterThanOrEqual(40);
  }, 120_000);
});

describe('literal text next to tokens', () => {
  it('keeps a literal $ (or $$, or ${) right before a token and still resolves the token', () => {
    const stack = new TerraformStack(Testing.app(), 'dollar');
    const v = new TerraformVariable(stack, 'v', { type: 'string', default: 'X' });
    const cases = { one: `cost $${v.stringValue}`, two: `$$${v.stringValue}!`, brace: `\${${v.stringValue}`, percent: `%${v.stringValue}%{` };
    for (const [id, text] of Object.entries(cases)) new TerraformOutput(stack, id, { value: terraformLiteral(text) });
    const doc = JSON.parse(Testing.synth(stack)) as { variable: object; output: object };
    expect(applyOutputs({ variable: doc.variable, output: doc.output })).toEqual({ one: 'cost $X', two: '$$X!', brace: '${X', percent: '%X%{' });
  });

  it('writes map keys with \\b, \\f, control characters and lone surrogates as HCL that terraform reads back', () => {
    const keys = ['a\bb', 'c\fd', 'e\u0001f', 'lone\ud800', 'low\udc00x', 'pair\ud83d\ude00', 'q"\\\n\r\t${x}%{y}'];
    const doc = {
      locals: { m: Object.fromEntries(keys.map((k) => [terraformLiteral(k), 'found'])) },
      output: Object.fromEntries(keys.map((k, i) => [`k${i}`, { value: `\${local.m[${hclString(k)}]}` }])),
    };
    expect(Object.values(applyOutputs(doc))).toEqual(keys.map(() => 'found'));
  });
});
