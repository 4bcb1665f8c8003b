/**
 * `terraform plan` with N genesyscobrowse_payload_check data sources (the provider engine) against the
 * same stack without them (baseline: the same terraform_data resources holding the same bodies), at 20
 * and 200 checks; interleaved, after a warm-up plan of each.
 */
import { Fn, TerraformLocal, TerraformResource, TerraformStack } from 'cdktf';
import { addProviderPayloadCheck } from '../../src/provider/cdktf';
import { CALLBACK, VALID_CALLBACK_BODY } from '../provider/stacks';
import { synthStack, TerraformWorkdir } from '../provider/terraform-workdir';
import { compareTime, fmt, record } from './timing';

function stack(n: number, provider: boolean) {
  return (s: TerraformStack): void => {
    for (let i = 0; i < n; i += 1) {
      const body = { ...VALID_CALLBACK_BODY, queueId: `queue-${i}` };
      new TerraformLocal(s, `payload_${i}`, body);
      const data = new TerraformResource(s, `body_${i}`, { terraformResourceType: 'terraform_data' });
      data.addOverride('input', `\${local.payload_${i}}`);
      if (provider) addProviderPayloadCheck(s, `check_${i}`, { operation: CALLBACK, body: Fn.jsonencode(body) });
    }
  };
}

export async function run(print: (line: string) => void): Promise<void> {
  for (const [n, runs] of [[20, 5], [200, 3]] as const) {
    const none = synthStack(`none${n}`, stack(n, false));
    const withChecks = synthStack(`prov${n}`, stack(n, true));
    const workdir = await TerraformWorkdir.create(withChecks);
    try {
      const plan = (json: string) => async () => {
        workdir.use(json);
        const result = await workdir.terraform(['plan', '-input=false', '-no-color', '-lock=false']);
        if (result.code !== 0) throw new Error(`terraform plan failed:\n${result.stderr.slice(0, 2000)}`);
      };
      const [subject, baseline] = await compareTime(plan(withChecks), plan(none), runs, 1);
      print(record({
        figure: `terraform plan, ${n} provider payload checks vs none`, subject: `${n} genesyscobrowse_payload_check`, baseline: `${n} terraform_data, no checks`, unit: 'ms',
        subjectStats: subject, baselineStats: baseline, extra: { checks: n, msPerCheck: Number(((subject.median - baseline.median) / n).toFixed(2)) },
      }));
      print(`  ${fmt((subject.median - baseline.median) / n, 1)} ms per check`);
    } finally {
      workdir.dispose();
    }
  }
}
