/** `genesys-cobrowse check-terraform PATH... [--format text|json|sarif] [--suppressions FILE]`: the genesyscloud resources of any Terraform configuration. */
import { versionText } from '../package-info';
import type { Io } from '../main';
import { formatJson } from '../check/format-json';
import { formatSarif } from '../check/format-sarif';
import { escapeLine, formatText } from '../check/format-text';
import { readArgs, UsageError, type FormatName } from '../check/args';
import { UnreadableInput } from '../check/read-input';
import { unreadableResult } from '../check/results';
import { checkTerraformPaths } from '../terraform/check-config';
import { readSuppressionsFile } from '../terraform/suppressions';
import type { Suppression } from '../terraform/types';

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif };

export const CHECK_TERRAFORM_USAGE = `usage: genesys-cobrowse check-terraform PATH... [--format text|json|sarif] [--suppressions FILE]

Checks every genesyscloud_* resource and data source of a Terraform configuration against the genesyscloud
provider schema (v1.84.1) and the Genesys Cloud API snapshot. PATH is a directory (its .tf, .tf.json and
*.custom.json files; each subdirectory as its own module), a .tf or .tf.json file, a synthesized cdk.tf.json,
a plan (terraform show -json plan.out > plan.json) or a data action export (*.custom.json).

options:
  --format FORMAT      text (default), json ({"results": [...]}, each with address and attribute) or sarif
  --suppressions FILE  {"suppressions": {"ADDRESS": [{"code": "...", "reason": "..."}]}}
  -h, --help           print this help

In .tf files a comment on the resource suppresses a diagnostic: # genesys-cobrowse-ignore: CODE reason
exit status: 0 all valid (warnings allowed), 1 an error in a resource, 2 unreadable input or bad options.
`;


export async function run(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(CHECK_TERRAFORM_USAGE);
    return 0;
  }
  if (args.includes('--version')) {
    io.stdout.write(versionText());
    return 0;
  }
  let options: { paths: string[]; format: keyof typeof FORMATS; suppressionsFile?: string };
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`genesys-cobrowse check-terraform: ${escapeLine(error.message)}\n\n${CHECK_TERRAFORM_USAGE}`);
    return 2;
  }
  let suppressions: Map<string, Suppression[]> | undefined;
  if (options.suppressionsFile) {
    try {
      suppressions = readSuppressionsFile(options.suppressionsFile);
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      io.stderr.write(`${escapeLine(error.message)}\n`);
      io.stdout.write(FORMATS[options.format]([unreadableResult(options.suppressionsFile, error.reason, error.location)]));
      return 2;
    }
  }
  const { results, unreadable } = await checkTerraformPaths(options.paths, { suppressions, suppressionsFile: options.suppressionsFile });
  for (const message of unreadable) io.stderr.write(`${escapeLine(message)}\n`);
  io.stdout.write(FORMATS[options.format](results));
  if (unreadable.length) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}

function parseArgs(args: string[]): { paths: string[]; format: FormatName; suppressionsFile?: string } {
  const { operands: paths, values, format } = readArgs(args, ['--format', '--suppressions']);
  if (paths.length === 0) throw new UsageError('name at least one directory or file');
  return { paths, format, suppressionsFile: values.get('--suppressions') };
}
