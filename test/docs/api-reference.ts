/**
 * The public API as the TypeScript compiler sees it: every declaration exported by the package's entry
 * points (package.json `exports`), with its TSDoc. Renders API.md (`npm run gen:api`) and lists the props
 * that lack a doc comment or, when optional, a `@default` (test/docs/api-docs.test.ts). The generated L1
 * bindings are listed by name only: their docs come from the provider schemas.
 */
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, { types: string } | string> };

export interface Member {
  name: string;
  /** The type as declared (`readonly string[]`); the property's own `readonly` modifier is {@link readonly}. */
  type: string;
  /** Whether the property itself is `readonly` (rendered before its name, as in a declaration). */
  readonly: boolean;
  optional: boolean;
  doc: string;
  /** The `@default` tag's text, when there is one. */
  default?: string;
}

export interface Declaration {
  name: string;
  kind: 'class' | 'interface' | 'type' | 'function' | 'const' | 'binding';
  doc: string;
  /** Constructor, function signature, type alias or const type. */
  signature?: string;
  members: Member[];
  file: string;
}

export interface EntryPoint {
  specifier: string;
  declarations: Declaration[];
}

/** package.json `exports` key -> the source file it is built from. */
function entrySources(): [string, string][] {
  return Object.entries(PACKAGE.exports)
    // `./bindings/*` (one module per generated resource) is covered by `./bindings`, which exports them all.
    .filter((entry): entry is [string, { types: string }] => typeof entry[1] === 'object' && !entry[0].includes('*'))
    .map(([key, target]) => [
      key === '.' ? PACKAGE.name : `${PACKAGE.name}/${key.slice(2)}`,
      path.join(ROOT, target.types.replace(/^\.\/lib\//, 'src/').replace(/\.d\.ts$/, '.ts')),
    ]);
}

function isInternal(checker: ts.TypeChecker, symbol: ts.Symbol): boolean {
  return symbol.getJsDocTags(checker).some((t) => t.name === 'internal');
}

function docOf(checker: ts.TypeChecker, symbol: ts.Symbol): { doc: string; default?: string } {
  // `{@link X}` reads as `X` in Markdown.
  const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim().replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, '`$1`');
  const tag = symbol.getJsDocTags(checker).find((t) => t.name === 'default');
  return { doc, default: tag ? ts.displayPartsToString(tag.text).trim() : undefined };
}

function memberOf(checker: ts.TypeChecker, symbol: ts.Symbol): Member {
  const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
  if (decl && ts.isMethodSignature(decl)) {
    return { name: `${symbol.name}()`, type: checker.signatureToString(checker.getSignatureFromDeclaration(decl)!), readonly: false, optional: false, ...docOf(checker, symbol) };
  }
  const typeNode = decl && (ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl) || ts.isGetAccessorDeclaration(decl)) ? decl.type : undefined;
  const type = typeNode ? typeNode.getText() : decl ? checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, decl)) : 'unknown';
  // A get accessor without a setter is read-only too.
  const readonly = Boolean(decl && (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Readonly
    || (ts.isGetAccessorDeclaration(decl) && !symbol.declarations?.some(ts.isSetAccessorDeclaration))));
  return { name: symbol.name, type: type.replace(/\s+/g, ' '), readonly, optional: (symbol.flags & ts.SymbolFlags.Optional) !== 0, ...docOf(checker, symbol) };
}

function isPublic(decl: ts.Declaration): boolean {
  const flags = ts.getCombinedModifierFlags(decl);
  return !(flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) && !(ts.isPropertyDeclaration(decl) && ts.isPrivateIdentifier(decl.name));
}

function describe(checker: ts.TypeChecker, exported: ts.Symbol): Declaration {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decl = symbol.declarations![0];
  const file = path.relative(ROOT, decl.getSourceFile().fileName);
  const base = { name: exported.name, file, ...docOf(checker, symbol), members: [] as Member[] };
  if (file.includes('/generated')) return { ...base, kind: 'binding' };
  if (ts.isClassDeclaration(decl)) {
    const ctor = decl.members.find(ts.isConstructorDeclaration);
    const members = decl.members
      .filter((m): m is ts.PropertyDeclaration | ts.GetAccessorDeclaration => (ts.isPropertyDeclaration(m) || ts.isGetAccessorDeclaration(m)) && isPublic(m) && !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static))
      .map((m) => memberOf(checker, checker.getSymbolAtLocation(m.name)!));
    const methods = decl.members
      .filter((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && isPublic(m))
      .map((m) => ({ name: `${ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static ? 'static ' : ''}${m.name.getText()}()`, type: checker.signatureToString(checker.getSignatureFromDeclaration(m)!), readonly: false, optional: false, ...docOf(checker, checker.getSymbolAtLocation(m.name)!) }));
    const signature = ctor ? `new ${exported.name}(${ctor.parameters.map((p) => p.getText().replace(/\s+/g, ' ')).join(', ')})` : undefined;
    return { ...base, kind: 'class', signature, members: [...members, ...methods] };
  }
  if (ts.isInterfaceDeclaration(decl)) {
    // Members inherited from a dependency's interface (`IConstruct`'s `node`) are that package's to document.
    const ours = (p: ts.Symbol) => p.declarations?.some((d) => !d.getSourceFile().fileName.includes('/node_modules/')) ?? true;
    const members = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).filter((p) => !isInternal(checker, p) && ours(p)).map((p) => memberOf(checker, p));
    return { ...base, kind: 'interface', members };
  }
  if (ts.isTypeAliasDeclaration(decl)) return { ...base, kind: 'type', signature: decl.type.getText().replace(/\s+/g, ' ') };
  if (ts.isFunctionDeclaration(decl)) {
    const signatures = checker.getTypeOfSymbolAtLocation(symbol, decl).getCallSignatures();
    return { ...base, kind: 'function', signature: signatures.map((s) => `${exported.name}${checker.signatureToString(s)}`).join('\n') };
  }
  return { ...base, kind: 'const', signature: checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, decl)) };
}

/** Every entry point's exported declarations, in export order per entry point. */
export function collectApi(): EntryPoint[] {
  const entries = entrySources();
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const program = ts.createProgram(entries.map(([, file]) => file), { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  return entries.map(([specifier, file]) => {
    const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
    return { specifier, declarations: checker.getExportsOfModule(module).map((s) => describe(checker, s)) };
  });
}

/** Members (interface properties, public class properties and methods) without a doc, and optional interface properties without `@default`. */
export function missingDocs(api: readonly EntryPoint[]): { members: number; undocumented: string[]; noDefault: string[] } {
  const declarations = new Map(api.flatMap((e) => e.declarations).filter((d) => d.kind === 'interface' || d.kind === 'class').map((d) => [`${d.file}#${d.name}`, d]));
  const members = [...declarations.values()].flatMap((d) => d.members.map((m) => ({ id: `${d.name}.${m.name}`, kind: d.kind, m })));
  return {
    members: members.length,
    undocumented: members.filter(({ m }) => !m.doc).map(({ id }) => id),
    noDefault: members.filter(({ kind, m }) => kind === 'interface' && m.optional && m.default === undefined).map(({ id }) => id),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

export function renderApi(api: readonly EntryPoint[]): string {
  const out = ['# API reference', '', `Generated by \`npm run gen:api\` from the TSDoc of what each entry point of \`${PACKAGE.name}\` exports. Do not edit.`, ''];
  for (const entry of api) out.push(`- [\`${entry.specifier}\`](#${entry.specifier.replace(/[^a-z0-9-]/g, '').toLowerCase()})`);
  for (const entry of api) {
    out.push('', `## \`${entry.specifier}\``, '');
    const bindings = entry.declarations.filter((d) => d.kind === 'binding');
    for (const d of entry.declarations.filter((d) => d.kind !== 'binding')) {
      out.push(`### ${d.kind} \`${d.name}\``, '');
      if (d.doc) out.push(d.doc, '');
      if (d.signature) out.push('```ts', d.kind === 'type' ? `type ${d.name} = ${d.signature}` : d.kind === 'const' ? `const ${d.name}: ${d.signature}` : d.signature, '```', '');
      if (d.members.length) {
        out.push(d.kind === 'interface' ? '| Property | Type | Default | Description |' : '| Member | Type | Description |');
        out.push(d.kind === 'interface' ? '|---|---|---|---|' : '|---|---|---|');
        for (const m of d.members) {
          const name = `\`${m.readonly ? 'readonly ' : ''}${m.name}${m.optional ? '?' : ''}\``;
          out.push(d.kind === 'interface'
            ? `| ${name} | \`${cell(m.type)}\` | ${m.default !== undefined ? cell(m.default) : m.optional ? '' : '(required)'} | ${cell(m.doc)} |`
            : `| ${name} | \`${cell(m.type)}\` | ${cell(m.doc)} |`);
        }
        out.push('');
      }
    }
    if (bindings.length) {
      out.push(`Generated L1 bindings (${bindings.length} exports; their docs come from the provider schemas):`, '');
      out.push(bindings.map((b) => `\`${b.name}\``).join(', '), '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export const API_MD = path.join(ROOT, 'API.md');

if (require.main === module) {
  fs.writeFileSync(API_MD, renderApi(collectApi()));
  process.stdout.write(`wrote ${path.relative(process.cwd(), API_MD)}\n`);
}
