/**
 * The provider-defined functions in real `terraform plan`s of plain HCL (Terraform 1.8+): results as
 * outputs, preconditions and check blocks, unknown values, a provider with live-check settings, and bodies
 * that are hostile or secret.
 */
import { PROVIDER_SOURCE } from '../../src/provider/install';
import { CALLBACK, VALID_CALLBACK_BODY, SECRET_VARIABLES } from './stacks';
import { TerraformWorkdir } from './terraform-workdir';

jest.setTimeout(180_000);

const HEADER = `
terraform {
  required_providers {
    genesyscobrowse = { source = "${PROVIDER_SOURCE}" }
  }
}
`;

/** HCL of a JSON value: HCL object syntax takes JSON's (quoted keys, `:` as `=` is not needed). */
const hcl = (value: unknown) => JSON.stringify(value);

const errorsOf = (body: string, operation = CALLBACK) => `provider::genesyscobrowse::body_errors("${operation}", ${body})`;

describe('provider functions check_body and body_errors', () => {
  let workdir: TerraformWorkdir;
  beforeAll(async () => {
    workdir = await TerraformWorkdir.create(`${HEADER}\noutput "x" { value = 1 }\n`, {}, 'main.tf');
  });
  afterAll(() => workdir?.dispose());

  it('return the findings as values (outputs after apply), with no provider block at all', async () => {
    workdir.useFile('main.tf', `${HEADER}
locals {
  valid   = ${hcl(VALID_CALLBACK_BODY)}
  invalid = ${hcl({ ...VALID_CALLBACK_BODY, queueid: 'q', validateCallbackNumbers: 'yes' })}
}
output "valid_errors" { value = ${errorsOf('local.valid')} }
output "valid_as_json" { value = ${errorsOf('jsonencode(local.valid)')} }
output "invalid_errors" { value = ${errorsOf('local.invalid')} }
output "invalid_findings" { value = provider::genesyscobrowse::check_body("postConversationsCallbacks", local.invalid) }
output "not_json" { value = provider::genesyscobrowse::check_body("${CALLBACK}", "{oops") }
output "no_body" { value = provider::genesyscobrowse::check_body("GET /api/v2/routing/queues/{queueId}", null) }
output "no_such_operation" { value = provider::genesyscobrowse::check_body("POST /api/v2/nothing/here", local.valid) }
`);
    const { result, outputs } = await workdir.applyOutputs();
    expect(result.code).toBe(0);
    expect(outputs.valid_errors).toEqual([]);
    expect(outputs.valid_as_json).toEqual([]);
    // An unknown key is not repeated (it could be a secret); the did-you-mean still helps.
    expect(outputs.invalid_errors).toEqual([
      expect.stringMatching(/^`<key>` is not in the API definition of CreateCallbackCommand.* Fix: did you mean queueId\?$/),
      expect.stringMatching(/^`validateCallbackNumbers` must be a boolean/),
    ]);
    expect(outputs.invalid_findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ severity: 'error', code: 'wrong-type', pointer: '/validateCallbackNumbers' }),
      expect.objectContaining({ severity: 'error', code: 'unknown-property', suggestion: expect.stringContaining('queueId') }),
    ]));
    expect(outputs.not_json).toEqual([expect.objectContaining({ severity: 'error', code: 'invalid-json', pointer: '' })]);
    expect(JSON.stringify(outputs.not_json)).not.toContain('oops');
    expect(outputs.no_body).toEqual([]);
    expect(outputs.no_such_operation).toEqual([expect.objectContaining({ code: 'unknown-operation' })]);
    expect(JSON.stringify(outputs.no_such_operation)).not.toContain('/api/v2/nothing/here');
  });

  it('fail a precondition with their messages, warn in a check block, and wait for values unknown at plan', async () => {
    workdir.useFile('main.tf', `${HEADER}
# Live-check settings (never used by the functions: Terraform calls them on an unconfigured provider).
provider "genesyscobrowse" {
  region        = "us-east-1"
  client_id     = "client-id-unused"
  client_secret = "secret-unused"
}
resource "terraform_data" "queue" { input = "queue-from-apply" }
locals {
  bad        = ${hcl({ ...VALID_CALLBACK_BODY, validateCallbackNumbers: 'yes' })}
  later      = { callbackNumbers = ["+13175555555"], queueId = terraform_data.queue.output }
  later_bad  = { callbackNumbers = ["+13175555555"], queueId = terraform_data.queue.output, validateCallbackNumbers = "yes" }
}
resource "terraform_data" "send_bad" {
  input = local.bad
  lifecycle {
    precondition {
      condition     = length(${errorsOf('local.bad')}) == 0
      error_message = join("\\n", ${errorsOf('local.bad')})
    }
  }
}
resource "terraform_data" "send_later" {
  input = local.later
  lifecycle {
    precondition {
      condition     = length(${errorsOf('local.later')}) == 0
      error_message = "send_later: invalid body"
    }
  }
}
resource "terraform_data" "send_later_bad" {
  input = local.later_bad
  lifecycle {
    precondition {
      condition     = length(${errorsOf('local.later_bad')}) == 0
      error_message = join("\\n", ${errorsOf('local.later_bad')})
    }
  }
}
check "callback_body" {
  assert {
    condition     = length(${errorsOf('local.bad')}) == 0
    error_message = "check: ${'$'}{join("; ", ${errorsOf('local.bad')})}"
  }
}
`);
    const plan = await workdir.plan();
    const errors = plan.diagnostics.filter((d) => d.severity === 'error');
    expect(plan.code).toBe(1);
    // The wholly known invalid body, and the partly unknown one whose known part is invalid, fail; the valid
    // partly unknown one waits for apply.
    expect(errors.map((d) => [d.snippet?.context, /`validateCallbackNumbers` must be a boolean/.test(d.detail)]).sort()).toEqual([
      ['resource "terraform_data" "send_bad"', true],
      ['resource "terraform_data" "send_later_bad"', true],
    ]);
    const warnings = plan.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.some((d) => /^check: .*validateCallbackNumbers/.test(d.detail))).toBe(true);
  });

  it('repeat no secret: no value, unknown key or operation path of a sensitive body', async () => {
    workdir.useFile('main.tf', `${HEADER}
${SECRET_VARIABLES}
output "key_and_value" { value = nonsensitive(provider::genesyscobrowse::check_body("${CALLBACK}", var.secret_body)) }
output "text" { value = nonsensitive(${errorsOf('var.secret_text')}) }
output "path" { value = provider::genesyscobrowse::check_body("POST /api/v2/users/hunter5@example.com/secrets", {}) }
output "sensitive_result" {
  value     = provider::genesyscobrowse::body_errors("${CALLBACK}", var.secret_body)
  sensitive = true
}
`);
    const { result, outputs } = await workdir.applyOutputs();
    expect(result.code).toBe(0);
    const everything = JSON.stringify(outputs);
    expect(everything).not.toMatch(/hunter|ssn-123/);
    expect(outputs.key_and_value).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'unknown-property', pointer: '/<key>' }),
      expect.objectContaining({ code: 'wrong-type', pointer: '/validateCallbackNumbers' }),
    ]));
    expect(outputs.text).toEqual([expect.stringContaining('not valid JSON')]);
    expect(outputs.path).toEqual([expect.objectContaining({ code: 'unknown-operation', message: expect.stringContaining('<operation>') })]);
  });

  it('give findings, never a failed call, for a __proto__ key or a body nested 1,200 deep', async () => {
    let deep = '1';
    for (let i = 0; i < 1200; i += 1) deep = `{ a = ${deep} }`;
    workdir.useFile('main.tf', `${HEADER}
output "proto" { value = provider::genesyscobrowse::check_body("${CALLBACK}", { "__proto__" = { queueId = "x" }, callbackNumbers = ["+1"], queueId = "q" }) }
output "proto_json" { value = provider::genesyscobrowse::check_body("${CALLBACK}", "{\\"__proto__\\": 1, \\"callbackNumbers\\": [\\"+1\\"], \\"queueId\\": \\"q\\"}") }
output "deep" { value = provider::genesyscobrowse::check_body("${CALLBACK}", { callbackNumbers = ["+1"], queueId = "q", routingData = ${deep} }) }
output "deep_json" { value = provider::genesyscobrowse::check_body("${CALLBACK}", jsonencode({ callbackNumbers = ["+1"], queueId = "q", data = ${deep} })) }
`);
    const { result, outputs } = await workdir.applyOutputs();
    expect(result.stdout + result.stderr).not.toMatch(/CallFunction failed/);
    expect(result.code).toBe(0);
    for (const name of ['proto', 'proto_json']) {
      expect({ name, findings: outputs[name] }).toEqual({ name, findings: [expect.objectContaining({ severity: 'error', code: 'unknown-property', pointer: '/<key>' })] });
    }
    expect(outputs.deep).toEqual([expect.objectContaining({ severity: 'error', code: 'too-deep' })]);
    expect((outputs.deep_json as { severity: string }[]).some((d) => d.severity === 'error')).toBe(true);
  });
});

