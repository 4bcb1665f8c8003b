/**
 * Regenerates ./generated/, the cdktf L1 bindings of this provider, from its own schema with the
 * shared binding generator (the official `cdktf get` one). Run: `npx ts-node --transpile-only src/provider/cdktf/generate.ts`.
 */
import * as path from 'path';
import { generateBindings, writeBindings } from '../../constructs/bindings/generate';
import type { ProviderSchemasJson } from '../../constructs/bindings/schema';
import { PROVIDER_SOURCE } from '../install';
import { providerSchemaJson } from '../schema';

/** The bindings of this provider (unpinned: it is installed from a local mirror, see `provider install`). */
export function generateProviderBindings(): ReturnType<typeof generateBindings> {
  return generateBindings(providerSchemaJson(PROVIDER_SOURCE) as ProviderSchemasJson, [{ source: PROVIDER_SOURCE }]);
}

export const GENERATED_DIR = path.join(__dirname, 'generated');

if (require.main === module) {
  void generateProviderBindings().then((files) => writeBindings(files, GENERATED_DIR));
}
