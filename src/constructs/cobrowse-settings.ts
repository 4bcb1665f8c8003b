import { Construct } from 'constructs';
import { TerraformProvider, Token } from 'cdktf';
import { parse as parseSelector } from 'css-what';
import { resolveRef, type JsonSchema } from '../genesys';
import { closest } from '../text/similarity';
import { GenesyscloudWebdeploymentsConfiguration, GenesyscloudWebdeploymentsDeployment } from './bindings/generated';
import { terraformLiteral } from './literal';

/** Enum values of a property of a snapshot definition (for arrays: of its items). */
function definitionEnum(definition: string, property: string): readonly string[] {
  const prop = resolveRef({ $ref: `#/definitions/${definition}` }).properties?.[property];
  const values = (prop?.type === 'array' ? resolveRef(prop.items as JsonSchema) : prop)?.enum;
  if (!values) throw new Error(`snapshot definition ${definition}.${property} has no enum`);
  return values.map(String);
}

/** Co-browse channels, from the API definition `CobrowseSettings.channels` (e.g. `Webmessaging`). */
export const COBROWSE_CHANNELS = definitionEnum('CobrowseSettings', 'channels');
/** Pause conditions, from the API definition `PauseCriteria.condition` (e.g. `Includes`). */
export const PAUSE_CONDITIONS = definitionEnum('PauseCriteria', 'condition');

/** Co-browse pauses while the customer's URL meets a criterion. */
export interface PauseCriterion {
  /** Part of the URL the condition applies to, e.g. `/checkout`. */
  readonly urlFragment: string;
  /** One of {@link PAUSE_CONDITIONS}. */
  readonly condition: string;
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
  /** The language used when the visitor's is not among `languages`; one of `languages`. */
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
  readonly channels?: readonly string[];
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
  public readonly configuration: GenesyscloudWebdeploymentsConfiguration;
  /** The web deployment resource (L1), when `props.deployment` is set. */
  public readonly deployment?: GenesyscloudWebdeploymentsDeployment;

  constructor(scope: Construct, id: string, props: CobrowseSettingsProps) {
    super(scope, id);
    this.node.addValidation({ validate: () => settingsErrors(props) });
    const text = (s: string | undefined) => (s === undefined ? undefined : terraformLiteral(s));
    this.configuration = new GenesyscloudWebdeploymentsConfiguration(this, 'configuration', {
      name: terraformLiteral(props.name),
      description: text(props.description),
      languages: props.languages.map(terraformLiteral),
      defaultLanguage: terraformLiteral(props.defaultLanguage),
      cobrowse: {
        enabled: props.enabled ?? true,
        allowAgentControl: props.allowAgentControl,
        allowAgentNavigation: props.allowAgentNavigation,
        allowDraw: props.allowDraw,
        channels: props.channels && [...props.channels],
        maskSelectors: props.maskSelectors?.map(terraformLiteral),
        readonlySelectors: props.readonlySelectors?.map(terraformLiteral),
        pauseCriteria: props.pauseCriteria?.map((c) => ({ urlFragment: terraformLiteral(c.urlFragment), condition: c.condition })),
      },
      provider: props.provider,
    });
    if (props.deployment) {
      const d = props.deployment;
      this.deployment = new GenesyscloudWebdeploymentsDeployment(this, 'deployment', {
        name: terraformLiteral(d.name),
        description: text(d.description),
        allowedDomains: d.allowedDomains?.map(terraformLiteral),
        allowAllDomains: d.allowAllDomains,
        flowId: d.flowId,
        configuration: { id: this.configuration.id, version: this.configuration.version },
        provider: props.provider,
      });
    }
  }
}

function settingsErrors(props: CobrowseSettingsProps): string[] {
  const errors: string[] = [];
  const blank = (value: string | undefined) => value === undefined || (!Token.isUnresolved(value) && value.trim() === '');
  if (blank(props.name)) errors.push('name: the web deployment configuration needs a name.');
  if (!Token.isUnresolved(props.languages) && props.languages.length === 0) errors.push('languages: list at least one language, e.g. ["en-us"].');
  if (blank(props.defaultLanguage)) errors.push('defaultLanguage: set the default language, e.g. "en-us".');
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

function enumProblem(value: unknown, allowed: readonly string[]): string | undefined {
  if (Token.isUnresolved(value) || (typeof value === 'string' && allowed.includes(value))) return undefined;
  const near = typeof value === 'string' ? closest(value, allowed) : undefined;
  return `${JSON.stringify(value)} is not one of ${allowed.join(', ')}${near ? ` (did you mean ${near}?)` : ''}.`;
}

const COMBINATORS = new Set(['child', 'descendant', 'sibling', 'adjacent', 'parent', 'column-combinator']);

function selectorProblem(selector: unknown): string | undefined {
  if (Token.isUnresolved(selector)) return undefined;
  if (typeof selector !== 'string' || selector.trim() === '') return `${JSON.stringify(selector)} is not a CSS selector.`;
  try {
    // css-what accepts a dangling combinator (`div >`); browsers do not.
    const dangling = parseSelector(selector).some((parts) => parts.length === 0 || COMBINATORS.has(parts[parts.length - 1].type));
    return dangling ? `${JSON.stringify(selector)} is not a valid CSS selector (it ends with a combinator).` : undefined;
  } catch (e) {
    return `${JSON.stringify(selector)} is not a valid CSS selector (${(e as Error).message}).`;
  }
}
