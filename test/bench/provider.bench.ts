/**
 * `terraform plan` with N genesyscobrowse_payload_check data sources (the provider engine) against the
 * same stack without them (baseline: the same terraform_data resources holding the same bodies), at 20
 * and 200 checks; interleaved, after a warm-up plan of each.
 *
 * Default figure: Terraform starts the provider itself (the mirror's launcher, about three Node starts
 * per plan). Separate reattach figure: the same plans with TF_REATTACH_PROVIDERS pointing at one
 * `provider serve` server (serveForReattach, run inside this bench process and started before timing,
 * as a CI job would start it once before its plans); no provider process is started per plan.
 *
 * Reference figure: the same baseline with N more terraform_data resources instead of the checks, each
 * holding its body. That is Terraform's own cost of N more nodes (no plugin, no RPC), the floor for any
 * design with one data source per check; the provider figures are read against it.
 */
import { Fn, TerraformLocal, TerraformResource, TerraformStack } from 'cdktf';
import { addProviderPayloadCheck } from '../../src/provider/cdktf';
import { CALLBACK, VALID_CALLBACK_BODY } from '../provider/stacks';
import { synthStack, TerraformWorkdir } from '../provider/terraform-workdir';
import { serveForReattach } from '../../src/provider/reattach';
import { compareTime, fmt, record } from './timing';

/** The baseline's N terraform_data holding bodies, plus per body a provider check, one more terraform_data, or nothing. */
function stack(n: number, extra: 'checks' | 'resources' | 'none') {
  return (s: TerraformStack): void => {
    for (let i = 0; i < n; i += 1) {
      const body = { ...VALID_CALLBACK_BODY, queueId: `queue-${i}` };
      new TerraformLocal(s, `payload_${i}`, body);
      const data = new TerraformResource(s, `body_${i}`, { terraformResourceType: 'terraform_data' });
      data.addOverride('input', `\${local.payload_${i}}`);
      if (extra === 'checks') addProviderPayloadCheck(s, `check_${i}`, { operation: CALLBACK, body: Fn.jsonencode(body) });
      if (extra === 'resources') new TerraformResource(s, `more_${i}`, { terraformResourceType: 'terraform_data' }).addOverride('input', Fn.jsonencode(body));
    }
  };
}

export async function run(print: (line: string) => void): Promise<void> {
  const reattach = await serveForReattach();
  try {
    for (const [n, runs] of [[20, 7], [200, 7]] as const) {
      const none = synthStack(`none${n}`, stack(n, 'none'));
      const withChecks = synthStack(`prov${n}`, stack(n, 'checks'));
      const moreResources = synthStack(`more${n}`, stack(n, 'resources'));
      const workdir = await TerraformWorkdir.create(withChecks);
      try {
        const plan = (json: string, env: NodeJS.ProcessEnv = {}) => async () => {
          workdir.use(json);
          const result = await workdir.terraform(['plan', '-input=false', '-no-color', '-lock=false'], env);
          if (result.code !== 0) throw new Error(`terraform plan failed:\n${result.stderr.slice(0, 2000)}`);
        };
        const figure = async (name: string, subjectName: string, env: NodeJS.ProcessEnv, subjectJson = withChecks) => {
          const { subject, baseline, pairs } = await compareTime(plan(subjectJson, env), plan(none), runs, 1);
          print(record({
            figure: name, subject: subjectName, baseline: `${n} terraform_data, no checks`, unit: 'ms',
            subjectStats: subject, baselineStats: baseline, pairs, extra: { checks: n, msPerCheck: Number(((subject.median - baseline.median) / n).toFixed(2)) },
          }));
          print(`  ${fmt((subject.median - baseline.median) / n, 1)} ms per check`);
        };
        await figure(`terraform plan, ${n} provider payload checks vs none`, `${n} genesyscobrowse_payload_check`, {});
        await figure(
          `terraform plan, ${n} provider payload checks vs none, provider reattached (provider serve; not the default)`,
          `${n} genesyscobrowse_payload_check, TF_REATTACH_PROVIDERS`,
          { TF_REATTACH_PROVIDERS: reattach.reattachProviders },
        );
        await figure(
          `terraform plan, ${n} more terraform_data vs none (reference: Terraform's own cost of ${n} more nodes, no plugin)`,
          `${n} more terraform_data holding the bodies`,
          {},
          moreResources,
        );
      } finally {
        workdir.dispose();
      }
    }
  } finally {
    reattach.close();
  }
}
