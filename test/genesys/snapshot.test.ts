import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { closestOperations, findOperation, findRegion, getOperation, listOperations, OAUTH_SCOPES, PERMISSIONS, SNAPSHOT_SOURCE } from '../../src/genesys';

const root = join(__dirname, '..', '..');
const specFile = join(root, '..', 'shared', 'genesys', 'platform-api.json');
const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { operations: unknown[]; otherOperations: unknown[]; oauthScopes: string[]; permissions: string[]; source: { commit: string } };

describe('the embedded snapshot', () => {
  it('is exactly what the generator makes from the spec extract', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snapshot-')), 'snapshot.json');
    execFileSync(join(root, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', '-P', join(root, 'tsconfig.json'), join(root, 'src', 'genesys', 'generate.ts'), specFile, out]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'src', 'genesys', 'data', 'snapshot.json'), 'utf8'));
  });

  it('keeps every operation, scope and permission of the spec, and where it came from', () => {
    const ids = new Set([...spec.operations, ...spec.otherOperations].map((op) => (op as { operationId: string }).operationId));
    expect(listOperations()).toHaveLength(ids.size);
    expect(new Set(listOperations().map((op) => `${op.method} ${op.path}`)).size).toBe(ids.size);
    expect([...OAUTH_SCOPES].sort()).toEqual([...spec.oauthScopes].sort());
    expect(PERMISSIONS.size).toBe(new Set(spec.permissions).size);
    expect(SNAPSHOT_SOURCE.commit).toBe(spec.source.commit);
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
    expect(findOperation('GET', '/api/v2/conversations/chats')?.operationId).toBe('getConversationsChats');
    expect(findOperation('GET', '/api/v2/conversations/abc')?.operationId).toBe('getConversation');
    expect(findOperation('POST', '/api/v2/conversations/callbacks?x=1')?.operationId).toBe('postConversationsCallbacks');
    expect(getOperation('POST /api/v2/conversations/callbacks')?.operationId).toBe('postConversationsCallbacks');
    expect(findOperation('POST', '/api/v2/conversations/webchat')).toBeUndefined();
  });

  it('flags deprecated operations with what replaces them', () => {
    expect(getOperation('postConversationsChats')).toMatchObject({ deprecated: true });
    expect(getOperation('postConversationsChats')?.replacement).toContain('web messaging');
    expect(getOperation('postWebchatGuestConversations')?.deprecated).toBe(true);
  });

  it('answers an unknown path with the closest real ones', () => {
    expect(closestOperations('POST', '/api/v2/conversations/webchat').map((op) => op.operationId)).toContain('postConversationsChats');
  });

  it('keeps access-only operations for look-ups', () => {
    const op = getOperation('getAssistantsAgentchecklistsLanguages');
    expect(op).toMatchObject({ schemaKnown: false, scopes: ['assistants', 'assistants:readonly'] });
  });

  it('finds regions by name, domain or host', () => {
    expect(findRegion('us-east-1')?.domain).toBe('mypurecloud.com');
    expect(findRegion('api.mypurecloud.ie')?.domain).toBe('mypurecloud.ie');
    expect(findRegion('eu-nowhere-1')).toBeUndefined();
  });
});
