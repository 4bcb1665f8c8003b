import { readFileSync } from 'fs';
import { join } from 'path';
import { validateRequest, validateScopes, type ApiRequest } from '../../src/validation';

const forum = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'shared', 'genesys', 'forum-payloads.json'), 'utf8')) as {
  requests: (ApiRequest & { name: string })[];
  oauthScopesNamed: string[];
};
const START_COBROWSE = 'POST /api/v2/conversations/{conversationId}/cobrowse (postConversationCobrowse)';
const summary = (req: ApiRequest) => validateRequest(req).map((d) => `${d.severity} ${d.code} ${d.pointer}`);

describe('the forum thread, payload by payload', () => {
  it('has the three bodies the thread tried', () => {
    expect(forum.requests).toHaveLength(3);
  });

  it.each(forum.requests.map((r) => [r.name, r] as const))('%s: no such operation; the real call is named', (_name, req) => {
    const [first] = validateRequest(req);
    expect(first.code).toBe('unknown-operation');
    expect(first.message).toContain('There is no POST /api/v2/conversations/webchat');
    expect(first.message).toContain('POST /api/v2/conversations/{conversationId}/cobrowse');
    expect(first.suggestion).toContain(START_COBROWSE);
  });

  it('never sends anyone to a removed call', () => {
    for (const req of forum.requests) {
      for (const d of validateRequest(req)) {
        expect(d.suggestion ?? '').not.toMatch(/conversations\/chats|webchat\/guest|postConversationsChats|postWebchat/);
        expect(d.code).not.toBe('missing-required');
      }
    }
  });

  it('question: type, to and cobrowse were never fields of the removed web chat create body', () => {
    expect(summary(forum.requests[0])).toEqual([
      'error unknown-operation ',
      'error unknown-property /type',
      'error unknown-property /to',
      'error unknown-property /cobrowse',
    ]);
    expect(validateRequest(forum.requests[0])[1].message).toContain('removed at Platform API 10706: this explains old code');
  });

  it('reply 1: to, from, cobrowse and wrapUpCode were never fields of the removed web chat create body', () => {
    expect(summary(forum.requests[1])).toEqual([
      'error unknown-operation ',
      'error unknown-property /to',
      'error unknown-property /from',
      'error unknown-property /cobrowse',
      'error unknown-property /wrapUpCode',
    ]);
  });

  it('replies 2 and 3: the cobrowse object is explained, not just rejected', () => {
    const cobrowse = validateRequest(forum.requests[2]).find((d) => d.pointer === '/cobrowse');
    expect(cobrowse?.message).toContain('No conversation create body has a `cobrowse` field');
    expect(cobrowse?.suggestion).toBe(`remove cobrowse; use ${START_COBROWSE}`);
  });

  it('the same cobrowse body on the removed chat create call: removed, and the field explained', () => {
    const diagnostics = validateRequest({ method: 'POST', path: '/api/v2/conversations/chats', body: { provider: 'web', queueId: 'q', cobrowse: {} } });
    expect(diagnostics.map((d) => d.code)).toEqual(['removed-operation', 'unknown-property']);
    expect(diagnostics[0].suggestion).toContain('web messaging');
    expect(diagnostics[1].message).toContain('Start it afterwards');
  });

  it('the scopes the thread names are not scopes, and say what is', () => {
    const diagnostics = validateScopes(forum.oauthScopesNamed);
    expect(diagnostics.map((d) => [d.pointer, d.code])).toEqual([['/0', 'unknown-scope'], ['/1', 'unknown-scope']]);
    expect(diagnostics[0].message).toContain('`cobrowse:write` is not a Genesys Cloud OAuth scope');
    expect(diagnostics[0].message).toContain('conversation:cobrowse:add');
    expect(diagnostics[1].message).toContain('conversation:webchat:create');
  });

  it('a server-side session create is explained', () => {
    const [d] = validateRequest({ method: 'POST', path: '/api/v2/conversations/cobrowsesessions' });
    expect(d.message).toContain('cannot be created from the server');
  });
});
