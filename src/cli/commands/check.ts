/** `genesys-cobrowse check [--operation "METHOD /path"] [--format text|json|sarif] [--] FILE...` (`--` ends options). */
import { parseOperationRef } from '../../genesys';
import { lookupOperation } from '../../validation';
import type { Io } from '../main';
import { formatJson } from '../check/format-json';
import { formatSarif } from '../check/format-sarif';
import { escapeControl, formatText } from '../check/format-text';
import { readPayloadFile, UnreadableInput } from '../check/inputs';
import { checkFile, type Result } from '../check/results';

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif };

class UsageError extends Error {}

interface Options {
  files: string[];
  format: keyof typeof FORMATS;
  operation?: { method: string; path: string };
}

export async function run(args: string[], io: Io): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`genesys-cobrowse check: ${escapeControl(error.message)}\n`);
    return 2;
  }
  const results: Result[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      // One push per result: spreading 150,000 results into push() would overflow the stack.
      for (const result of checkFile(readPayloadFile(file, options.operation))) results.push(result);
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      io.stderr.write(`${escapeControl(error.message)}\n`);
      unreadable = true;
    }
  }
  io.stdout.write(FORMATS[options.format](results));
  if (unreadable) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}

function parseArgs(args: string[]): Options {
  const files: string[] = [];
  let format: string = 'text';
  let operation: Options['operation'];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (arg === '--format') format = value();
    else if (arg === '--operation') operation = resolveOperation(value());
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (!(format in FORMATS)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  if (files.length === 0) throw new UsageError('name at least one payload file');
  return { files, format: format as Options['format'], operation };
}

/** `--operation` takes `METHOD /path` or an operationId; an unknown path is still checked (and reported). */
function resolveOperation(ref: string): { method: string; path: string } {
  const spaced = parseOperationRef(ref);
  if (spaced) return spaced;
  const found = lookupOperation(ref);
  if ('operationId' in found) return { method: found.method, path: found.path };
  throw new UsageError(`--operation: ${found.message}${found.suggestion ? ` (${found.suggestion})` : ''}`);
}

