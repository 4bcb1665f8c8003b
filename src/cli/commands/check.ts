/** `genesys-cobrowse check [--operation "METHOD /path"] [--format text|json|sarif] [--] FILE...`; `-` is stdin, `--` ends options. */
import { versionText } from '../package-info';
import { parseOperationRef } from '../../genesys';
import { lookupOperation } from '../../validation';
import type { Io } from '../main';
import { formatJson } from '../check/format-json';
import { formatSarif } from '../check/format-sarif';
import { escapeLine, formatText } from '../check/format-text';
import { readArgs, UsageError } from '../check/args';
import { parsePayload, readPayloadFile, STDIN_NAME, UnreadableInput, type PayloadFile } from '../check/inputs';
import { decodeInputBytes, MAX_INPUT_BYTES } from '../check/read-input';
import { checkFile, unreadableResult, type Result } from '../check/results';

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif };

const STDIN = '-';

export const CHECK_USAGE = `usage: genesys-cobrowse check FILE... [--operation "METHOD /path"] [--format text|json|sarif]

Checks Genesys Cloud request payloads against the API snapshot. FILE is a JSON file, or - for stdin, holding
one request {"method", "path", "body"}, a list of them, {"scopes": [...]} or {"permissions": [...]}.

options:
  --operation REF   the files hold a bare body for REF ("METHOD /path" or an operationId)
  --format FORMAT   text (default), json ({"results": [...]}) or sarif (SARIF 2.1.0 for code scanning)
  -h, --help        print this help
  --version         print the package version and the Genesys Cloud Platform API version checked against

exit status: 0 all valid (warnings allowed), 1 an error in a payload, 2 unreadable input or bad options.
Unreadable files are reported on stderr and, in json and sarif, as results with an unreadable-input error.
`;

interface Options {
  files: string[];
  format: keyof typeof FORMATS;
  operation?: { method: string; path: string };
}

export async function run(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(CHECK_USAGE);
    return 0;
  }
  if (args.includes('--version')) {
    io.stdout.write(versionText());
    return 0;
  }
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`genesys-cobrowse check: ${escapeLine(error.message)}\n\n${CHECK_USAGE}`);
    return 2;
  }
  const results: Result[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      const payload: PayloadFile = file === STDIN
        ? parsePayload(STDIN_NAME, await readStdin(io), options.operation)
        : readPayloadFile(file, options.operation);
      // One push per result: spreading 150,000 results into push() would overflow the stack.
      for (const result of checkFile(payload)) results.push(result);
    } catch (error) {
      // One file that cannot be checked never hides the results of the others.
      const name = file === STDIN ? STDIN_NAME : file;
      const reason = error instanceof UnreadableInput ? error : new UnreadableInput(name, `cannot be checked (internal error: ${error instanceof Error ? error.message : String(error)})`);
      io.stderr.write(`${escapeLine(reason.message)}\n`);
      results.push(unreadableResult(name, reason.message, reason.location));
      unreadable = true;
    }
  }
  io.stdout.write(FORMATS[options.format](results));
  if (unreadable) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}

function parseArgs(args: string[]): Options {
  const { operands: files, values, format } = readArgs(args, ['--format', '--operation'], true);
  const operation = values.has('--operation') ? resolveOperation(values.get('--operation') as string) : undefined;
  if (files.length === 0) throw new UsageError('name at least one payload file (or - for stdin)');
  if (files.filter((f) => f === STDIN).length > 1) throw new UsageError('name - (stdin) at most once');
  return { files, format, operation };
}

/** `--operation` takes `METHOD /path` or an operationId; an unknown path is still checked (and reported). */
function resolveOperation(ref: string): { method: string; path: string } {
  const spaced = parseOperationRef(ref);
  if (spaced) return spaced;
  const found = lookupOperation(ref);
  if ('operationId' in found) return { method: found.method, path: found.path };
  throw new UsageError(`--operation: ${found.message}${found.suggestion ? ` (${found.suggestion})` : ''}`);
}


async function readStdin(io: Io): Promise<string> {
  if (!io.stdin) throw new UnreadableInput(STDIN_NAME, 'cannot read (no standard input)');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of io.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      // Stop reading past the limit: an endless stream (cat /dev/zero |) must not grow without bound.
      if (size > MAX_INPUT_BYTES) throw new UnreadableInput(STDIN_NAME, `cannot read (more than the limit of ${MAX_INPUT_BYTES} bytes)`);
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof UnreadableInput) throw error;
    throw new UnreadableInput(STDIN_NAME, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  return decodeInputBytes(STDIN_NAME, Buffer.concat(chunks));
}
