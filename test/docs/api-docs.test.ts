/** The public API is documented: every member has TSDoc, every optional prop a `@default`, and API.md is current. */
import * as fs from 'fs';
import { API_MD, collectApi, missingDocs, renderApi, type EntryPoint } from './api-reference';

let api: EntryPoint[];
beforeAll(() => {
  api = collectApi();
}, 60_000);

describe('public API documentation', () => {
  it('documents every member of every exported class and interface', () => {
    const { members, undocumented } = missingDocs(api);
    expect(members).toBeGreaterThan(150);
    expect(undocumented).toEqual([]);
  });

  it('gives every optional prop a @default', () => {
    expect(missingDocs(api).noDefault).toEqual([]);
  });

  it('makes construct and options props readonly, arrays included', () => {
    const props = api.flatMap((e) => e.declarations).filter((d) => d.kind === 'interface' && /(Props|Options)$/.test(d.name));
    expect(props.map((d) => d.name)).toEqual(expect.arrayContaining(['GenesysOAuthClientProps', 'CobrowseSettingsProps', 'CobrowseTriggerProps', 'PayloadCheckProps', 'PayloadCheckStackProps']));
    const mutable = props.flatMap((d) => d.members
      .filter((m) => !m.readonly || /^[\w<>.]+\[\]/.test(m.type))
      .map((m) => `${d.name}.${m.name}: ${m.type}`));
    expect(mutable).toEqual([]);
  });

  it('keeps the root entry point to the constructs, their props and the types they expose', () => {
    const root = api[0];
    expect(root.specifier).toBe('genesys-cobrowse-cdktf');
    const values = root.declarations.filter((d) => d.kind === 'class' || d.kind === 'function').map((d) => d.name).sort();
    expect(values).toEqual(['CobrowseSettings', 'CobrowseTrigger', 'GenesysChecks', 'GenesysOAuthClient', 'PayloadCheck', 'PayloadCheckStack']);
    expect(root.declarations.every((d) => !d.file.startsWith('src/validation/') || d.kind === 'interface' || d.kind === 'type')).toBe(true);
  });

  it('renders a readonly property apart from its type: `readonly operations?` of type `readonly OperationRef[]`', () => {
    const props = api.flatMap((e) => e.declarations).find((d) => d.name === 'GenesysOAuthClientProps');
    expect(props?.members.find((m) => m.name === 'operations')).toMatchObject({ readonly: true, type: 'readonly OperationRef[]' });
    const rendered = renderApi(api);
    expect(rendered).toContain('| `readonly operations?` | `readonly OperationRef[]` |');
    expect(rendered).not.toMatch(/readonly readonly /);
  });

  it('API.md is what `npm run gen:api` writes from the sources', () => {
    const current = fs.readFileSync(API_MD, 'utf8');
    // On failure: run `npm run gen:api` and commit API.md.
    expect(current).toBe(renderApi(api));
  });
});
