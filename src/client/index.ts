export { GenesysClient, isPathSegmentValue, type GenesysClientProps, type GenesysCall, type GenesysResponse, type RetryInfo, type Target } from './genesys-client';
export { GenesysApiError, RequestValidationError, type FailureKind, type GenesysApiErrorDetails } from './errors';
export { regionEndpoints, type GenesysEndpoints } from './endpoints';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';
export { jsonLineLogger, type Logger, type LogEntry } from './logger';
