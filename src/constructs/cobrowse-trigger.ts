import { Construct } from 'constructs';
import { Annotations, DefaultTokenResolver, Fn, StringConcat, TerraformOutput, TerraformProvider, TerraformStack, TerraformVariable, Token, Tokenization } from 'cdktf';
import { findRegion, REGION_CHOICES, type Operation } from '../genesys';
import { closest } from '../text/similarity';
import { DEFAULT_SECRET_ENV, OUTCOME_LOOKUPS, type TriggerConfig } from '../trigger/config';
import { DATADOG_VARIABLES, holdsVariable, notificationPayloadTemplate, onlyWhenAlerting, templateVariables } from '../trigger/notification';
import { quote, validateBody } from '../validation';
import { Monitor } from './bindings/generated/providers/datadog/monitor';
import { Webhook } from './bindings/generated/providers/datadog/webhook';
import { monitorTypeProblem } from './monitor-types';
import { REGION_DOMAINS, REGION_NAMES, type MonitorType, type RegionDomain, type RegionName } from './bindings/constraints.generated';
import { lookupOperation, reportDiagnostics } from './diagnostics';
import { containsToken, jsonTemplate, literalAttributes, terraformLiteral } from './literal';
import type { CobrowseSettings } from './cobrowse-settings';
import type { IGenesysOAuthClient } from './oauth-client';
import { PayloadCheck } from './payload-check';

/** The call that starts co-browse in the customer's conversation (FACTS.md). */
export const COBROWSE_OPERATION = 'postConversationCobrowse';

/** What the trigger may do instead when the alert carries no conversation id. */
export type FallbackOperation = 'postTaskmanagementWorkitems' | 'postConversationsCallbacks' | 'postConversationsMessagesAgentless';
const FALLBACK_OPERATIONS: readonly FallbackOperation[] = ['postTaskmanagementWorkitems', 'postConversationsCallbacks', 'postConversationsMessagesAgentless'];
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Datadog monitor types (from the provider schema) and Genesys Cloud regions (from regions.json). */
export { MONITOR_TYPES, REGION_DOMAINS, REGION_NAMES, type MonitorType, type RegionDomain, type RegionName } from './bindings/constraints.generated';

export interface TriggerFallback {
  /** Work item, callback or agentless message. */
  readonly operation: FallbackOperation;
  /**
   * Request body template. Strings may hold Datadog variables (`$ALERT_ID`, one of DATADOG_VARIABLES),
   * filled in by the handoff service; values may be cdktf tokens (checked at plan).
   */
  readonly body: unknown;
}

/** A new Datadog APM monitor that notifies the trigger's webhook. */
export interface ApmMonitorOptions {
  /** Monitor type, one of {@link MONITOR_TYPES}, e.g. `trace-analytics alert` or `query alert`. */
  readonly type: MonitorType;
  /** Monitor query; group by the conversation id tag so it reaches `$TAGS`. */
  readonly query: string;
  /** Monitor name. @default the trigger name */
  readonly name?: string;
  /** Message text; the `@webhook-NAME` mention is appended. @default `Co-browse trigger <trigger name>` */
  readonly message?: string;
  /** Monitor priority, 1 (highest) to 5. @default not set (no priority: the handoff service ignores the alert) */
  readonly priority?: number;
  /** Monitor tags. @default none */
  readonly tags?: readonly string[];
  /**
   * Whether `terraform plan` asks Datadog's API to validate the query (the monitor's `validate`).
   * @default true (the provider's default)
   */
  readonly validate?: boolean;
}

export interface CobrowseTriggerProps {
  /** Trigger name (logs, default monitor and webhook names). */
  readonly name: string;
  /** Genesys Cloud region name (`us-east-1`, one of {@link REGION_NAMES}) or domain (`mypurecloud.ie`). */
  readonly region: RegionName | RegionDomain;
  /**
   * The client the handoff service authenticates with; its access must cover the calls. A client this app
   * defines is checked at synth; for an existing one (`GenesysOAuthClient.fromClientId`) synth warns about
   * each call it is not known to cover.
   */
  readonly oauthClient: IGenesysOAuthClient;
  /**
   * The co-browse settings of the web deployment whose conversations the trigger starts co-browse in: the
   * client is granted what starting co-browse on their channels needs
   * (`CobrowseSettings.grantStartCobrowse`), e.g. `conversation:cobrowseVoice:add` for `Voice`.
   * @default none: the client gets only what its own operations give
   */
  readonly settings?: CobrowseSettings;
  /** Create this monitor. Give exactly one of `monitor` and `existingMonitorId`. @default none (then `existingMonitorId`) */
  readonly monitor?: ApmMonitorOptions;
  /** Use an existing monitor: add {@link CobrowseTrigger.webhookMention} to its message yourself. @default none (then `monitor`) */
  readonly existingMonitorId?: string;
  /** Alerts with a priority above this (1 highest .. 5) are ignored by the service. @default 2 */
  readonly priorityThreshold?: number;
  /** URL of the handoff service's webhook endpoint; `https://` (the alert carries the webhook secret). */
  readonly webhookUrl: string;
  /**
   * Name of the `datadog_webhook` (what `@webhook-NAME` mentions).
   * @default the trigger name, with characters other than letters, digits, `_` and `-` replaced by `-`
   */
  readonly webhookName?: string;
  /**
   * Shared secret the webhook sends in {@link webhookAuthHeader}. Must be a token (e.g. a sensitive
   * TerraformVariable's `stringValue`): a literal would be written in plain text to cdk.tf.json.
   */
  readonly webhookSecret: string;
  /** HTTP header the webhook carries the secret in. @default 'X-Cobrowse-Webhook-Secret' */
  readonly webhookAuthHeader?: string;
  /** Alert tag whose value is the customer's active conversation id. @default 'conversation_id' */
  readonly conversationIdTag?: string;
  /** What to do when the alert carries no conversation id. @default none */
  readonly fallback?: TriggerFallback;
  /** Environment variable names the service reads secrets from. @default DEFAULT_SECRET_ENV */
  readonly secretEnv?: Partial<TriggerConfig['secretEnv']>;
  /** Name of the Terraform output holding the TriggerConfig JSON. @default `<webhook name>_trigger_config` */
  readonly configOutputName?: string;
  /** The datadog provider the webhook and monitor use. @default the stack's default datadog provider */
  readonly datadogProvider?: TerraformProvider;
}

/**
 * The whole alert-to-co-browse path: a Datadog APM monitor (or an existing one) notifying a
 * `datadog_webhook` that posts to the handoff service, and the service's configuration as a Terraform
 * output. The service starts co-browse with postConversationCobrowse on the conversation named by the
 * alert tag, or runs the fallback.
 */
export class CobrowseTrigger extends Construct {
  /** The `datadog_webhook` resource (L1) that posts alerts to the handoff service. */
  public readonly webhook: Webhook;
  /** The `datadog_monitor` resource (L1), when `props.monitor` is set. */
  public readonly monitor?: Monitor;
  /**
   * `{{#is_alert}}@webhook-NAME{{/is_alert}}`: what makes a monitor notify this trigger, only when it alerts
   * (not on recovery or warnings).
   */
  public readonly webhookMention: string;
  /** The run-time configuration (also emitted as the output {@link configOutput}). */
  public readonly config: TriggerConfig;
  /** The Terraform output holding {@link config} as JSON (`props.configOutputName`). */
  public readonly configOutput: TerraformOutput;
  /** Plan-time check of the fallback body, when it holds tokens. */
  public readonly fallbackCheck?: PayloadCheck;

  constructor(scope: Construct, id: string, props: CobrowseTriggerProps) {
    super(scope, id);
    const webhookName = props.webhookName ?? props.name.replace(/[^A-Za-z0-9_-]+/g, '-');
    const header = props.webhookAuthHeader ?? 'X-Cobrowse-Webhook-Secret';
    const region = findRegion(props.region);
    const fallbackOp = props.fallback ? lookupOperation(props.fallback.operation, 'fallback.operation') : undefined;
    this.webhookMention = onlyWhenAlerting(`@webhook-${webhookName}`);
    this.config = {
      version: 1,
      name: props.name,
      // A domain or host is accepted too; the config always carries the region's name.
      region: region ? region.name : props.region,
      priorityThreshold: props.priorityThreshold ?? 2,
      conversationIdTag: props.conversationIdTag ?? 'conversation_id',
      webhookAuthHeader: header,
      fallback: props.fallback
        ? { operationId: typeof fallbackOp === 'object' ? fallbackOp.operationId : props.fallback.operation, bodyTemplate: props.fallback.body }
        : null,
      secretEnv: { ...DEFAULT_SECRET_ENV, ...props.secretEnv },
    };

    props.settings?.grantStartCobrowse(props.oauthClient);
    this.node.addValidation({
      validate: () => [
        ...(region ? [] : [regionError(props.region)]),
        ...secretErrors(this, props.webhookSecret),
        ...webhookUrlErrors(props.webhookUrl),
        ...monitorErrors(props),
        ...priorityErrors('priorityThreshold', this.config.priorityThreshold),
        ...(/\s/.test(webhookName) ? [`webhookName: ${quote(webhookName)} must not contain whitespace (it is mentioned as @webhook-NAME).`] : []),
        ...(HEADER_NAME.test(header) ? [] : [`webhookAuthHeader: ${quote(header)} is not an HTTP header name.`]),
        ...(this.config.conversationIdTag.trim() === '' ? ['conversationIdTag: name the alert tag that carries the conversation id.'] : []),
        ...coverageErrors(this, props.oauthClient, calledOperations(props.fallback, fallbackOp)),
        ...(typeof fallbackOp === 'string' ? [fallbackOp] : fallbackErrors(this, props.fallback, fallbackOp)),
      ],
    });

    this.webhook = literalAttributes(new Webhook(this, 'webhook', {
      name: webhookName,
      url: props.webhookUrl,
      encodeAs: 'json',
      payload: notificationPayloadTemplate([...templateVariables(props.fallback?.body)]),
      // A literal secret or a header that is not a header name (the name is written into an HCL
      // expression) is refused at synth and never written, even when validations are skipped.
      customHeaders: Token.isUnresolved(props.webhookSecret) && HEADER_NAME.test(header) ? Fn.jsonencode({ [header]: props.webhookSecret }) : undefined,
      provider: props.datadogProvider,
    }));
    if (props.monitor) {
      const m = props.monitor;
      this.monitor = literalAttributes(new Monitor(this, 'monitor', {
        name: m.name ?? props.name,
        type: m.type,
        query: m.query,
        message: `${m.message ?? `Co-browse trigger ${props.name}`} ${this.webhookMention}`,
        priority: m.priority === undefined ? undefined : String(m.priority),
        tags: m.tags && [...m.tags],
        validate: m.validate,
        provider: props.datadogProvider,
        dependsOn: [this.webhook],
      }));
    }
    if (props.fallback && typeof fallbackOp !== 'string' && containsToken(props.fallback.body)) {
      this.fallbackCheck = new PayloadCheck(this, 'fallback-check', { operation: props.fallback.operation, body: props.fallback.body, isUnknown: holdsVariable });
    }
    this.configOutput = new TerraformOutput(this, 'config', {
      value: jsonTemplate(this.config),
      description: terraformLiteral(`TriggerConfig of co-browse trigger ${props.name} (read by the handoff service)`),
    });
    this.configOutput.overrideLogicalId(props.configOutputName ?? `${webhookName.replace(/-/g, '_')}_trigger_config`);
  }
}


/**
 * The secret must be a token, and every variable of this stack it reads must be `sensitive` (Terraform
 * shows a variable that is not in plan output and in the values of anything built from it). A reference to
 * a resource or data source is accepted: its sensitivity is its provider's schema, which synth cannot read.
 */
function secretErrors(scope: Construct, secret: string): string[] {
  if (!Token.isUnresolved(secret)) {
    return [
      'webhookSecret: a literal secret would be written in plain text to cdk.tf.json. Pass a token instead, e.g. ' +
        "new TerraformVariable(this, 'webhook_secret', { type: 'string', sensitive: true }).stringValue.",
    ];
  }
  const stack = TerraformStack.of(scope);
  const expression = JSON.stringify(Tokenization.resolve(secret, { scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) }));
  const names = new Set([...expression.matchAll(/\bvar\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]));
  return stack.node.findAll()
    .filter((c): c is TerraformVariable => c instanceof TerraformVariable && names.has(c.friendlyUniqueId) && c.sensitive !== true)
    .map((v) => `webhookSecret: variable ${v.friendlyUniqueId} (${v.node.path}) is not marked sensitive, so Terraform would print the secret in plan output. Declare it with sensitive: true: new TerraformVariable(this, '${v.node.id}', { type: 'string', sensitive: true }).`);
}

function regionError(region: string): string {
  const near = closest(region, [...REGION_NAMES, ...REGION_DOMAINS]);
  return `region: ${quote(region)} is not a Genesys Cloud region (one of ${REGION_CHOICES}, or its domain)${near ? `; did you mean ${near}?` : '.'}`;
}

function webhookUrlErrors(url: string): string[] {
  if (Token.isUnresolved(url)) return [];
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (parsed?.protocol === 'https:' && parsed.hostname) return [];
  return [
    `webhookUrl: ${JSON.stringify(url)} is not an https URL. Datadog sends every alert with the webhook secret header to it; ` +
      'give the https:// address of the handoff service, e.g. "https://handoff.example.com/datadog".',
  ];
}

function monitorErrors(props: CobrowseTriggerProps): string[] {
  if ((props.monitor === undefined) === (props.existingMonitorId === undefined)) {
    return ['monitor: give exactly one of monitor (a new Datadog APM monitor) and existingMonitorId.'];
  }
  const errors: string[] = [];
  if (props.monitor) {
    const typeProblem = monitorTypeProblem(props.monitor.type);
    if (typeProblem) errors.push(`monitor.type: ${typeProblem}`);
    if (!props.monitor.query.trim()) errors.push('monitor.query: set the monitor query.');
    if (props.monitor.priority !== undefined) errors.push(...priorityErrors('monitor.priority', props.monitor.priority));
  }
  return errors;
}

function priorityErrors(what: string, priority: number): string[] {
  if (Token.isUnresolved(priority) || (Number.isInteger(priority) && priority >= 1 && priority <= 5)) return [];
  return [`${what}: Datadog priorities are 1 (highest) to 5, not ${priority}.`];
}

/** What the handoff service calls with the trigger's client: co-browse, the fallback, and the fallback's outcome look-up. */
function calledOperations(fallback: TriggerFallback | undefined, op: Operation | string | undefined): string[] {
  if (!fallback) return [COBROWSE_OPERATION];
  const lookup = typeof op === 'object' ? OUTCOME_LOOKUPS[op.operationId] : undefined;
  return [COBROWSE_OPERATION, fallback.operation, ...(lookup ? [lookup] : [])];
}

/** Operations the client surely lacks (errors), and those it may lack (warnings). */
function coverageErrors(scope: Construct, client: IGenesysOAuthClient, operations: string[]): string[] {
  const errors: string[] = [];
  for (const op of operations) {
    const covered = client.covers(op);
    if (covered === false) errors.push(`oauthClient: ${client.node.path} does not have the access ${op} needs; add '${op}' to its operations.`);
    if (covered === 'unknown') Annotations.of(scope).addWarning(`oauthClient: whether ${client.node.path} has the access ${op} needs is not known at synth; make sure it has before the trigger runs.`);
  }
  return errors;
}

function fallbackErrors(scope: Construct, fallback: TriggerFallback | undefined, op: Operation | undefined): string[] {
  if (!fallback || !op) return [];
  const errors: string[] = [];
  if (!(FALLBACK_OPERATIONS as readonly string[]).includes(op.operationId)) {
    errors.push(`fallback.operation: ${quote(fallback.operation)} is not a supported fallback (one of ${FALLBACK_OPERATIONS.join(', ')}).`);
  }
  for (const name of templateVariables(fallback.body)) {
    if (!DATADOG_VARIABLES.includes(name)) {
      const near = closest(name, DATADOG_VARIABLES);
      errors.push(`fallback.body: $${name} is not a Datadog variable the trigger forwards (${near ? `did you mean $${near}? ` : ''}known: ${DATADOG_VARIABLES.map((v) => `$${v}`).join(', ')}).`);
    }
  }
  const isUnknown = (value: unknown) => Token.isUnresolved(value) || holdsVariable(value);
  errors.push(...reportDiagnostics(scope, 'fallback.body', validateBody(op, fallback.body, { isUnknown })));
  return errors;
}


