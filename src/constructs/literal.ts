/**
 * Keeping user strings literal in Terraform JSON, where every string is a template: `${` and `%{` in a
 * user's value must reach Terraform as text (`$${`, `%%{`), never as an interpolation or directive.
 */
import { Token, Tokenization } from 'cdktf';

function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** Escapes the literal parts of a string; cdktf tokens embedded in it stay references. */
export function terraformLiteral(text: string): string {
  if (!Token.isUnresolved(text)) return escapeTemplate(text);
  let out = '';
  let rest = text;
  for (const encoded of Tokenization.reverseString(text).tokens.map((t) => t.toString())) {
    const at = rest.indexOf(encoded);
    out += escapeTemplate(rest.slice(0, at)) + encoded;
    rest = rest.slice(at + encoded.length);
  }
  return out + escapeTemplate(rest);
}

/** {@link terraformLiteral} applied to every string and object key of a JSON-like value; tokens pass through. */
export function literalDeep<T>(value: T): T {
  if (typeof value === 'string') return terraformLiteral(value) as T;
  if (Tokenization.isResolvable(value) || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => literalDeep(v)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [terraformLiteral(k), literalDeep(v)])) as T;
}

/** A quoted HCL string literal (for use inside a `${...}` expression) whose content stays literal. */
export function hclString(text: string): string {
  const quoted = JSON.stringify(text); // HCL and JSON share \" \\ \n \t \uXXXX escapes
  return escapeTemplate(quoted);
}

/** Whether a value holds a cdktf token anywhere (then parts of it are only known at plan). */
export function containsToken(value: unknown): boolean {
  if (Token.isUnresolved(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => Token.isUnresolved(k) || containsToken(v));
}

const NUMBER_TOKEN = '\u0001number-token\u0001';

/**
 * A JSON document as a Terraform string: literal text kept literal, cdktf tokens interpolated where they
 * stand (number tokens unquoted, so they stay numbers).
 */
export function jsonTemplate(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && Token.isUnresolved(v) ? `${NUMBER_TOKEN}${Token.asString(v)}${NUMBER_TOKEN}` : v,
  );
  const marker = JSON.stringify(NUMBER_TOKEN).slice(1, -1);
  return terraformLiteral(json.split(`"${marker}`).join('').split(`${marker}"`).join(''));
}
