/**
 * Worked example: a Datadog APM alert on the checkout service offers co-browse to the customer whose web
 * messaging conversation id travels on the trace (tag `conversation_id`), or opens a work item instead.
 *
 * Synthesize: `npm run synth:example` in this repository (builds, then writes cdktf.out/ here), or copy this file
 * into a cdktf app as main.ts (it imports only the package's entry points) and run `cdktf synth`.
 * Credentials are not in the code: the providers read GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET and
 * DD_API_KEY/DD_APP_KEY from the environment; the webhook secret is a sensitive variable.
 */
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { CobrowseSettings, CobrowseTrigger, GenesysOAuthClient, PayloadCheck, PayloadCheckStack } from 'genesys-cobrowse-cdktf';
import { DatadogProvider } from 'genesys-cobrowse-cdktf/bindings/datadog/provider';
import { DataGenesyscloudRoutingQueue } from 'genesys-cobrowse-cdktf/bindings/genesyscloud/data-genesyscloud-routing-queue';
import { GenesyscloudProvider } from 'genesys-cobrowse-cdktf/bindings/genesyscloud/provider';

export class CheckoutCobrowseStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GenesyscloudProvider(this, 'genesyscloud', { awsRegion: 'us-east-1' });
    new DatadogProvider(this, 'datadog');

    const webhookSecret = new TerraformVariable(this, 'webhook_secret', { type: 'string', sensitive: true, description: 'Shared secret between the Datadog webhook and the handoff service' });
    const workitemTypeId = new TerraformVariable(this, 'workitem_type_id', { type: 'string', description: 'Task management work item type for co-browse follow-ups' });
    const callbackNumber = new TerraformVariable(this, 'callback_number', { type: 'string', default: '+15555550100' });
    const queue = new DataGenesyscloudRoutingQueue(this, 'support-queue', { name: 'Web Support' });

    // Access derived from the calls the handoff service makes: conversation:cobrowse:add, workitems:workitem:add, and
    // workitems:workitem:view for the look-up that settles a work item create whose outcome was unknown.
    const client = new GenesysOAuthClient(this, 'handoff-client', {
      name: 'checkout-cobrowse-handoff',
      description: 'Starts co-browse from Datadog APM alerts',
      operations: ['postConversationCobrowse', 'POST /api/v2/taskmanagement/workitems', 'POST /api/v2/taskmanagement/workitems/query'],
    });

    new CobrowseSettings(this, 'support-site', {
      name: 'Support site',
      languages: ['en-us'],
      defaultLanguage: 'en-us',
      channels: ['Webmessaging'],
      allowAgentControl: true,
      maskSelectors: ['input[type="password"]', '#card-number', '.cvv'],
      readonlySelectors: ['#checkout-submit'],
      pauseCriteria: [{ urlFragment: '/account/security', condition: 'StartsWith' }],
      deployment: { name: 'Support site', allowedDomains: ['www.example.com'] },
    });

    new CobrowseTrigger(this, 'checkout-errors', {
      name: 'checkout-errors',
      region: 'us-east-1',
      oauthClient: client,
      monitor: {
        type: 'trace-analytics alert',
        query: 'trace-analytics("service:checkout status:error").rollup("count").by("@conversation_id").last("5m") > 3',
        priority: 2,
        message: 'Checkout errors for a customer in a web messaging conversation.',
      },
      priorityThreshold: 2,
      webhookUrl: 'https://handoff.example.com/datadog',
      webhookSecret: webhookSecret.stringValue,
      conversationIdTag: 'conversation_id',
      fallback: {
        operation: 'postTaskmanagementWorkitems',
        body: { name: 'Co-browse follow-up: $EVENT_TITLE', typeId: workitemTypeId.stringValue, queueId: queue.id, description: 'Datadog alert $ALERT_ID: $LINK' },
      },
    });

    // A body used elsewhere, checked at plan once the queue id and the number are known.
    new PayloadCheck(this, 'callback-check', {
      operation: 'postConversationsCallbacks',
      body: { callbackNumbers: [callbackNumber.stringValue], routingData: { queueId: queue.id } },
    });
  }
}

export function buildExample(app: App): CheckoutCobrowseStack {
  return new CheckoutCobrowseStack(app, 'datadog-apm-cobrowse');
}

if (require.main === module) {
  const app = new App(); // cdktf.out/ in the current directory, or where `cdktf synth` says
  const stack = buildExample(app);
  // The same checks without providers, for the credential-less pull-request job (examples/ci/).
  new PayloadCheckStack(app, 'payload-checks', { source: stack });
  app.synth();
  process.stdout.write(`synthesized to ${app.outdir}\n`);
}
