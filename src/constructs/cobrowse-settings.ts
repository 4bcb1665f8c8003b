import { Construct } from 'constructs';
import { Annotations, TerraformProvider, Token } from 'cdktf';
import channelPermissions from '../genesys/data/cobrowse-channel-permissions.json';
import { parse as parseSelector } from 'css-what';
import { quote } from '../validation';
import { enumProblem } from './allowed-values';
import { COBROWSE_CHANNELS, PAUSE_CONDITIONS, type CobrowseChannel, type PauseCondition } from './bindings/constraints.generated';
import { WebdeploymentsConfiguration } from './bindings/generated/providers/genesyscloud/webdeployments-configuration';
import { WebdeploymentsDeployment } from './bindings/generated/providers/genesyscloud/webdeployments-deployment';
import { containsToken, literalAttributes } from './literal';
import type { IGenesysOAuthClient } from './oauth-client';

/** Co-browse channels and pause conditions, generated from the provider schema (`Webmessaging`, `Includes`, ...). */
export { COBROWSE_CHANNELS, PAUSE_CONDITIONS, type CobrowseChannel, type PauseCondition } from './bindings/constraints.generated';

/** Co-browse pauses while the customer's URL meets a criterion. */
export interface PauseCriterion {
  /** Part of the URL the condition applies to, e.g. `/checkout`. */
  readonly urlFragment: string;
  /** One of {@link PAUSE_CONDITIONS}. */
  readonly condition: PauseCondition;
}

/** Creates a `genesyscloud_webdeployments_deployment` for the configuration. */
export interface WebDeploymentOptions {
  /** Web deployment name. */
  readonly name: string;
  /** Web deployment description. @default none */
  readonly description?: string;
  /** Domains the Messenger snippet may run on. @default not set (the genesyscloud provider's default applies) */
  readonly allowedDomains?: readonly string[];
  /** Let the Messenger snippet run on any domain. @default not set (the genesyscloud provider's default applies) */
  readonly allowAllDomains?: boolean;
  /** Architect inbound message flow id. @default none */
  readonly flowId?: string;
}

export interface CobrowseSettingsProps {
  /** Web deployment configuration name. */
  readonly name: string;
  /** Web deployment configuration description. @default none */
  readonly description?: string;
  /** Languages of the configuration, e.g. `['en-us']`. */
  readonly languages: readonly string[];
  /** One of {@link languages}. */
  readonly defaultLanguage: string;
  /** Whether co-browse is enabled in the configuration. @default true */
  readonly enabled?: boolean;
  /** Whether the agent may request control of the page. @default not set (the genesyscloud provider's default applies) */
  readonly allowAgentControl?: boolean;
  /** Whether the agent may request navigation. @default not set (the genesyscloud provider's default applies) */
  readonly allowAgentNavigation?: boolean;
  /** Whether the agent may draw on the page. @default not set (the genesyscloud provider's default applies) */
  readonly allowDraw?: boolean;
  /** Channels co-browse is offered on: values of {@link COBROWSE_CHANNELS}. @default not set (the genesyscloud provider's default applies) */
  readonly channels?: readonly CobrowseChannel[];
  /** CSS selectors of elements masked from the agent. @default none */
  readonly maskSelectors?: readonly string[];
  /** CSS selectors of elements the agent cannot change. @default none */
  readonly readonlySelectors?: readonly string[];
  /** URL criteria under which co-browse pauses. @default none */
  readonly pauseCriteria?: readonly PauseCriterion[];
  /** Also deploy the configuration. @default no deployment */
  readonly deployment?: WebDeploymentOptions;
  /** The genesyscloud provider the resources use. @default the stack's default genesyscloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * Co-browse settings of a Genesys Cloud web deployment: a `genesyscloud_webdeployments_configuration`
 * with a checked `cobrowse` block, and optionally its `genesyscloud_webdeployments_deployment`.
 */
export class CobrowseSettings extends Construct {
  /** The web deployment configuration resource (L1). */
  public readonly configuration: WebdeploymentsConfiguration;
  /** The web deployment resource (L1), when `props.deployment` is set. */
  public readonly deployment?: WebdeploymentsDeployment;
  /** The channels co-browse is offered on (`props.channels`); undefined when not set. */
  public readonly channels?: readonly CobrowseChannel[];

  constructor(scope: Construct, id: string, props: CobrowseSettingsProps) {
    super(scope, id);
    this.node.addValidation({ validate: () => settingsErrors(props) });
    this.configuration = literalAttributes(new WebdeploymentsConfiguration(this, 'configuration', {
      name: props.name,
      description: props.description,
      languages: [...props.languages],
      defaultLanguage: props.defaultLanguage,
      cobrowse: {
        enabled: props.enabled ?? true,
        allowAgentControl: props.allowAgentControl,
        allowAgentNavigation: props.allowAgentNavigation,
        allowDraw: props.allowDraw,
        channels: props.channels && [...props.channels],
        maskSelectors: props.maskSelectors && [...props.maskSelectors],
        readonlySelectors: props.readonlySelectors && [...props.readonlySelectors],
        pauseCriteria: props.pauseCriteria?.map((c) => ({ urlFragment: c.urlFragment, condition: c.condition })),
      },
      provider: props.provider,
    }));
    this.channels = props.channels;
    if (props.deployment) {
      const d = props.deployment;
      this.deployment = literalAttributes(new WebdeploymentsDeployment(this, 'deployment', {
        name: d.name,
        description: d.description,
        allowedDomains: d.allowedDomains && [...d.allowedDomains],
        allowAllDomains: d.allowAllDomains,
        flowId: d.flowId,
        configuration: { id: this.configuration.id, version: this.configuration.version },
        provider: props.provider,
      }));
    }
  }

  /**
   * Lets `client` start co-browse in conversations on these settings' channels: it gets
   * `postConversationCobrowse` and, for a client-credentials client, the permission each channel needs (the
   * operation takes ANY of `conversation:cobrowse:add` for web messaging and `conversation:cobrowseVoice:add`
   * for voice; a client derived from the operation alone holds only the first, and a voice conversation
   * would answer 403). A user-grant client acts through its users' roles: synth warns what they need. When
   * `channels` is not set (or is known only at plan), synth warns that the voice permission is not granted.
   */
  public grantStartCobrowse(client: IGenesysOAuthClient): void {
    client.addOperations(CHANNEL_PERMISSIONS.operation);
    if (this.channels === undefined || containsToken(this.channels)) {
      Annotations.of(this).addWarning(`channels: not set at synth, so ${client.node.path} is granted only what ${CHANNEL_PERMISSIONS.operation} gives (${CHANNEL_PERMISSIONS.byChannel.Webmessaging}); set channels (with "Voice" for voice co-browse) to grant what they need.`);
      return;
    }
    const permissions = [...new Set(this.channels.map((c) => CHANNEL_PERMISSIONS.byChannel[c]).filter((p) => p !== undefined))];
    if (client.grantType === 'CLIENT-CREDENTIALS') client.addPermissions(...permissions);
    else Annotations.of(this).addWarning(`channels: ${client.node.path} acts for a user (${client.grantType}); for co-browse on ${this.channels.join(', ')} the user's roles need ${permissions.join(', ')}.`);
  }
}

/** The permission each co-browse channel needs to start co-browse (src/genesys/data/cobrowse-channel-permissions.json). */
const CHANNEL_PERMISSIONS: { readonly operation: string; readonly byChannel: Readonly<Record<CobrowseChannel, string>> } = channelPermissions;

function settingsErrors(props: CobrowseSettingsProps): string[] {
  const errors: string[] = [];
  const blank = (value: string | undefined) => value === undefined || (!Token.isUnresolved(value) && value.trim() === '');
  if (blank(props.name)) errors.push('name: the web deployment configuration needs a name.');
  if (!Token.isUnresolved(props.languages) && props.languages.length === 0) errors.push('languages: list at least one language, e.g. ["en-us"].');
  if (blank(props.defaultLanguage)) errors.push('defaultLanguage: set the default language, e.g. "en-us".');
  else if (!containsToken(props.languages) && props.languages.length > 0 && !Token.isUnresolved(props.defaultLanguage) && !props.languages.includes(props.defaultLanguage)) {
    errors.push(`defaultLanguage: ${quote(props.defaultLanguage)} is not one of languages (${props.languages.join(', ')}); add it to languages or set defaultLanguage to one of them.`);
  }
  (props.channels ?? []).forEach((channel, i) => {
    const problem = enumProblem(channel, COBROWSE_CHANNELS);
    if (problem) errors.push(`channels[${i}]: ${problem}`);
  });
  for (const key of ['maskSelectors', 'readonlySelectors'] as const) {
    (props[key] ?? []).forEach((selector, i) => {
      const problem = selectorProblem(selector);
      if (problem) errors.push(`${key}[${i}]: ${problem}`);
    });
  }
  (props.pauseCriteria ?? []).forEach((criterion, i) => {
    if (typeof criterion !== 'object' || criterion === null) {
      errors.push(`pauseCriteria[${i}]: must be an object { urlFragment, condition }.`);
      return;
    }
    for (const key of Object.keys(criterion)) {
      if (key !== 'urlFragment' && key !== 'condition') errors.push(`pauseCriteria[${i}].${key}: not a property of PauseCriteria (it takes urlFragment, condition).`);
    }
    if (typeof criterion.urlFragment !== 'string' || blank(criterion.urlFragment)) errors.push(`pauseCriteria[${i}].urlFragment: required, a non-empty part of the URL such as "/checkout".`);
    const problem = enumProblem(criterion.condition, PAUSE_CONDITIONS);
    if (problem) errors.push(`pauseCriteria[${i}].condition: ${problem}`);
  });
  return errors;
}

const COMBINATORS = new Set(['child', 'descendant', 'sibling', 'adjacent', 'parent', 'column-combinator']);

function selectorProblem(selector: unknown): string | undefined {
  if (Token.isUnresolved(selector)) return undefined;
  if (typeof selector !== 'string' || selector.trim() === '') return `${quote(selector)} is not a CSS selector.`;
  try {
    // css-what accepts a dangling combinator (`div >`); browsers do not.
    const dangling = parseSelector(selector).some((parts) => parts.length === 0 || COMBINATORS.has(parts[parts.length - 1].type));
    return dangling ? `${quote(selector)} is not a valid CSS selector (it ends with a combinator).` : undefined;
  } catch (e) {
    return `${quote(selector)} is not a valid CSS selector (${(e as Error).message}).`;
  }
}
