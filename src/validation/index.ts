export * from './types';
export { validateRequest, validateBody, lookupOperation } from './request';
export { validateScopes, validatePermissions, requiredAccess, accessDiagnostics, rolePermissions, permissionStrings, permissionsCover, type RequiredAccess, type PermissionPolicy } from './access';
export { bodyRules, definitionRules, FORMAT_PATTERNS, type Rule } from './rules';
export { messages, fieldName } from './messages';
export { hasErrors, formatDiagnostic } from './format';
