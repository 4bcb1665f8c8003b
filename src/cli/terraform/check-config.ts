/** Reads Terraform inputs (directories, `.tf`, `.tf.json`, plans, data action exports) and checks their genesyscloud resources. */
import { readdirSync, statSync } from 'fs';
import { basename, join } from 'path';
import { hasErrors, type Diagnostic } from '../../validation';
import { applySuppressions, checkDataActionExport, checkResource, resourceOperation, type ResourceContext, type ResourceDiagnostic, type ResourceInput } from '../../validation/resource';
import { parseInputJson, readInputText, UnreadableInput } from '../check/read-input';
import { unreadableResult, type CheckedDiagnostic, type Result } from '../check/results';
import { readHcl } from './hcl';
import { jsonKind, readDataActionExport, readJsonConfig, readPlan } from './json-inputs';
import { NotTerraform, type ReadResource, type Suppression } from './types';

/** The files of a module directory check-terraform reads; subdirectories (other modules) are read as their own. */
const isConfigFile = (name: string) => name.endsWith('.tf') || name.endsWith('.tf.json') || name.endsWith('.custom.json');

export interface CheckTerraformOptions {
  /** Suppressions by resource address (`--suppressions FILE`). */
  suppressions?: Map<string, Suppression[]>;
  /** The file they were read from, named by the unused ones' results. @default '--suppressions' */
  suppressionsFile?: string;
}

export interface CheckTerraformOutcome {
  results: Result[];
  /** Messages for stderr: the files that could not be read. */
  unreadable: string[];
}

export async function checkTerraformPaths(paths: readonly string[], options: CheckTerraformOptions = {}): Promise<CheckTerraformOutcome> {
  const results: Result[] = [];
  const unreadable: string[] = [];
  const used = new Set<string>();
  for (const group of groups(paths)) {
    const resources: ReadResource[] = [];
    for (const file of group) {
      try {
        for (const r of await readFile(file)) resources.push(r);
      } catch (error) {
        if (!(error instanceof NotTerraform) && !(error instanceof UnreadableInput)) throw error;
        const reason = error instanceof NotTerraform ? error.reason : error.reason;
        unreadable.push(error.message);
        results.push(unreadableResult(file, reason, error.location));
      }
    }
    const context = contextOf(resources);
    for (const r of resources) {
      for (const result of checkOne(r, context, options.suppressions, used)) results.push(result);
    }
  }
  // A --suppressions entry for an address no input declares is unused as well.
  for (const [address, list] of options.suppressions ?? []) {
    if (used.has(address)) continue;
    const diagnostics = list.map((s): CheckedDiagnostic => ({ severity: 'warning', pointer: '', code: 'unused-suppression', message: `The suppression of ${s.code} for ${address} matched no resource: no input declares ${address}.`, suggestion: 'remove it, or fix the address' }));
    results.push({ file: options.suppressionsFile ?? '--suppressions', index: 0, operation: null, subject: address, valid: true, address, diagnostics });
  }
  return { results, unreadable };
}

/** Each directory's files form one group (a module: references resolve within it); each file named alone is its own. */
function groups(paths: readonly string[]): string[][] {
  const out: string[][] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      out.push([dir]);
      return;
    }
    out.push(entries.filter((e) => e.isFile() && isConfigFile(e.name)).map((e) => join(dir, e.name)));
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(join(dir, e.name));
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Reported as unreadable by readFile.
    }
    if (isDir) walk(p);
    else out.push([p]);
  }
  return out.filter((g) => g.length > 0);
}

async function readFile(file: string): Promise<ReadResource[]> {
  const text = readInputText(file);
  if (file.endsWith('.tf')) return readHcl(file, text);
  const trimmed = text.trimStart();
  if (!file.endsWith('.json') && !trimmed.startsWith('{')) return readHcl(file, text);
  const json = parseInputJson(file, text);
  const kind = jsonKind(json);
  if (kind === 'plan') return readPlan(file, json as Record<string, unknown>);
  if (kind === 'config') return readJsonConfig(file, text, json as Record<string, unknown>);
  if (kind === 'data-action') return [readDataActionExport(file, text, json as Record<string, unknown>)];
  if (basename(file).endsWith('.tf.json') && typeof json === 'object' && json !== null && !Array.isArray(json)) return [];
  throw new NotTerraform(file, 'not Terraform: neither a configuration (.tf, .tf.json, cdk.tf.json), a plan (`terraform show -json plan.out`), nor a data action export (*.custom.json)');
}

function contextOf(resources: readonly ReadResource[]): ResourceContext {
  const byAddress = new Map<string, ResourceInput>();
  for (const r of resources) {
    if (r.exportFile) continue;
    const base = `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    byAddress.set(base, r);
    if (r.address) byAddress.set(r.address.replace(/\[[^\]]*\]$/, ''), r);
  }
  return { resource: (address) => byAddress.get(address), complete: true };
}

function checkOne(r: ReadResource, context: ResourceContext, fileSuppressions: Map<string, Suppression[]> | undefined, used: Set<string>): Result[] {
  const address = r.address ?? `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
  const found: ResourceDiagnostic[] = r.exportFile ? checkDataActionExport(r) : checkResource(r, context);
  const fromFile = fileSuppressions?.get(address) ?? [];
  if (fromFile.length) used.add(address);
  const rules = [...r.suppressions, ...fromFile];
  const applied = applySuppressions(found, rules, address);
  const problems: ResourceDiagnostic[] = [
    ...(r.problems ?? []).map((p) => ({ severity: 'error' as const, pointer: '', code: p.code, message: p.message, suggestion: null, address, attribute: null, location: p.location })),
    ...applied.problems.map(({ index, diagnostic }) => ({ ...diagnostic, address, attribute: null, location: rules[index].location ?? r.location })),
  ];
  const diagnostics = [...applied.kept, ...problems];
  // One result per attribute with diagnostics (the resource as a whole first); a clean resource is one valid result.
  const byAttribute = new Map<string | null, ResourceDiagnostic[]>();
  for (const d of diagnostics) {
    const list = byAttribute.get(d.attribute) ?? [];
    list.push(d);
    byAttribute.set(d.attribute, list);
  }
  if (byAttribute.size === 0) byAttribute.set(null, []);
  const operation = resourceOperation(r, context);
  const suppressed = applied.suppressed.map((d) => ({ severity: d.severity, code: d.code, reason: d.reason, attribute: d.attribute, message: d.message, location: (d.attribute ? r.attributes.get(d.attribute) : undefined) ?? r.location }));
  return [...byAttribute].map(([attribute, list], k) => ({
    file: r.file,
    index: r.index,
    operation,
    subject: attribute ? `${address} ${attribute}` : address,
    valid: !hasErrors(list as Diagnostic[]),
    address,
    ...(attribute ? { attribute } : {}),
    ...(k === 0 && suppressed.length ? { suppressed } : {}),
    diagnostics: list.map((d) => ({
      severity: d.severity,
      pointer: d.pointer,
      code: d.code,
      message: d.message,
      suggestion: d.suggestion,
      location: (d as { location?: CheckedDiagnostic['location'] }).location ?? (d.attribute ? r.attributes.get(d.attribute) : undefined) ?? r.location,
    })),
  }));
}
