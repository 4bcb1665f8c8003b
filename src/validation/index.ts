export * from './types';
export { validateRequest, validateBody, lookupOperation } from './request';
export { validateScopes, validatePermissions, rolePermissions, permissionStrings, type RequiredAccess, type PermissionPolicy } from './access';
// The entry points that take an operation accept any OperationRef (normalised in operation-ref.ts).
export { requiredAccess, accessDiagnostics, permissionsCover, bodyRules, isOperation, type OperationRef } from './operation-ref';
export { definitionRules, FORMAT_PATTERNS, type Rule } from './rules';
export { messages, fieldName, echo, ECHO_LIMIT, REFERENCE_ECHO_LIMIT, quote } from './messages';
export { hasErrors, formatDiagnostic } from './format';
// The API snapshot's look-ups, for callers of the validator (`genesys-cobrowse-cdktf/validation`).
export { describeOperation, findOperation, getOperation, listOperations, OAUTH_SCOPES, PERMISSIONS, REGIONS, SNAPSHOT_SOURCE, type Operation, type Region } from '../genesys';
// The genesyscloud resource checks (check-terraform, the GenesysChecks Aspect).
export { checkResource, checkDataActionExport, resourceOperation, UnknownValue, fromJsonSyntax, applySuppressions, type ResourceInput, type ResourceDiagnostic, type ResourceContext, type SuppressionRule } from './resource';
