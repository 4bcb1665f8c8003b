export { checkResource, checkDataActionExport, isGenesysType, resourceOperation } from './check-resource';
export { checkDataAction, dataActionOperation, isPlatformApiAction, type DataActionRequest, type DataActionFinding } from './data-action';
export { UnknownValue, fromJsonSyntax, isUnknownValue, referencesIn, attributePath } from './values';
export { addressOf, NO_CONTEXT, type ResourceContext, type ResourceDiagnostic, type ResourceInput } from './types';
export { applySuppressions, suppressionProblem, UNSUPPRESSIBLE, type Applied, type SuppressionRule } from './suppressions';
