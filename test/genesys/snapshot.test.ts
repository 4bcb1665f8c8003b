import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { closestOperations, findOperation, findRegion, findRemovedOperation, getOperation, getRemovedOperation, listOperations, OAUTH_SCOPES, PERMISSIONS, REGIONS, SNAPSHOT_SOURCE } from '../../src/genesys';

const root = join(__dirname, '..', '..');
const specFile = join(root, '..', 'shared', 'genesys', 'platform-api.json');
const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { operations: unknown[]; otherOperations: unknown[]; oauthScopes: string[]; permissions: string[]; source: { commit: string } };
const shared = (name: string) => JSON.parse(readFileSync(join(root, '..', 'shared', 'genesys', name), 'utf8'));
const provenance = shared('platform-api.provenance.json') as { scopesUnknown: string[]; permissionsUnknown: string[] };
const removed = shared('removed-operations.json') as { operations: { method: string; path: string; operationId: string }[] };

describe('the embedded snapshot', () => {
  it('is exactly what the generator makes from the spec extract', () => {
    const out = mkdtempSync(join(tmpdir(), 'snapshot-'));
    execFileSync(join(root, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', '-P', join(root, 'tsconfig.json'), join(root, 'src', 'genesys', 'generate.ts'), specFile, out]);
    for (const file of ['snapshot.json', 'snapshot-records.jsonl']) {
      expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(root, 'src', 'genesys', 'data', file), 'utf8'));
    }
  });

  it('keeps every operation, scope and permission of the spec, and where it came from', () => {
    const ids = new Set([...spec.operations, ...spec.otherOperations].map((op) => (op as { operationId: string }).operationId));
    expect(listOperations()).toHaveLength(ids.size);
    expect(new Set(listOperations().map((op) => `${op.method} ${op.path}`)).size).toBe(ids.size);
    expect([...OAUTH_SCOPES].sort()).toEqual([...spec.oauthScopes].sort());
    expect(PERMISSIONS.size).toBe(new Set(spec.permissions).size);
    expect(SNAPSHOT_SOURCE.commit).toBe(spec.source.commit);
    expect(SNAPSHOT_SOURCE.apiVersion).toBe('10706');
  });

  it('says which scopes and permissions are unknown, never "none"', () => {
    const unknownScopes = listOperations().filter((op) => !op.scopesKnown).map((op) => op.operationId).sort();
    expect(unknownScopes).toEqual([...new Set(provenance.scopesUnknown)].sort());
    const unknownPermissions = listOperations().filter((op) => !op.permissionsKnown).map((op) => op.operationId).sort();
    expect(unknownPermissions).toEqual([...new Set(provenance.permissionsUnknown)].sort());
    expect(listOperations().filter((op) => !op.scopesKnown).every((op) => op.scopes.length === 0)).toBe(true);
  });

  it('knows every removed operation, and none of them is current', () => {
    expect(removed.operations).toHaveLength(41);
    for (const op of removed.operations) {
      expect(findRemovedOperation(op.method, op.path)?.operationId).toBe(op.operationId);
      expect(getOperation(op.operationId)).toBeUndefined();
    }
    expect(getRemovedOperation('postConversationsChats')).toMatchObject({ removedIn: expect.stringContaining('10706'), replacement: expect.stringContaining('web messaging') });
    expect(getRemovedOperation('GET /api/v2/widgets/deployments')?.replacement).toContain('web deployment');
  });

  it('knows the real co-browse call, its scope and permissions', () => {
    expect(getOperation('postConversationCobrowse')).toMatchObject({
      method: 'POST',
      path: '/api/v2/conversations/{conversationId}/cobrowse',
      scopes: ['conversations'],
      permissions: { type: 'ANY', permissions: ['conversation:cobrowse:add', 'conversation:cobrowseVoice:add'] },
      body: null,
    });
    expect(OAUTH_SCOPES.has('cobrowse:write')).toBe(false);
    expect(PERMISSIONS.has('conversation:cobrowse:add')).toBe(true);
  });

  it('matches concrete paths to templates, literal segments first', () => {
    expect(findOperation('post', '/api/v2/conversations/abc/cobrowse')?.operationId).toBe('postConversationCobrowse');
    expect(findOperation('GET', '/api/v2/conversations/abc')?.operationId).toBe('getConversation');
    expect(findOperation('POST', '/api/v2/conversations/callbacks?x=1')?.operationId).toBe('postConversationsCallbacks');
    expect(getOperation('POST /api/v2/conversations/callbacks')?.operationId).toBe('postConversationsCallbacks');
    expect(findOperation('POST', '/api/v2/conversations/webchat')).toBeUndefined();
  });

  it('finds nothing under names that objects inherit', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(findOperation('GET', `/api/v2/${name}`)).toBeUndefined();
      expect(findOperation(name, '/api/v2/conversations/callbacks')).toBeUndefined();
      expect(findRemovedOperation('GET', `/api/v2/webchat/${name}`)).toBeUndefined();
      expect(getOperation(name)).toBeUndefined();
    }
  });

  it('reads each record once: a look-up and the full list give the same objects', () => {
    const op = getOperation('postConversationsCallbacks');
    expect(listOperations().find((o) => o.operationId === 'postConversationsCallbacks')).toBe(op);
    expect(getOperation('POST /api/v2/conversations/callbacks')).toBe(op);
  });

  it('says to regenerate when the records do not match the index', () => {
    jest.isolateModules(() => {
      const fs = jest.requireActual<typeof import('fs')>('fs');
      // Every read sees the bytes of the record after the one asked for, as a stale records file would give.
      jest.doMock('fs', () => ({ ...fs, readSync: (fd: number, buffer: Buffer, offset: number, length: number, position: number) => fs.readSync(fd, buffer, offset, length, position + 1) }));
      const snapshot = jest.requireActual<typeof import('../../src/genesys/snapshot')>('../../src/genesys/snapshot');
      expect(() => snapshot.operationAt(0)).toThrow(/snapshot-records\.jsonl does not match snapshot\.json .*regenerate both with `npm run gen:genesys`/);
    });
  });

  it('never lets a current template take a removed path', () => {
    expect(findOperation('GET', '/api/v2/conversations/chats')).toBeUndefined();
    expect(findOperation('GET', '/api/v2/conversations/chats/abc/messages')).toBeUndefined();
    expect(findOperation('GET', '/api/v2/webchat/settings')).toBeUndefined();
    expect(findRemovedOperation('GET', '/api/v2/conversations/chats/abc')?.operationId).toBe('getConversationsChat');
  });

  it('flags deprecated operations with what replaces them', () => {
    expect(getOperation('getRoutingQueueUsers')).toMatchObject({ deprecated: true, replacement: 'GET /api/v2/routing/queues/{queueId}/members' });
  });

  it('answers an unknown path with the closest current ones, never a removed one', () => {
    const closest = closestOperations('POST', '/api/v2/conversations/webchat').map((op) => op.operationId);
    expect(closest).toHaveLength(3);
    for (const id of closest) expect(getOperation(id)).toBeDefined();
    expect(closest).not.toContain('postConversationsChats');
  });

  it('knows every operation in full: the body schema of each of the 1,331 that take one', () => {
    const op = getOperation('getAssistantsAgentchecklistsLanguages');
    expect(op).toMatchObject({ schemaKnown: true, scopes: ['assistants', 'assistants:readonly'] });
    expect(listOperations().filter((o) => !o.schemaKnown)).toEqual([]);
    expect(listOperations().filter((o) => o.body)).toHaveLength(1331);
  });

  it('has the 18 regions of FACTS.md, each with its name', () => {
    expect(REGIONS).toHaveLength(18);
    expect(findRegion('eusc-de-east-1')?.domain).toBe('edee1.eusc-pure.cloud');
    expect(findRegion('mx-central-1')?.domain).toBe('mxc1.pure.cloud');
  });

  it('finds regions by name, domain or host', () => {
    expect(findRegion('us-east-1')?.domain).toBe('mypurecloud.com');
    expect(findRegion('api.mypurecloud.ie')?.domain).toBe('mypurecloud.ie');
    expect(findRegion('eu-nowhere-1')).toBeUndefined();
  });
});
