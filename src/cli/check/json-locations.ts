/**
 * Line and column of every value in a JSON text, by JSON pointer, so diagnostics point into the file.
 * Iterative (no recursion), so deeply nested input cannot exhaust the stack. Expects text that
 * JSON.parse has accepted.
 */
import { escapeSegment } from '../../text/json-pointer';

export interface Location {
  line: number;
  column: number;
}

interface Frame {
  pointer: string;
  kind: 'object' | 'array';
  index: number;
  key?: string;
}

export function jsonLocations(text: string): Map<string, Location> {
  const locations = new Map<string, Location>();
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const here = (): Location => ({ line, column: i - lineStart + 1 });
  const childPointer = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return `${top.pointer}/${top.kind === 'array' ? top.index : escapeSegment(top.key ?? '')}`;
  };
  let expectKey = false;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line += 1;
      lineStart = i + 1;
      i += 1;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === ':') {
      if (c === ',' && stack[stack.length - 1]?.kind === 'object') expectKey = true;
      if (c === ',' && stack[stack.length - 1]?.kind === 'array') stack[stack.length - 1].index += 1;
      i += 1;
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
      i += 1;
    } else if (c === '"' && expectKey) {
      const end = stringEnd(text, i);
      (stack[stack.length - 1] as Frame).key = JSON.parse(text.slice(i, end)) as string;
      expectKey = false;
      i = end;
    } else {
      const pointer = childPointer();
      locations.set(pointer, here());
      if (c === '{' || c === '[') {
        stack.push({ pointer, kind: c === '{' ? 'object' : 'array', index: 0 });
        expectKey = c === '{';
        i += 1;
      } else {
        i = c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
      }
    }
  }
  return locations;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function scalarEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !/[\s,\]}]/.test(text[i])) i += 1;
  return i;
}
