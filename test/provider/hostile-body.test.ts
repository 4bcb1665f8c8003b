/**
 * The payload check data source on hostile and secret bodies in real `terraform plan`s: a `__proto__` key
 * or nesting deeper than 100 gives a finding (which `fail_on_error = false` keeps from failing the plan),
 * never a failed call; no value, unknown key or operation path of the body is repeated in a diagnostic.
 */
import { PROVIDER_SOURCE } from '../../src/provider/install';
import { CALLBACK, SECRET_VARIABLES } from './stacks';
import { TerraformWorkdir } from './terraform-workdir';

jest.setTimeout(180_000);

let deep = '1';
for (let i = 0; i < 1200; i += 1) deep = `{ a = ${deep} }`;

const BODIES: Record<string, string> = {
  proto: '{ "__proto__" = { queueId = "x" }, callbackNumbers = ["+1"], queueId = "q" }',
  proto_json: 'jsonencode({ "__proto__" = 1, callbackNumbers = ["+1"], queueId = "q" })',
  deep: `{ callbackNumbers = ["+1"], queueId = "q", routingData = ${deep} }`,
  deep_json: `jsonencode({ callbackNumbers = ["+1"], queueId = "q", routingData = ${deep} })`,
  secret: 'var.secret_body',
  secret_text: 'var.secret_text',
};

function config(failOnError: boolean, names = Object.keys(BODIES)): string {
  return `
terraform {
  required_providers {
    genesyscobrowse = { source = "${PROVIDER_SOURCE}" }
  }
}
${SECRET_VARIABLES}
${names.map((name) => [name, BODIES[name]]).map(([name, body]) => `
data "genesyscobrowse_payload_check" "${name}" {
  operation     = "${CALLBACK}"
  body          = ${body}
  fail_on_error = ${failOnError}
}
output "${name}_valid" { value = data.genesyscobrowse_payload_check.${name}.valid }
output "${name}_diagnostics" { value = nonsensitive(data.genesyscobrowse_payload_check.${name}.diagnostics) }
`).join('')}
${names.includes('proto') ? `data "genesyscobrowse_payload_check" "secret_path" {
  operation     = "POST /api/v2/users/hunter5@example.com/secrets"
  body          = {}
  fail_on_error = ${failOnError}
}` : ''}
`;
}

describe('the payload check data source on hostile and secret bodies', () => {
  let workdir: TerraformWorkdir;
  beforeAll(async () => {
    workdir = await TerraformWorkdir.create(config(false), {}, 'main.tf');
  });
  afterAll(() => workdir?.dispose());

  it('with fail_on_error = false: every body read, valid = false, no error, nothing secret repeated', async () => {
    const { result, outputs } = await workdir.applyOutputs();
    expect(result.stdout).not.toMatch(/failed/);
    expect(result.code).toBe(0);
    for (const name of Object.keys(BODIES)) expect({ name, valid: outputs[`${name}_valid`] }).toEqual({ name, valid: false });
    for (const name of ['proto', 'proto_json']) {
      expect({ name, findings: outputs[`${name}_diagnostics`] }).toEqual({ name, findings: [expect.objectContaining({ code: 'unknown-property', pointer: '/<key>' })] });
    }
    expect(`${JSON.stringify(outputs)}${result.stdout}${result.stderr}`).not.toMatch(/hunter|ssn-123/);
  });

  // Two plans: Terraform validates every data source before it reads any, with variables still unknown, so
  // the literal bodies' errors would stop the plan before the variables' bodies are read.
  it.each([
    ['literal bodies', ['proto', 'proto_json', 'deep', 'deep_json']],
    ['sensitive variables', ['secret', 'secret_text']],
  ])('with fail_on_error = true, %s: findings as error diagnostics, never a failed call, nothing secret repeated', async (_, names) => {
    workdir.useFile('main.tf', config(true, names));
    const plan = await workdir.plan();
    expect(plan.code).toBe(1);
    const errors = plan.diagnostics.filter((d) => d.severity === 'error');
    const failing = new Set(errors.map((d) => d.address));
    expect([...failing].sort()).toEqual([...names, ...(names.includes('proto') ? ['secret_path'] : [])].map((n) => `data.genesyscobrowse_payload_check.${n}`).sort());
    expect(errors.filter((d) => /failed/.test(d.summary))).toEqual([]);
    if (names.includes('proto')) {
      expect(errors.filter((d) => d.address?.endsWith('.proto')).map((d) => d.detail)).toEqual([expect.stringMatching(/^\/<key> \[unknown-property\]/)]);
    }
    expect(JSON.stringify(plan.diagnostics.map((d) => [d.summary, d.detail]))).not.toMatch(/hunter|ssn-123/);
  });
});
