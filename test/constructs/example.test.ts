import { Testing } from 'cdktf';
import { buildExample } from '../../examples/datadog-apm-cobrowse/main';
import { DatadogMonitor, DatadogWebhook, GenesyscloudAuthRole, GenesyscloudOauthClient, GenesyscloudWebdeploymentsDeployment } from '../../src/constructs/bindings/generated';
import { parsed, synthValid } from './helpers';

Testing.setupJest();

describe('examples/datadog-apm-cobrowse', () => {
  it('synthesizes a valid stack with every part of the path', () => {
    const json = synthValid(buildExample(Testing.app()));
    expect(json).toHaveResource(GenesyscloudAuthRole);
    expect(json).toHaveResourceWithProperties(GenesyscloudOauthClient, { authorized_grant_type: 'CLIENT-CREDENTIALS' });
    expect(json).toHaveResource(GenesyscloudWebdeploymentsDeployment);
    expect(json).toHaveResource(DatadogMonitor);
    expect(json).toHaveResource(DatadogWebhook);
    const doc = parsed(json);
    expect(Object.keys(doc.output!)).toContain('checkout_errors_trigger_config');
    // trigger fallback check (work item) + callback check: one output of preconditions per operation
    const outputs = Object.values(doc.output!) as { precondition?: unknown[] }[];
    expect(outputs.flatMap((o) => o.precondition ?? [])).toHaveLength(2);
    expect(json).not.toMatch(/sensitive_value|"webhook_secret":\s*\{[^}]*"default"/);
  });
});
