/** Entry of the provider stand-ins (bundled by mirror.ts): `node stand-in.js <provider-schemas.json> <source address>`. */
import * as fs from 'node:fs';
import type { ProviderSchemasJson } from '../../../src/constructs/bindings/schema';
import { runPlugin } from '../../../src/provider/handshake';
import { createStandInProvider } from './provider-stand-in';

const [schemaFile, source] = process.argv.slice(2);
const schema = (JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as ProviderSchemasJson).provider_schemas[source];
if (!schema) throw new Error(`${schemaFile} has no schema for ${source}`);
runPlugin(() => createStandInProvider(schema), {
  name: `${source} stand-in`,
  notAPluginHint: 'It is a test stand-in: test/support/stand-in/mirror.ts installs it into a filesystem mirror.',
});
