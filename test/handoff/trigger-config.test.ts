import { HandoffConfigError, MissingSecretError, checkTriggerConfig, resolveSecrets } from '../../src/handoff';
import { callbackFallback, triggerConfig } from './harness';

describe('configuration', () => {
  test('config problems are reported together, naming the field', () => {
    const bad = { ...triggerConfig(), region: 'mars-1', priorityThreshold: 7, webhookAuthHeader: 'bad header' };
    expect(() => checkTriggerConfig(bad)).toThrow(HandoffConfigError);
    expect(() => checkTriggerConfig(bad)).toThrow(/region: "mars-1".*\n.*priorityThreshold.*7\n.*webhookAuthHeader/);
  });

  test('an unknown template variable or a template the schema refuses is a config error', () => {
    const unknownVar = triggerConfig({ fallback: { ...callbackFallback, bodyTemplate: { callbackNumbers: ['$PHONE'] } } });
    expect(() => checkTriggerConfig(unknownVar)).toThrow(/fallback.bodyTemplate: unknown variable\(s\) \$PHONE; Datadog provides .*\$ALERT_ID/);
    const noNumbers = triggerConfig({ fallback: { ...callbackFallback, bodyTemplate: { queueId: '$ALERT_ID' } } });
    expect(() => checkTriggerConfig(noNumbers)).toThrow(/fallback.bodyTemplate: .*callbackNumbers/);
    const withPath = triggerConfig({ fallback: { operationId: 'postConversationCobrowse', bodyTemplate: null } });
    expect(() => checkTriggerConfig(withPath)).toThrow(/needs path parameters \(conversationId\)/);
    const typo = triggerConfig({ fallback: { ...callbackFallback, operationId: 'postConversationsCallback' } });
    expect(() => checkTriggerConfig(typo)).toThrow(/fallback.operationId: `postConversationsCallback` is not a Genesys Cloud operationId. \(did you mean postConversationsCallbacks\?\)/);
  });

  test('secrets come from the environment variables the config names', () => {
    const config = triggerConfig();
    expect(() => resolveSecrets(config, { GENESYS_CLIENT_ID: 'id' })).toThrow(MissingSecretError);
    expect(() => resolveSecrets(config, { GENESYS_CLIENT_ID: 'id' })).toThrow(/GENESYS_CLIENT_SECRET .*secretEnv.clientSecret[\s\S]*COBROWSE_WEBHOOK_SECRET/);
    expect(resolveSecrets(config, { GENESYS_CLIENT_ID: 'i', GENESYS_CLIENT_SECRET: 's', COBROWSE_WEBHOOK_SECRET: 'w' })).toEqual({ clientId: 'i', clientSecret: 's', webhookSecret: 'w' });
  });
});
