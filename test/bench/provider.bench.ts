/**
 * `terraform plan` with N genesyscobrowse_payload_check data sources (the provider engine) against the
 * provider's floor, at 20 and 200 checks; interleaved, after a warm-up plan of each.
 *
 * The floor: the same stack with a terraform_data in place of each data source (holding its body), plus
 * three bare `node -e 0` starts, since Terraform starts the plugin three times a plan. That is what any
 * provider written in Node with one data source per check costs at least: Terraform's own cost of N nodes
 * and the starts of the runtime. Goal: at most 1.1x at 20 and at 200.
 *
 * Default figure: Terraform starts the provider itself (the mirror's launcher). Separate reattach figure:
 * the same plans with TF_REATTACH_PROVIDERS pointing at one `provider serve` server (serveForReattach, run
 * inside this bench process and started before timing, as a CI job would start it once before its plans);
 * no provider process is started per plan, so it can fall below the floor.
 */
import { spawnSync } from 'node:child_process';
import { Fn, TerraformLocal, TerraformResource, TerraformStack } from 'cdktf';
import { addProviderPayloadCheck } from '../../src/provider/cdktf';
import { CALLBACK, VALID_CALLBACK_BODY } from '../provider/stacks';
import { synthStack, TerraformWorkdir } from '../provider/terraform-workdir';
import { serveForReattach } from '../../src/provider/reattach';
import { compareTime, fmt, record } from './timing';

/** Plugin starts in one `terraform plan` (schema, validate, plan walks). */
const PLUGIN_STARTS = 3;

/** N terraform_data holding bodies, plus per body a provider check or, for the floor, a terraform_data in its place. */
function stack(n: number, extra: 'checks' | 'floor') {
  return (s: TerraformStack): void => {
    for (let i = 0; i < n; i += 1) {
      const body = { ...VALID_CALLBACK_BODY, queueId: `queue-${i}` };
      new TerraformLocal(s, `payload_${i}`, body);
      const data = new TerraformResource(s, `body_${i}`, { terraformResourceType: 'terraform_data' });
      data.addOverride('input', `\${local.payload_${i}}`);
      if (extra === 'checks') addProviderPayloadCheck(s, `check_${i}`, { operation: CALLBACK, body: Fn.jsonencode(body) });
      else new TerraformResource(s, `check_${i}`, { terraformResourceType: 'terraform_data' }).addOverride('input', Fn.jsonencode(body));
    }
  };
}

function bareNodeStarts(): void {
  for (let i = 0; i < PLUGIN_STARTS; i += 1) {
    const started = spawnSync(process.execPath, ['-e', '0']);
    if (started.status !== 0) throw new Error(`node -e 0 exited with ${started.status}`);
  }
}

export async function run(print: (line: string) => void): Promise<void> {
  const reattach = await serveForReattach();
  try {
    for (const [n, runs] of [[20, 7], [200, 7]] as const) {
      const withChecks = synthStack(`prov${n}`, stack(n, 'checks'));
      const floorStack = synthStack(`floor${n}`, stack(n, 'floor'));
      const workdir = await TerraformWorkdir.create(withChecks);
      try {
        const plan = async (json: string, env: NodeJS.ProcessEnv = {}) => {
          workdir.use(json);
          const result = await workdir.terraform(['plan', '-input=false', '-no-color', '-lock=false'], env);
          if (result.code !== 0) throw new Error(`terraform plan failed:\n${result.stderr.slice(0, 2000)}`);
        };
        const floor = async () => {
          await plan(floorStack);
          bareNodeStarts();
        };
        const figure = async (name: string, subjectName: string, env: NodeJS.ProcessEnv) => {
          const { subject, baseline, pairs } = await compareTime(() => plan(withChecks, env), floor, runs, 1);
          print(record({
            figure: name, subject: subjectName, baseline: `floor: ${n} terraform_data in their place + ${PLUGIN_STARTS} bare node starts`, unit: 'ms',
            subjectStats: subject, baselineStats: baseline, pairs, extra: { checks: n, msPerCheck: Number(((subject.median - baseline.median) / n).toFixed(2)) },
          }));
          print(`  ${fmt((subject.median - baseline.median) / n, 1)} ms per check above the floor`);
        };
        await figure(`terraform plan, ${n} provider payload checks vs the provider's floor (goal: at most 1.1x)`, `${n} genesyscobrowse_payload_check`, {});
        await figure(
          `terraform plan, ${n} provider payload checks vs the provider's floor, provider reattached (provider serve; not the default)`,
          `${n} genesyscobrowse_payload_check, TF_REATTACH_PROVIDERS`,
          { TF_REATTACH_PROVIDERS: reattach.reattachProviders },
        );
      } finally {
        workdir.dispose();
      }
    }
  } finally {
    reattach.close();
  }
}
