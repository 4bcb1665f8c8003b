export * from './types';
export { validateRequest, validateBody, lookupOperation } from './request';
export { validateScopes, validatePermissions, requiredAccess, rolePermissions, permissionStrings, permissionsCover, type RequiredAccess, type PermissionPolicy } from './access';
export { bodyRules, definitionRules, FORMAT_PATTERNS, type Rule } from './rules';
export { messages, fieldName, echo, ECHO_LIMIT, REFERENCE_ECHO_LIMIT, quote } from './messages';
export { hasErrors, formatDiagnostic } from './format';
