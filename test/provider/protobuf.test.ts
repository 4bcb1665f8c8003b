/**
 * The provider's proto3 codec against hand-computed wire bytes (the real-Terraform tests exercise it
 * against grpc-go and protobuf-go): field order and tags, defaults left out, enums by name, maps as
 * entries, multi-byte varints, and unknown fields of every wire type skipped.
 */
import { PROVIDER_METHODS } from '../../src/provider/protocol';
import { MessageType } from '../../src/provider/protobuf';

const bytes = (...b: number[]) => Buffer.from(b);
const ascii = (s: string) => [...Buffer.from(s)];

test('encodes a diagnostic with an attribute path exactly as protobuf does', () => {
  const { response } = PROVIDER_METHODS.ValidateDataResourceConfig;
  const encoded = response.encode({ diagnostics: [{ severity: 'ERROR', summary: 'x', detail: '', attribute: { steps: [{ attribute_name: 'body' }] } }] });
  const diagnostic = [0x08, 0x01, 0x12, 0x01, ...ascii('x'), 0x22, 0x08, 0x0a, 0x06, 0x0a, 0x04, ...ascii('body')];
  expect(encoded).toEqual(bytes(0x0a, diagnostic.length, ...diagnostic));
  expect(response.decode(encoded)).toEqual({ diagnostics: [{ severity: 'ERROR', summary: 'x', attribute: { steps: [{ attribute_name: 'body' }] } }] });
});

test('maps travel as key/value entries; varints above 127 take several bytes', () => {
  const leaf = new MessageType({ n: [1, 'varint'] });
  const type = new MessageType({ m: [3, { map: leaf }] });
  const encoded = type.encode({ m: { a: { n: 300 } } });
  expect(encoded).toEqual(bytes(0x1a, 0x08, 0x0a, 0x01, ...ascii('a'), 0x12, 0x03, 0x08, 0xac, 0x02));
  expect(type.decode(encoded)).toEqual({ m: { a: { n: 300 } } });
});

test('skips fields it does not know, of every wire type, and reads the ones it does', () => {
  const { request } = PROVIDER_METHODS.ReadDataSource;
  const known = request.encode({ type_name: 'genesyscobrowse_payload_check', config: { msgpack: bytes(0x80) } });
  const unknown = bytes(0x48, 0x96, 0x01, 0x52, 0x02, 0x01, 0x02, 0x59, ...Array<number>(8).fill(7), 0x65, 1, 2, 3, 4);
  const decoded = request.decode(Buffer.concat([unknown, known]));
  expect(decoded).toEqual({ type_name: 'genesyscobrowse_payload_check', config: { msgpack: bytes(0x80) } });
});

test('a truncated message is an error, not a silent partial value', () => {
  const { request } = PROVIDER_METHODS.ReadDataSource;
  const encoded = request.encode({ type_name: 'genesyscobrowse_payload_check' });
  expect(() => request.decode(encoded.subarray(0, encoded.length - 3))).toThrow(/truncated/);
});

test('a schema block holds nested blocks of its own type (a recursive message) and round-trips', () => {
  const { response } = PROVIDER_METHODS.GetProviderSchema;
  const inner = { version: 0, attributes: [{ name: 'request_type', type: Buffer.from('"string"'), required: true }] };
  const block = { version: 1, block_types: [{ type_name: 'config_request', block: inner, nesting: 'LIST', max_items: 1 }] };
  const decoded = response.decode(response.encode({ resource_schemas: { genesyscloud_integration_action: { version: 1, block } } }));
  expect(decoded).toEqual({
    resource_schemas: {
      genesyscloud_integration_action: {
        version: 1,
        block: { version: 1, block_types: [{ type_name: 'config_request', block: { attributes: [{ name: 'request_type', type: Buffer.from('"string"'), required: true }] }, nesting: 'LIST', max_items: 1 }] },
      },
    },
  });
});
