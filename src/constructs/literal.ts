/**
 * Keeping user strings literal in Terraform JSON, where every string is a template: `${` and `%{` in a
 * user's value must reach Terraform as text (`$${`, `%%{`), never as an interpolation or directive.
 */
import { Fn, TerraformElement, Token, Tokenization } from 'cdktf';

function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/**
 * The literal text of a string that also holds tokens. cdktf reads every `${` in such a string as the
 * start of an expression (and then drops the braces of the tokens inside it), and Terraform would read
 * `$` right before a token's `${` as the escape `$${`. So each run of `$` before `{` or before a token is
 * written as an interpolated HCL string, `${"$"}`, whose braces balance for cdktf.
 */
function escapeBesideTokens(text: string): string {
  return text.replace(/\$+(?=\{|$)/g, (run) => `\${"${run}"}`).replace(/%\{/g, () => '%%{');
}

/** Escapes the literal parts of a string; cdktf tokens embedded in it stay references. */
export function terraformLiteral(text: string): string {
  if (!Token.isUnresolved(text)) return escapeTemplate(text);
  let out = '';
  let rest = text;
  for (const encoded of Tokenization.reverseString(text).tokens.map((t) => t.toString())) {
    const at = rest.indexOf(encoded);
    out += escapeBesideTokens(rest.slice(0, at)) + encoded;
    rest = rest.slice(at + encoded.length);
  }
  return out + escapeBesideTokens(rest);
}

/** {@link terraformLiteral} applied to every string and object key of a JSON-like value; tokens pass through. */
export function literalDeep<T>(value: T): T {
  if (typeof value === 'string') return terraformLiteral(value) as T;
  if (Tokenization.isResolvable(value) || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => literalDeep(v)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [terraformLiteral(k), literalDeep(v)])) as T;
}

const HCL_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A quoted HCL string literal (for use inside a `${...}` expression) whose content stays literal. Only
 * escapes HCL accepts: `\" \\ \n \r \t \uXXXX` (JSON's `\b` and `\f` are not HCL). A lone surrogate has no
 * UTF-8 form; it becomes U+FFFD, as Terraform's JSON parser reads it elsewhere in the document.
 */
export function hclString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what needs escaping
  const body = text.replace(/["\\\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    HCL_ESCAPES[c] ?? (c.charCodeAt(0) >= 0xd800 ? '\\ufffd' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  return escapeTemplate(`"${body}"`);
}

/** Whether a value holds a cdktf token anywhere (then parts of it are only known at plan). */
export function containsToken(value: unknown): boolean {
  if (Token.isUnresolved(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => Token.isUnresolved(k) || containsToken(v));
}

const RAW_TOKEN = '\u0001raw-token\u0001';

/**
 * A JSON document as a Terraform string: literal text kept literal, cdktf tokens interpolated where they
 * stand (number tokens unquoted, so they stay numbers; any other non-string token as its `jsonencode`).
 */
export function jsonTemplate(value: unknown): string {
  const raw = (expression: string) => `${RAW_TOKEN}${expression}${RAW_TOKEN}`;
  // `this[key]` is the value before its toJSON (a token's toJSON gives no expression).
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const original = this[key];
    if (typeof v === 'number' && Token.isUnresolved(v)) return raw(Token.asString(v));
    if (typeof original === 'object' && original !== null && Tokenization.isResolvable(original)) return raw(Fn.jsonencode(original));
    return v;
  });
  const marker = JSON.stringify(RAW_TOKEN).slice(1, -1);
  return terraformLiteral(json.split(`"${marker}`).join('').split(`${marker}"`).join(''));
}

/** The two methods through which a cdktf element writes its arguments (JSON and HCL synthesis). */
interface SynthesizesAttributes {
  synthesizeAttributes(): Record<string, unknown>;
  synthesizeHclAttributes(): Record<string, unknown>;
}

/**
 * Makes `element` (an L1 resource, data source or provider the library creates) write every string and map
 * key literally: the generated bindings, like all of cdktf, read `${` and `%{` in a string as Terraform
 * syntax, and the constructs fill them with user text. cdktf tokens stay references.
 */
export function literalAttributes<T extends TerraformElement>(element: T): T {
  const target = element as unknown as SynthesizesAttributes;
  const json = target.synthesizeAttributes.bind(target);
  const hcl = target.synthesizeHclAttributes.bind(target);
  target.synthesizeAttributes = () => literalDeep(json());
  // HCL synthesis wraps each value as { value, type, ... }; the other fields are names, unchanged by escaping.
  target.synthesizeHclAttributes = () => literalDeep(hcl());
  return element;
}
