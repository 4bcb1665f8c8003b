import { Testing } from 'cdktf';
import { buildExample } from '../../examples/datadog-apm-cobrowse/main';
import { Monitor } from '../../src/constructs/bindings/generated/providers/datadog/monitor';
import { Webhook } from '../../src/constructs/bindings/generated/providers/datadog/webhook';
import { AuthRole } from '../../src/constructs/bindings/generated/providers/genesyscloud/auth-role';
import { OauthClient } from '../../src/constructs/bindings/generated/providers/genesyscloud/oauth-client';
import { WebdeploymentsDeployment } from '../../src/constructs/bindings/generated/providers/genesyscloud/webdeployments-deployment';
import { parsed, synthValid } from './helpers';

Testing.setupJest();

describe('examples/datadog-apm-cobrowse', () => {
  it('synthesizes a valid stack with every part of the path', () => {
    const json = synthValid(buildExample(Testing.app()));
    expect(json).toHaveResource(AuthRole);
    expect(json).toHaveResourceWithProperties(OauthClient, { authorized_grant_type: 'CLIENT-CREDENTIALS' });
    expect(json).toHaveResource(WebdeploymentsDeployment);
    expect(json).toHaveResource(Monitor);
    expect(json).toHaveResource(Webhook);
    const doc = parsed(json);
    expect(Object.keys(doc.output!)).toContain('checkout_errors_trigger_config');
    // trigger fallback check (work item) + callback check: one output of preconditions per operation
    const outputs = Object.values(doc.output!) as { precondition?: unknown[] }[];
    expect(outputs.flatMap((o) => o.precondition ?? [])).toHaveLength(2);
    expect(json).not.toMatch(/sensitive_value|"webhook_secret":\s*\{[^}]*"default"/);
  });
});
