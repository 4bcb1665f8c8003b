import { readHcl } from '../../src/cli/terraform/hcl';
import { NotTerraform } from '../../src/cli/terraform/types';
import { UnknownValue } from '../../src/validation/resource';

describe('reading .tf files (tree-sitter HCL)', () => {
  it('evaluates literals with their escapes, heredocs and jsonencode of a literal; other expressions are unknown', async () => {
    const [r] = await readHcl('main.tf', [
      'resource "genesyscloud_integration_action" "a" {',
      '  name     = "say \\"hi\\" \\u00e9\\n"',
      '  category = "$${input.x} and %%{x}"',
      '  n        = -2.5e3',
      '  flags    = [true, null, 3]',
      '  obj      = { k = "v", "s p" = 1 }',
      '  ref      = genesyscloud_integration.da.id',
      '  mixed    = "id-${var.x}"',
      '  json     = jsonencode({ type = "object", properties = { id = { type = "string" } } })',
      '  dyn      = jsonencode({ a = var.x })',
      '  config_request {',
      '    request_template = <<-EOT',
      '      {"a": "$${input.a}"}',
      '        indented',
      '    EOT',
      '  }',
      '}',
    ].join('\n'));
    expect(r.values).toMatchObject({
      name: 'say "hi" é\n',
      category: '${input.x} and %{x}',
      n: -2500,
      flags: [true, null, 3],
      obj: { k: 'v', 's p': 1 },
      json: '{"type":"object","properties":{"id":{"type":"string"}}}',
      config_request: [{ request_template: '{"a": "${input.a}"}\n  indented\n' }],
    });
    expect(r.values.ref).toEqual(new UnknownValue(['genesyscloud_integration.da.id']));
    expect(r.values.mixed).toBeInstanceOf(UnknownValue);
    expect(r.values.dyn).toBeInstanceOf(UnknownValue);
    expect(r.location).toEqual({ line: 1, column: 1 });
    expect(r.attributes.get('config_request[0].request_template')).toEqual({ line: 12, column: 24 });
  });

  it('keeps dynamic blocks in Terraform JSON form, and skips other providers and blocks', async () => {
    const resources = await readHcl('main.tf', [
      'resource "aws_s3_bucket" "b" {}',
      'locals { x = 1 }',
      'resource "genesyscloud_auth_role" "r" {',
      '  name = "r"',
      '  dynamic "permission_policies" {',
      '    for_each = var.policies',
      '    content {',
      '      domain = permission_policies.value.domain',
      '    }',
      '  }',
      '}',
    ].join('\n'));
    expect(resources.map((r) => `${r.type}.${r.name}`)).toEqual(['genesyscloud_auth_role.r']);
    expect(resources[0].values.dynamic).toEqual({ permission_policies: [{ for_each: new UnknownValue([]), content: [{ domain: new UnknownValue([]) }] }] });
  });

  it('refuses a file with a syntax error, with its line', async () => {
    await expect(readHcl('bad.tf', 'resource "genesyscloud_auth_role" "r" {\n  name = \n}\n')).rejects.toBeInstanceOf(NotTerraform);
  });
});
