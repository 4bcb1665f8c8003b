/**
 * examples/ci/hcl-*.yml, the jobs for a plain HCL repository: credential-less (no secrets, no provider
 * credentials), the SARIF that check-terraform writes is the file uploaded (GitHub) or kept (GitLab), and
 * terraform runs without a backend. What check-terraform reports is tested on the corpus (test/terraform-corpus).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const CI = path.resolve(__dirname, '..', '..', 'examples', 'ci');
const text = (file: string) => fs.readFileSync(path.join(CI, file), 'utf8');

interface Step { run?: string; uses?: string; if?: string; with?: Record<string, unknown> }

test.each(['hcl-github-actions.yml', 'hcl-gitlab-ci.yml'])('%s needs no secret or credential', (file) => {
  expect(text(file)).not.toMatch(/secrets\.|GENESYSCLOUD_OAUTHCLIENT|CLIENT_SECRET|ACCESS_TOKEN/i);
});

test('GitHub Actions: check-terraform writes the SARIF file that is uploaded, even when it finds errors', () => {
  const { jobs } = parse(text('hcl-github-actions.yml')) as { jobs: Record<string, { steps: Step[] }> };
  const steps = jobs['check-terraform'].steps;
  const check = steps.find((s) => s.run?.includes('check-terraform'));
  const sarif = check?.run?.match(/--format sarif > (\S+)/)?.[1];
  expect(sarif).toBeDefined();
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
  expect(upload).toMatchObject({ if: 'always()', with: { sarif_file: sarif } });
  expect(steps.find((s) => s.run?.includes('terraform validate'))?.run).toContain('-backend=false');
});

test('GitLab CI: check-terraform writes the SARIF file kept as an artifact, even when it finds errors', () => {
  const job = (parse(text('hcl-gitlab-ci.yml')) as Record<string, { script: string[]; artifacts: { when: string; paths: string[] } }>)['genesys-check-terraform'];
  const sarif = job.script.join('\n').match(/--format sarif > (\S+)/)?.[1];
  expect(job.artifacts).toEqual({ when: 'always', paths: [sarif] });
  expect(job.script).toContain('terraform init -input=false -backend=false');
});
