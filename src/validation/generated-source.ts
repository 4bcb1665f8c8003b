import type { Rule } from './rules';

/**
 * What both compiled passes (compile.ts, diagnose.ts) build their source from: the constants the source
 * refers to as `c[i]`, and one function per container rule.
 */
export class GeneratedSource {
  readonly functions: string[] = [];
  readonly constants: unknown[] = [];
  private readonly ids = new Map<Rule, number>();

  constant(value: unknown): string {
    this.constants.push(value);
    return `c[${this.constants.length - 1}]`;
  }

  /**
   * The id of `rule`'s function, whose source `define(id)` writes on first use. Its slot is reserved
   * first: children are generated while it is, and a recursive schema's function calls itself.
   */
  protected functionOf(rule: Rule, define: (id: number) => string): number {
    let id = this.ids.get(rule);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(rule, id);
    const slot = this.functions.length;
    this.functions.push('');
    this.functions[slot] = define(id);
    return id;
  }
}
