/** Synth-time checks of values against the provider's enums and ranges (constraints.generated.ts), with a did-you-mean. */
import { Token } from 'cdktf';
import { closest } from '../text/similarity';
import { quote } from '../validation/messages';

/** Why `value` is not one of `allowed` (undefined when it is, or is a token known only at plan). */
export function enumProblem(value: unknown, allowed: readonly string[]): string | undefined {
  if (Token.isUnresolved(value) || (typeof value === 'string' && allowed.includes(value))) return undefined;
  const near = typeof value === 'string' ? closest(value, allowed) : undefined;
  return `${quote(value)} is not one of ${allowed.join(', ')}${near ? ` (did you mean ${near}?)` : ''}.`;
}

/** Why `value` is not an integer within `range` (undefined when it is, is unset, or is a token). */
export function rangeProblem(value: number | undefined, range: { readonly min: number; readonly max: number }): string | undefined {
  if (value === undefined || Token.isUnresolved(value) || (Number.isInteger(value) && value >= range.min && value <= range.max)) return undefined;
  return `must be a whole number from ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')}, not ${value}.`;
}
