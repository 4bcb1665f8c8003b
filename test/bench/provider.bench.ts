/**
 * `terraform plan` of N payload checks through the genesyscobrowse data source, against the same plan
 * checked by lifecycle preconditions on terraform_data, and against no checks at all (baseline).
 * The precondition variant is hand-written here (the constructs' PayloadCheck compiler was not
 * available when this bench was written); it checks the same rules for the same web chat body.
 */
import { Fn, TerraformLocal, TerraformResource, TerraformStack } from 'cdktf';
import { addProviderPayloadCheck } from '../../src/provider/cdktf';
import { CALLBACK, VALID_CALLBACK_BODY } from '../provider/stacks';
import { synthStack, TerraformWorkdir } from '../provider/terraform-workdir';
import { fmt, medianMs, ratio } from './timing';

const N = 20;
const RUNS = 3;

/** What the body must satisfy (the top level of CreateCallbackCommand), as Terraform conditions on the body's local `B`. */
const PRECONDITIONS = [
  { condition: 'length(setsubtract(keys(B), ["scriptId", "queueId", "routingData", "customerFirstCallbackDeliveryMode", "callbackUserName", "callbackNumbers", "callbackScheduledTime", "countryCode", "validateCallbackNumbers", "data", "callerId", "callerIdName"])) == 0', error_message: 'unknown property' },
  { condition: 'contains(keys(B), "callbackNumbers")', error_message: 'callbackNumbers is required' },
  { condition: 'can(tolist(B.callbackNumbers)) && can(tostring(B.queueId))', error_message: 'callbackNumbers must be a list, queueId a string' },
  { condition: '!contains(keys(B), "validateCallbackNumbers") || can(tobool(B.validateCallbackNumbers))', error_message: 'validateCallbackNumbers must be a boolean' },
];

function stack(variant: 'none' | 'preconditions' | 'provider') {
  return (s: TerraformStack): void => {
    for (let i = 0; i < N; i += 1) {
      const body = { ...VALID_CALLBACK_BODY, queueId: `queue-${i}` };
      new TerraformLocal(s, `payload_${i}`, body);
      const data = new TerraformResource(s, `body_${i}`, { terraformResourceType: 'terraform_data' });
      data.addOverride('input', `\${local.payload_${i}}`);
      if (variant === 'preconditions') {
        const conditions = PRECONDITIONS.map((p) => ({ ...p, condition: `\${${p.condition.replace(/\bB\b/g, `local.payload_${i}`)}}` }));
        data.addOverride('lifecycle.precondition', conditions);
      }
      if (variant === 'provider') addProviderPayloadCheck(s, `check_${i}`, { operation: CALLBACK, body: Fn.jsonencode(body) });
    }
  };
}

export async function run(print: (line: string) => void): Promise<void> {
  const stacks = { none: synthStack('none', stack('none')), preconditions: synthStack('pre', stack('preconditions')), provider: synthStack('prov', stack('provider')) };
  const workdir = await TerraformWorkdir.create(stacks.provider);
  try {
    const time = async (json: string) => {
      workdir.use(json);
      return medianMs(async () => {
        const result = await workdir.terraform(['plan', '-input=false', '-no-color', '-lock=false']);
        if (result.code !== 0) throw new Error(`terraform plan failed:\n${result.stderr.slice(0, 2000)}`);
      }, RUNS);
    };
    const none = await time(stacks.none);
    const pre = await time(stacks.preconditions);
    const provider = await time(stacks.provider);
    print(
      `terraform plan, ${N} web chat bodies (median of ${RUNS}): provider data source ${ratio(provider, none)} no checks ` +
        `(${fmt(provider)} ms vs ${fmt(none)} ms); hand-written preconditions ${ratio(pre, none)} no checks (${fmt(pre)} ms); ` +
        `provider ${ratio(provider, pre)} preconditions`,
    );
  } finally {
    workdir.dispose();
  }
}
