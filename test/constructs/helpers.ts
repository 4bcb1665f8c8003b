/** Shared helpers of the construct tests: a stack with providers, synth with validations, synth errors. */
import 'cdktf/lib/testing/adapters/jest'; // types of the cdktf jest matchers
import { App, TerraformStack, Testing } from 'cdktf';
import { DatadogProvider } from '../../src/constructs/bindings/generated/providers/datadog/provider';
import { GenesyscloudProvider } from '../../src/constructs/bindings/generated/providers/genesyscloud/provider';
import { expectMatchesProviderSchemas } from './schema-check';

export function newStack(app: App = Testing.app()): TerraformStack {
  const stack = new TerraformStack(app, 'test');
  new GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: 'us-east-1' });
  new DatadogProvider(stack, 'datadog');
  return stack;
}

/** Synthesizes with node validations, checks every block against the provider schemas, returns the JSON text. */
export function synthValid(stack: TerraformStack): string {
  const json = Testing.synth(stack, true);
  expectMatchesProviderSchemas(json);
  return json;
}

/** The synth-time validation error message (fails the test if synth succeeds). */
export function synthError(stack: TerraformStack): string {
  try {
    Testing.synth(stack, true);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synth to fail validation');
}

export function parsed(json: string): { resource: Record<string, Record<string, Record<string, unknown>>>; data?: Record<string, Record<string, Record<string, unknown>>>; output?: Record<string, { value: unknown; sensitive?: boolean }>; variable?: Record<string, Record<string, unknown>> } {
  return JSON.parse(json);
}
