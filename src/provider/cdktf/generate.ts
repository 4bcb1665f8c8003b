/**
 * Regenerates ./generated.ts, the cdktf L1 bindings of this provider, from its own schema with the
 * shared binding generator. Run: `npx ts-node --transpile-only src/provider/cdktf/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateBindings } from '../../constructs/bindings/generate';
import type { ProviderSchemasJson } from '../../constructs/bindings/schema';
import { PROVIDER_SOURCE } from '../install';
import { providerSchemaJson } from '../schema';

const files = generateBindings(providerSchemaJson(PROVIDER_SOURCE) as ProviderSchemasJson, {
  runtimeModule: '../../constructs/bindings/runtime',
  schemaLabel: 'src/provider/schema.ts',
});
// The generator shortens sources to namespace/name (registry.terraform.io); ours lives on another host.
const shortened = `terraformProviderSource: '${PROVIDER_SOURCE.split('/').slice(-2).join('/')}'`;
const text = files['genesyscobrowse.ts'].replace(shortened, `terraformProviderSource: '${PROVIDER_SOURCE}'`);
if (!text.includes(PROVIDER_SOURCE)) throw new Error('generated provider class no longer names its source; update generate.ts');
fs.writeFileSync(path.join(__dirname, 'generated.ts'), text);
