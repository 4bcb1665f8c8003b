import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time comparison of the webhook shared secret. Both sides are hashed first, so the compared
 * buffers always have equal length and the comparison time reveals neither the secret nor its length.
 */
export function secretMatches(provided: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(provided), digest(expected));
}
