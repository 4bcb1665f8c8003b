import { Construct } from 'constructs';
import { DefaultTokenResolver, StringConcat, TerraformOutput, TerraformProvider, TerraformStack, Tokenization } from 'cdktf';
import type { Operation } from '../genesys';
import { caveatDiagnostics } from '../validation/access';
import { permissionsCover, permissionStrings, requiredAccess, rolePermissions, validatePermissions, validateScopes, type DiagnosticCode } from '../validation';
import { AuthRole } from './bindings/generated/providers/genesyscloud/auth-role';
import { DataGenesyscloudAuthDivisionHome } from './bindings/generated/providers/genesyscloud/data-genesyscloud-auth-division-home';
import { OauthClient } from './bindings/generated/providers/genesyscloud/oauth-client';
import { enumProblem, rangeProblem } from './allowed-values';
import { ACCESS_TOKEN_VALIDITY_SECONDS, OAUTH_GRANT_TYPES, type OAuthGrantType } from './bindings/constraints.generated';
import { lookupOperation, reportDiagnostics, reportWarning } from './diagnostics';
import { literalAttributes } from './literal';

/**
 * OAuth grant types of `genesyscloud_oauth_client`, generated from the provider schema. The provider offers
 * no PKCE grant. CLIENT-CREDENTIALS clients act through roles; every other grant acts for a user, through scopes.
 */
export { OAUTH_GRANT_TYPES, type OAuthGrantType } from './bindings/constraints.generated';

export interface GenesysOAuthClientProps {
  /** Client name in Genesys Cloud. */
  readonly name: string;
  /** Client description in Genesys Cloud. @default none */
  readonly description?: string;
  /**
   * The Genesys API operations the client will call, as operationId (`postConversationCobrowse`) or
   * `METHOD /path`. The role's permission policies (client credentials) or the scopes (user grants) are
   * derived from them.
   */
  readonly operations: readonly string[];
  /**
   * OAuth grant: `CLIENT-CREDENTIALS` for a service (access through a role), or a user grant (access through scopes).
   * @default 'CLIENT-CREDENTIALS'
   */
  readonly grantType?: OAuthGrantType;
  /**
   * Division the role is granted in (client credentials); `'*'` for all divisions.
   * @default the home division (data source `genesyscloud_auth_division_home`)
   */
  readonly divisionId?: string;
  /** Extra permissions for the role (client credentials only); checked against the API's permission list. @default none */
  readonly additionalPermissions?: readonly string[];
  /** Extra OAuth scopes (user grants only); checked against the API's scope list. @default none */
  readonly additionalScopes?: readonly string[];
  /** Redirect URIs (CODE and TOKEN grants). @default none */
  readonly registeredRedirectUris?: readonly string[];
  /** Token lifetime in seconds, 300 to 38,880,000 (the provider's range). @default 86400 (the provider's default) */
  readonly accessTokenValiditySeconds?: number;
  /**
   * Let the provider store the client secret in Terraform state so {@link GenesysOAuthClient.clientSecret}
   * can be referenced. @default false
   */
  readonly exposeClientSecret?: boolean;
  /** The genesyscloud provider the resources use. @default the stack's default genesyscloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * A Genesys Cloud OAuth client whose access is derived from the API operations it calls: a
 * `genesyscloud_auth_role` with exactly the needed permission policies plus a CLIENT-CREDENTIALS
 * `genesyscloud_oauth_client` holding that role, or, for user grants, a client with the needed scopes.
 */
export class GenesysOAuthClient extends Construct {
  /** The client resource (L1). */
  public readonly oauthClient: OauthClient;
  /** The role granted to a CLIENT-CREDENTIALS client; undefined for user grants. */
  public readonly role?: AuthRole;
  /** The client's OAuth grant (`props.grantType` or its default). */
  public readonly grantType: OAuthGrantType;
  /** Scopes of a user-grant client (empty for client credentials). */
  public readonly scopes: readonly string[];
  /** Permissions the role grants (empty for user grants). */
  public readonly permissions: readonly string[];
  private readonly exposeSecret: boolean;

  constructor(scope: Construct, id: string, props: GenesysOAuthClientProps) {
    super(scope, id);
    this.grantType = props.grantType ?? 'CLIENT-CREDENTIALS';
    this.exposeSecret = props.exposeClientSecret ?? false;
    const userGrant = this.grantType !== 'CLIENT-CREDENTIALS';

    const resolved = props.operations.map((ref) => lookupOperation(ref, 'operations'));
    const operations = resolved.filter((r): r is Operation => typeof r !== 'string');
    const access = requiredAccess(operations);
    const extraPermissions = props.additionalPermissions ?? [];
    const extraScopes = props.additionalScopes ?? [];
    this.permissions = userGrant ? [] : unique([...permissionStrings(access), ...extraPermissions]);
    this.scopes = userGrant ? unique([...access.scopes, ...extraScopes]) : [];

    this.node.addValidation({
      validate: () => [
        // At synth, not here: a suppression (GenesysChecks.suppress) may be added after the construct.
        ...accessWarnings(operations, this.grantType).flatMap(({ code, text }) => (reportWarning(this, code, text), [])),
        ...resolved.filter((r): r is string => typeof r === 'string'),
        ...(props.operations.length === 0 ? ['operations: list at least one Genesys API operation the client will call.'] : []),
        ...reportDiagnostics(this, 'additionalScopes', validateScopes(extraScopes)),
        ...reportDiagnostics(this, 'additionalPermissions', validatePermissions(extraPermissions)),
        ...(!userGrant && extraScopes.length
          ? ['additionalScopes: a CLIENT-CREDENTIALS client acts through its role, not scopes; use additionalPermissions.']
          : []),
        ...(userGrant && extraPermissions.length
          ? [`additionalPermissions: a ${this.grantType} client acts for a user (through scopes); the user's roles hold the permissions. Use additionalScopes.`]
          : []),
        ...problem('grantType', enumProblem(this.grantType, OAUTH_GRANT_TYPES)),
        ...problem('accessTokenValiditySeconds', rangeProblem(props.accessTokenValiditySeconds, ACCESS_TOKEN_VALIDITY_SECONDS)),
        ...this.secretOutputErrors(),
      ],
    });

    const home = !userGrant && props.divisionId === undefined ? new DataGenesyscloudAuthDivisionHome(this, 'home-division', { provider: props.provider }) : undefined;
    if (!userGrant) {
      const { permissionPolicies: policies, permissions: special } = rolePermissions(this.permissions);
      this.role = literalAttributes(new AuthRole(this, 'role', {
        name: `${props.name} role`,
        description: `Permissions for the OAuth client ${props.name}: ${operations.map((o) => o.operationId).join(', ')}`,
        permissionPolicies: policies,
        permissions: special.length ? special : undefined,
        provider: props.provider,
      }));
    }
    this.oauthClient = literalAttributes(new OauthClient(this, 'client', {
      name: props.name,
      description: props.description,
      authorizedGrantType: this.grantType,
      accessTokenValiditySeconds: props.accessTokenValiditySeconds,
      registeredRedirectUris: props.registeredRedirectUris && [...props.registeredRedirectUris],
      roles: this.role ? [{ roleId: this.role.id, divisionId: props.divisionId ?? home?.id }] : undefined,
      scopes: userGrant ? [...this.scopes] : undefined,
      exposeClientSecret: this.exposeSecret || undefined,
      provider: props.provider,
    }));
  }

  /** Reference to the client id (known after apply). */
  public get clientId(): string {
    return this.oauthClient.clientId;
  }

  /**
   * Reference to the client secret. Only available with `exposeClientSecret: true` (the provider then keeps
   * it in state); pass it only to sensitive places, e.g. {@link outputClientSecret}.
   */
  public get clientSecret(): string {
    if (!this.exposeSecret) {
      throw new Error(`${this.node.path}: the client secret is not exposed; set exposeClientSecret: true (stores it in Terraform state) to reference it.`);
    }
    return this.oauthClient.clientSecret;
  }

  /** A `sensitive` Terraform output carrying the client secret (requires `exposeClientSecret: true`). */
  public outputClientSecret(scope: Construct = this, id = 'client_secret'): TerraformOutput {
    return new TerraformOutput(scope, id, { value: this.clientSecret, sensitive: true, description: `Client secret of ${this.node.path}` });
  }

  /**
   * Whether the client's derived access allows `operation` (operationId, `METHOD /path` or Operation):
   * `'unknown'` when the operation's scopes (user grants) or permissions (client credentials) are unknown.
   */
  public covers(operation: string | Operation): boolean | 'unknown' {
    const op = typeof operation === 'string' ? lookupOperation(operation, 'operation') : operation;
    if (typeof op === 'string') return false;
    if (this.grantType !== 'CLIENT-CREDENTIALS') return op.scopesKnown ? op.scopes.some((s) => this.scopes.includes(s)) : 'unknown';
    return permissionsCover(this.permissions, op);
  }

  /** Outputs anywhere in the stack that carry this client's secret must be `sensitive`. */
  private secretOutputErrors(): string[] {
    const stack = TerraformStack.of(this);
    const reference = `${this.oauthClient.terraformResourceType}.${this.oauthClient.friendlyUniqueId}.client_secret`;
    const resolver = new DefaultTokenResolver(new StringConcat());
    return stack.node
      .findAll()
      .filter((c): c is TerraformOutput => c instanceof TerraformOutput && !c.sensitive)
      .filter((o) => JSON.stringify(Tokenization.resolve(o.value, { scope: stack, preparing: false, resolver })).includes(reference))
      .map((o) => `output ${o.node.path} carries the client secret of ${this.node.path}; make it sensitive: true (or use outputClientSecret()).`);
  }
}

function problem(field: string, message: string | undefined): string[] {
  return message ? [`${field}: ${message}`] : [];
}

/**
 * What synth cannot promise about the derived access: operations whose scopes or permissions are unknown,
 * and calls FACTS.md leaves UNVERIFIED for this grant type (caveats.json).
 */
function accessWarnings(operations: readonly Operation[], grantType: OAuthGrantType): { code: DiagnosticCode; text: string }[] {
  const userGrant = grantType !== 'CLIENT-CREDENTIALS';
  const unknown = operations.filter((op) => (userGrant ? !op.scopesKnown : !op.permissionsKnown));
  const what = userGrant ? 'OAuth scopes' : 'permissions';
  return [
    ...unknown.map((op) => ({ code: 'access-unknown' as const, text: `operations: the ${what} of ${op.operationId} are unknown for this operation (added after the last published ${userGrant ? 'scope' : 'permission'} list), so this client is not granted any for it; add them with ${userGrant ? 'additionalScopes' : 'additionalPermissions'} once known.` })),
    // The validator's own caveat warnings, so synth and every other check word them the same.
    ...operations.flatMap((op) => caveatDiagnostics(op, grantType)).map((d) => ({ code: d.code, text: `operations: ${d.message} (${d.suggestion})` })),
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
