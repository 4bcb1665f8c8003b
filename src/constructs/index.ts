export * from './oauth-client';
export * from './cobrowse-settings';
export * from './payload-check';
export * from './cobrowse-trigger';
export * from './payload-check-stack';
export * from './genesys-checks';
