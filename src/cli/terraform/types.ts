/** What the Terraform readers (HCL, JSON, plan, data action exports) give check-terraform. */
import type { ResourceInput } from '../../validation/resource';
import type { Location } from '../check/json-scan';

/** An acknowledgement of a diagnostic: the code, and why it is fine here. */
export interface Suppression {
  code: string;
  /** Required: a suppression without one is reported, not applied. */
  reason: string;
  /** Where it was written (for the unused-suppression warning). */
  location?: Location;
  /** The resource it applies to; undefined: the one it is written on. */
  address?: string;
}

export interface ReadResource extends ResourceInput {
  file: string;
  /** Position of the resource among the file's genesyscloud resources. */
  index: number;
  location?: Location;
  /** Attribute path (`config_request[0].request_template`) -> where its value starts. */
  attributes: Map<string, Location>;
  suppressions: Suppression[];
  /** Diagnostics about the resource that the reader found (a suppression without a reason). */
  problems?: { code: 'invalid-suppression'; message: string; location?: Location }[];
  /** A Genesys UI data action export (`*.custom.json`), checked by the data action rules only. */
  exportFile?: boolean;
}

/** A file that is Terraform (or a data action export) but not readable as such. */
export class NotTerraform extends Error {
  constructor(readonly file: string, readonly reason: string, readonly location?: Location) {
    super(`${file}${location ? `:${location.line}:${location.column}` : ''}: ${reason}`);
  }
}
