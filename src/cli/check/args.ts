/** The command line of `check` and `check-terraform`: options that take a value, operands, and `--`. */

/** A command line the user must fix: printed with the command's usage, exit 2. */
export class UsageError extends Error {}

export const FORMAT_NAMES = ['text', 'json', 'sarif'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/**
 * Splits `args` into the values of `options` (each takes one value; the last one given wins) and operands.
 * `--` ends the options; `-` is an operand (stdin) where `stdin` allows it. `--format` is checked here.
 */
export function readArgs(args: readonly string[], options: readonly string[], stdin = false): { operands: string[]; values: Map<string, string>; format: FormatName } {
  const operands: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (options.includes(arg)) {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      values.set(arg, next);
    } else if (arg.startsWith('-') && !(stdin && arg === '-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      operands.push(arg);
    }
  }
  const format = values.get('--format') ?? 'text';
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  return { operands, values, format: format as FormatName };
}
