/**
 * genesys-cobrowse-cdktf: cdktf constructs that declare a Genesys Cloud co-browse setup and check every
 * Genesys API payload at synth and at `terraform plan`. The root holds the constructs, their props and the
 * types they expose; the rest is in subpath entry points: `genesys-cobrowse-cdktf/validation` (the
 * validator), `/client` (the run-time Genesys client), `/handoff` (the Datadog-alert handoff service),
 * `/bindings` (the generated L1 bindings) and `/provider` (this package's Terraform provider in cdktf).
 */
export * from './constructs';
export type { Diagnostic, DiagnosticCode } from './validation/types';
export type { OperationRef } from './validation/operation-ref';
export type { Operation } from './genesys/types';
export type { TriggerConfig } from './trigger/config';
