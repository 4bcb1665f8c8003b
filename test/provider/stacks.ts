/** The cdktf stacks the provider tests and bench plan. Bodies come from the facts (FACTS.md, forum-payloads.json). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Fn, TerraformOutput, TerraformResource, TerraformStack } from 'cdktf';
import { addProviderPayloadCheck, DataGenesyscobrowseRequiredAccess, type GenesyscobrowseProviderConfig } from '../../src/provider/cdktf';

export const CALLBACK = 'POST /api/v2/conversations/callbacks';
export const VALID_CALLBACK_BODY = { callbackNumbers: ['+13175555555'], queueId: 'queue-1', callbackUserName: 'Ada', validateCallbackNumbers: true };

const forum = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'shared', 'genesys', 'forum-payloads.json'), 'utf8')) as {
  requests: { method: string; path: string; body: Record<string, unknown> }[];
};
export const FORUM_REQUEST = forum.requests[0];

/** A `terraform_data` whose output is unknown until apply. */
function terraformData(stack: TerraformStack, id: string, input: unknown): TerraformResource {
  const data = new TerraformResource(stack, id, { terraformResourceType: 'terraform_data' });
  data.addOverride('input', input);
  return data;
}

/** Valid payloads (one JSON string, one object with values unknown at plan), a lenient invalid one, required access. */
export function validStack(stack: TerraformStack): void {
  const queue = terraformData(stack, 'queue', 'queue-from-apply');
  const priority = terraformData(stack, 'priority', 3);
  const ok = addProviderPayloadCheck(stack, 'ok', { operation: CALLBACK, body: Fn.jsonencode(VALID_CALLBACK_BODY) });
  const later = addProviderPayloadCheck(stack, 'later', {
    operation: 'postConversationsCallbacks',
    body: { callbackNumbers: ['+13175555555'], routingData: { queueId: queue.getStringAttribute('output'), priority: priority.getNumberAttribute('output') } },
  });
  const laterString = addProviderPayloadCheck(stack, 'later_string', {
    operation: CALLBACK,
    body: Fn.jsonencode({ callbackNumbers: ['+13175555555'], queueId: queue.getStringAttribute('output') }),
  });
  const lenient = addProviderPayloadCheck(stack, 'lenient', { operation: CALLBACK, body: Fn.jsonencode({ queueId: 'x' }), failOnError: false });
  const access = new DataGenesyscobrowseRequiredAccess(stack, 'access', {
    operations: ['POST /api/v2/conversations/{conversationId}/cobrowse', 'postConversationsCallbacks', 'GET /api/v2/routing/queues/{queueId}'],
  });
  new DataGenesyscobrowseRequiredAccess(stack, 'access_unknown', { operations: ['deleteBusinessrulesDecisiontableVersionSnapshot'] });
  new TerraformOutput(stack, 'ok_valid', { value: ok.valid });
  new TerraformOutput(stack, 'ok_permissions', { value: ok.requiredPermissions });
  new TerraformOutput(stack, 'ok_scopes', { value: ok.oauthScopes });
  new TerraformOutput(stack, 'later_valid', { value: later.valid });
  new TerraformOutput(stack, 'later_string_valid', { value: laterString.valid });
  new TerraformOutput(stack, 'lenient_valid', { value: lenient.valid });
  new TerraformOutput(stack, 'lenient_diagnostics', { value: lenient.diagnostics });
  new TerraformOutput(stack, 'access_policies', { value: access.permissionPolicies });
  new TerraformOutput(stack, 'access_scopes', { value: access.oauthScopes });
}

/** One data source per kind of invalid payload; `fail_on_error` defaults to true. */
export const INVALID_CASES: Record<string, { operation: string; body: string | Record<string, unknown>; expect: RegExp }> = {
  unknown_property: { operation: CALLBACK, body: Fn.jsonencode({ ...VALID_CALLBACK_BODY, wrapUpCode: 'x' }), expect: /unknown-property/ },
  missing_required: { operation: CALLBACK, body: Fn.jsonencode({ queueId: 'queue-1' }), expect: /missing-required.*callbackNumbers|callbackNumbers.*missing-required/s },
  wrong_type: { operation: CALLBACK, body: Fn.jsonencode({ ...VALID_CALLBACK_BODY, validateCallbackNumbers: 'yes' }), expect: /wrong-type/ },
  removed: { operation: 'POST /api/v2/conversations/chats', body: Fn.jsonencode({ provider: 'PureCloud Webchat', queueId: 'queue-1' }), expect: /removed-operation|removed from the Genesys Cloud Platform API/ },
  enum: {
    operation: 'POST /api/v2/conversations/messages/agentless',
    body: Fn.jsonencode({ fromAddress: 'deployment-1', toAddressMessengerType: 'telegram' }),
    expect: /not-in-enum/,
  },
  forum_cobrowse: { operation: `${FORUM_REQUEST.method} ${FORUM_REQUEST.path}`, body: Fn.jsonencode(FORUM_REQUEST.body), expect: /cobrowse/ },
  malformed_json: { operation: CALLBACK, body: '{"callbackNumbers": ["+13175555555"], queueId: }', expect: /not valid JSON/ },
};

export function invalidStack(stack: TerraformStack): void {
  for (const [id, c] of Object.entries(INVALID_CASES)) addProviderPayloadCheck(stack, id, { operation: c.operation, body: c.body });
  // Unknown until apply, but the known rest of the body is still checked at plan.
  const queue = terraformData(stack, 'queue', 'queue-from-apply');
  addProviderPayloadCheck(stack, 'partly_unknown', {
    operation: CALLBACK,
    body: { callbackNumbers: ['+13175555555'], queueId: queue.getStringAttribute('output'), validateCallbackNumbers: 'yes' },
  });
}

/** Live checks against a stand-in: an existing queue, a missing queue, and an operation the client's role does not cover. */
export function liveStack(provider: GenesyscobrowseProviderConfig, existingQueue: string) {
  return (stack: TerraformStack): void => {
    addProviderPayloadCheck(stack, 'queue_exists', { operation: CALLBACK, body: Fn.jsonencode({ ...VALID_CALLBACK_BODY, queueId: existingQueue }), provider });
    addProviderPayloadCheck(stack, 'queue_missing', { operation: CALLBACK, body: Fn.jsonencode({ ...VALID_CALLBACK_BODY, queueId: 'no-such-queue' }) });
    addProviderPayloadCheck(stack, 'not_granted', { operation: 'POST /api/v2/conversations/{conversationId}/cobrowse' });
  };
}

/** Two sensitive variables whose values, keys and text must never be repeated by the provider (HCL). */
export const SECRET_VARIABLES = `variable "secret_body" {
  type      = any
  sensitive = true
  default   = { callbackNumbers = ["+13175555555"], queueId = "q", "hunter2-key" = "hunter2-value", data = { "ssn-123-45-6789" = 1 }, validateCallbackNumbers = "hunter3" }
}
variable "secret_text" {
  type      = string
  sensitive = true
  default   = "hunter4 is not json"
}`;
