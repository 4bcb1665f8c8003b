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

const { 'genesyscobrowse.ts': text } = generateBindings(providerSchemaJson(PROVIDER_SOURCE) as ProviderSchemasJson, {
  runtimeModule: '../../constructs/bindings/runtime',
  schemaLabel: 'src/provider/schema.ts',
});
fs.writeFileSync(path.join(__dirname, 'generated.ts'), text);
