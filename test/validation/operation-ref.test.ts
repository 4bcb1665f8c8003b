/** One way to name an operation: every entry point of the validator takes an operationId, `METHOD /path` or an Operation. */
import { accessDiagnostics, bodyRules, getOperation, isOperation, lookupOperation, permissionsCover, requiredAccess, validateBody, type Operation } from '../../src/validation';

const cobrowse = getOperation('postConversationCobrowse') as Operation;
const workitems = getOperation('postTaskmanagementWorkitems') as Operation;
const REFS = ['postConversationCobrowse', 'POST /api/v2/conversations/{conversationId}/cobrowse', 'post /api/v2/conversations/abc/cobrowse'];

describe('OperationRef', () => {
  it('lookupOperation returns an Operation as it is, and isOperation narrows its result', () => {
    expect(lookupOperation(cobrowse)).toBe(cobrowse);
    for (const ref of REFS) {
      const found = lookupOperation(ref);
      expect(isOperation(found)).toBe(true);
      if (isOperation(found)) expect(found.operationId).toBe('postConversationCobrowse');
    }
    const missing = lookupOperation('postConversationCobrowze');
    expect(isOperation(missing)).toBe(false);
    if (!isOperation(missing)) expect(missing).toMatchObject({ code: 'unknown-operation', suggestion: 'did you mean postConversationCobrowse?' });
  });

  it('lookupOperation answers a value that is neither a string nor an Operation with a diagnostic, never a throw', () => {
    for (const value of [null, 42, {}, { code: 'x' }]) {
      expect(lookupOperation(value as never)).toMatchObject({ severity: 'error', code: 'unknown-operation' });
    }
  });

  it('validateBody takes any reference and says the same as with the Operation', () => {
    const body = { name: 'x', bogus: 1 };
    const expected = validateBody(workitems, body);
    expect(expected.map((d) => d.code)).toEqual(['missing-required', 'unknown-property']);
    expect(validateBody('postTaskmanagementWorkitems', body)).toEqual(expected);
    expect(validateBody('POST /api/v2/taskmanagement/workitems', body)).toEqual(expected);
    expect(validateBody('postConversationCobrowse', undefined)).toEqual(validateBody(cobrowse, undefined));
  });

  it('validateBody answers a reference that names no operation with its look-up error (removed ones included)', () => {
    expect(validateBody('postTaskmanagementWorkitem', {})).toEqual([expect.objectContaining({ code: 'unknown-operation', suggestion: 'did you mean postTaskmanagementWorkitems?' })]);
    expect(validateBody('POST /api/v2/webchat/guest/conversations', {})).toEqual([expect.objectContaining({ code: 'removed-operation' })]);
  });

  it('requiredAccess takes references, and throws naming the bad one with its did-you-mean', () => {
    expect(requiredAccess(['postConversationCobrowse', 'POST /api/v2/taskmanagement/workitems'])).toEqual(requiredAccess([cobrowse, workitems]));
    expect(() => requiredAccess(['postConversationCobrowse', 'postConversationCobrowze'])).toThrow(
      'requiredAccess: `postConversationCobrowze` is not a Genesys Cloud operationId. (did you mean postConversationCobrowse?)',
    );
  });

  it('permissionsCover, accessDiagnostics and bodyRules take references', () => {
    expect(permissionsCover(['conversation:cobrowseVoice:add'], 'POST /api/v2/conversations/abc/cobrowse')).toBe(true);
    expect(permissionsCover(['workitems:workitem:add'], 'postConversationCobrowse')).toBe(false);
    expect(() => permissionsCover([], 'noSuchOperation')).toThrow(/^permissionsCover: `noSuchOperation` is not a Genesys Cloud operationId/);
    const unknownAccess = 'deleteBusinessrulesDecisiontableVersionSnapshot';
    expect(accessDiagnostics(unknownAccess)).toEqual(accessDiagnostics(getOperation(unknownAccess) as Operation));
    expect(accessDiagnostics(unknownAccess).map((d) => d.code)).toContain('access-unknown');
    expect(accessDiagnostics('noSuchOperation')).toEqual([expect.objectContaining({ code: 'unknown-operation' })]);
    expect(bodyRules('postTaskmanagementWorkitems')).toBe(bodyRules(workitems));
    expect(bodyRules('postConversationCobrowse')).toBeNull();
  });
});
