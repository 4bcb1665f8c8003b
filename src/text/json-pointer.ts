/** RFC 6901 JSON pointer segments: `~` is written `~0` and `/` is written `~1`. */

export function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

export function unescapeSegment(segment: string): string {
  // Most segments hold no `~`: skip the two regex passes (hot in diagnostic messages).
  if (!segment.includes('~')) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The pointer of a path of unescaped segments; `[]` is the root, `''`. */
export function toPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join('');
}
