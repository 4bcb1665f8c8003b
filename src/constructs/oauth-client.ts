import { Construct, type IConstruct } from 'constructs';
import { Annotations, DefaultTokenResolver, StringConcat, TerraformOutput, TerraformProvider, TerraformStack, Tokenization } from 'cdktf';
import type { Operation } from '../genesys';
import { caveatDiagnostics } from '../validation/access';
import { permissionsCover, permissionStrings, requiredAccess, rolePermissions, validatePermissions, validateScopes, type DiagnosticCode, type OperationRef } from '../validation';
import { AuthRole } from './bindings/generated/providers/genesyscloud/auth-role';
import { DataGenesyscloudAuthDivisionHome } from './bindings/generated/providers/genesyscloud/data-genesyscloud-auth-division-home';
import { OauthClient } from './bindings/generated/providers/genesyscloud/oauth-client';
import { enumProblem, rangeProblem } from './allowed-values';
import { ACCESS_TOKEN_VALIDITY_SECONDS, OAUTH_GRANT_TYPES, type OAuthGrantType } from './bindings/constraints.generated';
import { lookupOperation, reportDiagnostics, reportWarning, synthMessage } from './diagnostics';
import { literalAttributes } from './literal';

/**
 * OAuth grant types of `genesyscloud_oauth_client`, generated from the provider schema. The provider offers
 * no PKCE grant. CLIENT-CREDENTIALS clients act through roles; every other grant acts for a user, through scopes.
 */
export { OAUTH_GRANT_TYPES, type OAuthGrantType } from './bindings/constraints.generated';

/**
 * A Genesys Cloud OAuth client the constructs can use: one this app defines ({@link GenesysOAuthClient}) or an
 * existing one ({@link GenesysOAuthClient.fromClientId}).
 */
export interface IGenesysOAuthClient extends IConstruct {
  /** Reference to the client id (for a client this app defines, known after apply). */
  readonly clientId: string;
  /** The client's OAuth grant. */
  readonly grantType: OAuthGrantType;
  /**
   * Whether the client's access allows `operation`: `'unknown'` when that cannot be known at synth (the
   * operation's scopes or permissions are unknown, or the client exists outside this app and the operation
   * is not among those it is known to cover).
   */
  covers(operation: OperationRef): boolean | 'unknown';
  /**
   * Gives the client the access `operations` need. A client this app defines gets it in its role (client
   * credentials) or scopes (user grants); an existing client is not changed, and synth warns that it needs it.
   */
  addOperations(...operations: OperationRef[]): void;
  /**
   * Gives the client's role `permissions` (client credentials; checked against the API's permission list at
   * synth). An existing client is not changed, and synth warns that it needs them.
   */
  addPermissions(...permissions: string[]): void;
}

export interface GenesysOAuthClientProps {
  /** Client name in Genesys Cloud. */
  readonly name: string;
  /** Client description in Genesys Cloud. @default none */
  readonly description?: string;
  /**
   * The Genesys API operations the client will call, as operationId (`postConversationCobrowse`),
   * `METHOD /path` or Operation. The role's permission policies (client credentials) or the scopes (user
   * grants) are derived from them. More can be added with {@link GenesysOAuthClient.addOperations} or a grant
   * (`CobrowseSettings.grantStartCobrowse`); synth fails if the client ends with none.
   * @default none
   */
  readonly operations?: readonly OperationRef[];
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

/** An OAuth client that exists outside this app (see {@link GenesysOAuthClient.fromClientId}). */
export interface ExistingOAuthClientOptions {
  /**
   * Operations the client is known to be allowed to call (its roles or scopes were set up for them):
   * `covers()` is true for these, and `'unknown'` for any other.
   * @default none: `covers()` is `'unknown'` for every operation
   */
  readonly operations?: readonly OperationRef[];
  /** The client's OAuth grant. @default 'CLIENT-CREDENTIALS' */
  readonly grantType?: OAuthGrantType;
}

/**
 * A Genesys Cloud OAuth client whose access is derived from the API operations it calls: a
 * `genesyscloud_auth_role` with exactly the needed permission policies plus a CLIENT-CREDENTIALS
 * `genesyscloud_oauth_client` holding that role, or, for user grants, a client with the needed scopes.
 */
export class GenesysOAuthClient extends Construct implements IGenesysOAuthClient {
  /**
   * An existing client, by its id, for constructs that take a client (`CobrowseTrigger`). Nothing is created
   * or changed; what it is known to cover is `options.operations`, and synth warns about access that
   * constructs need beyond that.
   */
  public static fromClientId(scope: Construct, id: string, clientId: string, options: ExistingOAuthClientOptions = {}): IGenesysOAuthClient {
    return new ExistingOAuthClient(scope, id, clientId, options);
  }

  /** The client resource (L1). */
  public readonly oauthClient: OauthClient;
  /** The role granted to a CLIENT-CREDENTIALS client; undefined for user grants. */
  public readonly role?: AuthRole;
  /** The client's OAuth grant (`props.grantType` or its default). */
  public readonly grantType: OAuthGrantType;
  private readonly exposeSecret: boolean;
  private readonly clientName: string;
  private readonly operations: Operation[] = [];
  /** Synth errors of references that name no operation. */
  private readonly lookupErrors: string[] = [];
  private readonly extraPermissions: string[];
  private readonly extraScopes: string[];

  constructor(scope: Construct, id: string, props: GenesysOAuthClientProps) {
    super(scope, id);
    this.grantType = props.grantType ?? 'CLIENT-CREDENTIALS';
    this.exposeSecret = props.exposeClientSecret ?? false;
    this.clientName = props.name;
    this.extraPermissions = [...(props.additionalPermissions ?? [])];
    this.extraScopes = [...(props.additionalScopes ?? [])];
    const userGrant = this.grantType !== 'CLIENT-CREDENTIALS';

    this.node.addValidation({
      validate: () => [
        // At synth, not when operations are added: a suppression (GenesysChecks.suppress) may come later.
        ...accessWarnings(this.operations, this.grantType).flatMap(({ code, text }) => (reportWarning(this, code, text), [])),
        ...this.lookupErrors,
        ...(this.operations.length === 0 && this.lookupErrors.length === 0 ? ['operations: list at least one Genesys API operation the client will call.'] : []),
        ...reportDiagnostics(this, 'additionalScopes', validateScopes(this.extraScopes), true),
        ...reportDiagnostics(this, 'additionalPermissions', validatePermissions(this.extraPermissions), true),
        ...(!userGrant && this.extraScopes.length
          ? ['additionalScopes: a CLIENT-CREDENTIALS client acts through its role, not scopes; use additionalPermissions.']
          : []),
        ...(userGrant && this.extraPermissions.length
          ? [`additionalPermissions: a ${this.grantType} client acts for a user (through scopes); the user's roles hold the permissions. Use additionalScopes.`]
          : []),
        ...problem('grantType', enumProblem(this.grantType, OAUTH_GRANT_TYPES)),
        ...problem('accessTokenValiditySeconds', rangeProblem(props.accessTokenValiditySeconds, ACCESS_TOKEN_VALIDITY_SECONDS)),
        ...this.secretOutputErrors(),
      ],
    });

    const home = !userGrant && props.divisionId === undefined ? new DataGenesyscloudAuthDivisionHome(this, 'home-division', { provider: props.provider }) : undefined;
    if (!userGrant) {
      this.role = literalAttributes(new AuthRole(this, 'role', { name: `${props.name} role`, provider: props.provider }));
    }
    this.oauthClient = literalAttributes(new OauthClient(this, 'client', {
      name: props.name,
      description: props.description,
      authorizedGrantType: this.grantType,
      accessTokenValiditySeconds: props.accessTokenValiditySeconds,
      registeredRedirectUris: props.registeredRedirectUris && [...props.registeredRedirectUris],
      roles: this.role ? [{ roleId: this.role.id, divisionId: props.divisionId ?? home?.id }] : undefined,
      exposeClientSecret: this.exposeSecret || undefined,
      provider: props.provider,
    }));
    this.addOperations(...(props.operations ?? []));
  }

  /** Scopes of a user-grant client (empty for client credentials). */
  public get scopes(): readonly string[] {
    return this.grantType === 'CLIENT-CREDENTIALS' ? [] : unique([...requiredAccess(this.operations).scopes, ...this.extraScopes]);
  }

  /** Permissions the role grants (empty for user grants). */
  public get permissions(): readonly string[] {
    return this.grantType === 'CLIENT-CREDENTIALS' ? unique([...permissionStrings(requiredAccess(this.operations)), ...this.extraPermissions]) : [];
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

  /**
   * Adds operations the client will call (operationId, `METHOD /path` or Operation): the role's permission
   * policies (client credentials) or the scopes (user grants) then cover them too. A reference that names no
   * operation fails synth, with the reason.
   */
  public addOperations(...operations: OperationRef[]): void {
    const added: Operation[] = [];
    for (const ref of operations) {
      const found = lookupOperation(ref, 'operations');
      if (typeof found === 'string') this.lookupErrors.push(found);
      else if (!this.operations.includes(found)) added.push(found);
    }
    this.operations.push(...added);
    this.updateAccess();
  }

  /**
   * Adds permissions to the role (client credentials only: a user-grant client acts through the user's roles,
   * and synth fails). Checked against the API's permission list at synth, like `additionalPermissions`.
   */
  public addPermissions(...permissions: string[]): void {
    this.extraPermissions.push(...permissions.filter((p) => !this.extraPermissions.includes(p)));
    this.updateAccess();
  }

  /** A `sensitive` Terraform output carrying the client secret (requires `exposeClientSecret: true`). */
  public outputClientSecret(scope: Construct = this, id = 'client_secret'): TerraformOutput {
    return new TerraformOutput(scope, id, { value: this.clientSecret, sensitive: true, description: `Client secret of ${this.node.path}` });
  }

  /**
   * Whether the client's derived access allows `operation` (operationId, `METHOD /path` or Operation):
   * `'unknown'` when the operation's scopes (user grants) or permissions (client credentials) are unknown;
   * false for a reference that names no operation.
   */
  public covers(operation: OperationRef): boolean | 'unknown' {
    const op = lookupOperation(operation, 'operation');
    if (typeof op === 'string') return false;
    if (this.grantType !== 'CLIENT-CREDENTIALS') return op.scopesKnown ? op.scopes.some((s) => this.scopes.includes(s)) : 'unknown';
    return permissionsCover(this.permissions, op);
  }

  /** Writes the derived access into the role (client credentials) or the client's scopes (user grants). */
  private updateAccess(): void {
    if (!this.role) {
      if (this.scopes.length) this.oauthClient.scopes = [...this.scopes];
      else this.oauthClient.resetScopes();
      return;
    }
    const { permissionPolicies: policies, permissions: special } = rolePermissions(this.permissions);
    this.role.putPermissionPolicies(policies);
    if (special.length) this.role.permissions = special;
    else this.role.resetPermissions();
    this.role.description = `Permissions for the OAuth client ${this.clientName}: ${this.operations.map((o) => o.operationId).join(', ')}`;
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

/** A client outside this app: nothing is synthesized; what constructs need of it beyond what it is known to cover is a warning. */
class ExistingOAuthClient extends Construct implements IGenesysOAuthClient {
  public readonly grantType: OAuthGrantType;
  private readonly known: Operation[] = [];

  constructor(scope: Construct, id: string, public readonly clientId: string, options: ExistingOAuthClientOptions) {
    super(scope, id);
    this.grantType = options.grantType ?? 'CLIENT-CREDENTIALS';
    const errors: string[] = [];
    for (const ref of options.operations ?? []) {
      const found = lookupOperation(ref, 'operations');
      if (typeof found === 'string') errors.push(found);
      else this.known.push(found);
    }
    this.node.addValidation({ validate: () => [...errors, ...problem('grantType', enumProblem(this.grantType, OAUTH_GRANT_TYPES))] });
  }

  public covers(operation: OperationRef): boolean | 'unknown' {
    const op = lookupOperation(operation, 'operation');
    if (typeof op === 'string') return false;
    return this.known.some((k) => k.operationId === op.operationId) ? true : 'unknown';
  }

  public addOperations(...operations: OperationRef[]): void {
    for (const ref of operations) {
      const op = lookupOperation(ref, 'operations');
      if (typeof op !== 'string' && this.covers(op) !== true) {
        Annotations.of(this).addWarning(`operations: ${this.node.path} is an existing client (${this.clientId}): it must already have the access ${op.operationId} needs; this app does not change it.`);
      }
    }
  }

  public addPermissions(...permissions: string[]): void {
    for (const permission of permissions) {
      Annotations.of(this).addWarning(`permissions: ${this.node.path} is an existing client (${this.clientId}): its role must already hold ${permission}; this app does not change it.`);
    }
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
    ...operations.flatMap((op) => caveatDiagnostics(op, grantType)).map((d) => ({ code: d.code, text: synthMessage('operations', d) })),
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
