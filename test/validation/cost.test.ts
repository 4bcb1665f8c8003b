/**
 * Hostile input cannot make a look-up slow: unknown operations, scopes and permissions cost little each.
 * Timed in a plain Node process on the built library (jest's module sandbox slows hot loops several-fold).
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { lookupOperation, validatePermissions, validateRequest } from '../../src/validation';

const lib = join(__dirname, '..', '..', 'lib');

/** Runs `script` (which must print a JSON timing record) in Node against lib/. */
function timedInNode(script: string): Record<string, number> {
  const r = spawnSync(process.execPath, ['-e', `const lib = ${JSON.stringify(lib)}; const ms = (f) => { const s = process.hrtime.bigint(); const out = f(); return [Number(process.hrtime.bigint() - s) / 1e6, out]; }; ${script}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
}

describe('cost of unknown names', () => {
  it('a 100 KB unknown path or operationId is checked in milliseconds', () => {
    const t = timedInNode(`
      const { validateRequest, lookupOperation } = require(lib + '/validation');
      lookupOperation('warm-up');
      const refs = ['POST /api/v2/' + 'conversations/'.repeat(7000), 'x'.repeat(100000), 'getConversation' + 's'.repeat(100000)];
      const worst = Math.max(...refs.map((ref) => ms(() => validateRequest({ method: 'POST', path: ref.slice(5) }))[0]), ...refs.map((ref) => ms(() => lookupOperation(ref))[0]));
      console.log(JSON.stringify({ worst }));`);
    expect(t.worst).toBeLessThan(1_000); // 17.8 s for a 100 KB path before the look-ups were bounded
  });

  it('5,000 bogus operations in required_access and 20,000 bogus permissions stay fast', () => {
    const t = timedInNode(`
      const { readRequiredAccess } = require(lib + '/provider/required-access');
      const { validatePermissions, validateScopes } = require(lib + '/validation');
      const operations = Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'POST /api/v2/bogus' + i + '/things/{id}/x' + i * 7919 : 'postBogusThing' + i * 7919));
      const [access, result] = ms(() => readRequiredAccess({ operations }));
      const names = Array.from({ length: 20000 }, (_, i) => 'bogus:permission:' + i * 7919);
      const [permissions, found] = ms(() => validatePermissions(names));
      const [scopes] = ms(() => validateScopes(names));
      console.log(JSON.stringify({ access, permissions, scopes, diagnostics: result.diagnostics.length, unknown: found.length }));`);
    expect(t).toMatchObject({ diagnostics: 5_000, unknown: 20_000 });
    expect(t.access).toBeLessThan(20_000); // 36 s before (limits leave room for a loaded CI machine)
    expect(t.permissions).toBeLessThan(20_000); // 70 s before
    expect(t.scopes).toBeLessThan(20_000);
  });

  it('no message repeats more than a short cut of the input (a 20 MB enum value, a long key, a secret in the provider)', () => {
    const huge = 'A'.repeat(20_000_000);
    const agentless = { method: 'POST', path: '/api/v2/conversations/messages/agentless' };
    const [enumDiag] = validateRequest({ ...agentless, body: { fromAddress: 'a', toAddressMessengerType: huge } });
    expect(enumDiag.code).toBe('not-in-enum');
    expect(enumDiag.message).toContain(`not "${'A'.repeat(32)}… (20000000 characters)"`);
    const keyDiag = validateRequest({ ...agentless, body: { fromAddress: 'a', toAddressMessengerType: 'sms', [`k${'y'.repeat(5000)}`]: 1 } });
    expect(Math.max(...keyDiag.map((d) => d.message.length + (d.suggestion?.length ?? 0)))).toBeLessThan(1_000);
    expect(validatePermissions([huge])[0].message.length).toBeLessThan(200);
    const secret = 'SUPER-SECRET-VALUE-42';
    const redacted = validateRequest({ ...agentless, body: { fromAddress: 'a', toAddressMessengerType: secret } }, { redactValues: true });
    expect(JSON.stringify(redacted)).not.toContain(secret);
  });

  it('still suggests the nearest names', () => {
    expect(lookupOperation('postConversationCobrowze')).toMatchObject({ suggestion: 'did you mean postConversationCobrowse?' });
    expect(validatePermissions(['conversation:cobrowse:ad'])[0].suggestion).toBe('did you mean conversation:cobrowse:add?');
    expect(validateRequest({ method: 'POST', path: '/api/v2/taskmanagement/workitem' })[0].suggestion).toContain('POST /api/v2/taskmanagement/workitems');
  });
});
