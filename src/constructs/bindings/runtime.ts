/** Run-time support for the generated L1 bindings: camelCase config to the provider's snake_case JSON. */
import { Tokenization } from 'cdktf';
import { literalDeep } from '../literal';

/** How one block of a provider schema maps config keys to Terraform names (emitted by the generator). */
export interface BlockSpec {
  /** camelCase config key -> Terraform attribute name. */
  attributes: Record<string, string>;
  /** camelCase config key -> nested block; `single` blocks (max_items 1) take one object, not a list. */
  blocks: Record<string, { name: string; single: boolean; spec: BlockSpec }>;
}

/**
 * Renames the keys of `config` per `spec`, recursing into nested blocks. Every string (and map key) is
 * written literally: `${` and `%{` in it reach Terraform as text, never as an expression or directive;
 * cdktf tokens (references, `Fn.*`) are the only way to write an expression. Unset values are left out
 * (Terraform then applies its defaults).
 */
export function blockToTerraform(spec: BlockSpec, config: object): Record<string, unknown> {
  const source = config as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(spec.attributes)) {
    if (source[key] !== undefined) out[name] = literalDeep(source[key]);
  }
  for (const [key, block] of Object.entries(spec.blocks)) {
    const value = source[key];
    if (value === undefined) continue;
    if (Tokenization.isResolvable(value)) out[block.name] = value;
    else if (Array.isArray(value)) out[block.name] = value.map((item: object) => nestedToTerraform(block.spec, item));
    else out[block.name] = [nestedToTerraform(block.spec, value as object)];
  }
  return out;
}

function nestedToTerraform(spec: BlockSpec, item: object): unknown {
  return Tokenization.isResolvable(item) ? item : blockToTerraform(spec, item);
}
