/**
 * Text both journals store as it is. PostgreSQL `text` cannot hold NUL, and a lone UTF-16 surrogate is
 * no character at all (PostgreSQL refuses it, SQLite would store U+FFFD instead), so either one in an id
 * would fail every write of that alert, or change the id, on one journal and not the other.
 */
// eslint-disable-next-line no-control-regex -- NUL is what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored as it is (`NUL (U+0000)`, `a lone UTF-16 surrogate`), or null when it can. */
export function unstorableCharacter(text: string): string | null {
  const found = UNSTORABLE.exec(text)?.[0];
  if (found === undefined) return null;
  return found === '\u0000' ? 'NUL (U+0000)' : 'a lone UTF-16 surrogate';
}
