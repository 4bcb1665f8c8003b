import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { validateScopes } from '../../src/validation';

const root = join(__dirname, '..', '..');
const payloads = join(root, 'examples', 'payloads');
const dir = mkdtempSync(join(tmpdir(), 'check-'));

/** Runs the built CLI (`npm test` builds first) as a user would. */
function cli(...args: string[]) {
  return run(['check', ...args]);
}

function run(args: string[], input?: string, cwd?: string) {
  const r = spawnSync(process.execPath, [join(root, 'lib', 'cli', 'main.js'), ...args], { encoding: 'utf8', input, cwd, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('genesys-cobrowse check', () => {
  it('explains the forum payload compiler-style, with file, line and column', () => {
    const r = cli(join(payloads, 'forum-question-cobrowse-action-session.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('forum-question-cobrowse-action-session.json:10:17: error [unknown-property] /cobrowse:');
    expect(r.stdout).toContain('suggestion: remove cobrowse; use POST /api/v2/conversations/{conversationId}/cobrowse (postConversationCobrowse)');
  });

  it('accepts the correct payloads with exit 0', () => {
    const good = readdirSync(payloads).filter((f) => !f.startsWith('forum-')).map((f) => join(payloads, f));
    const r = cli(...good);
    // Starting co-browse with a client-credentials token is UNVERIFIED in FACTS.md: valid, but not silently.
    expect(r.stdout).toContain(`${good.length} checked, ${good.length} valid (1 unverified), 0 invalid`);
    expect(r.stdout).toContain('start-cobrowse-in-active-conversation.json: POST /api/v2/conversations/{conversationId}/cobrowse (postConversationCobrowse): valid, but unverified');
    expect(r.code).toBe(0);
  });

  it('prints the documented JSON shape', () => {
    const list = file('list.json', JSON.stringify([
      { method: 'POST', path: '/api/v2/conversations/c1/cobrowse' },
      { method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'n', typeId: 't', priorty: 1 } },
    ]));
    const r = cli(list, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      results: [
        {
          file: list,
          index: 0,
          operation: 'POST /api/v2/conversations/{conversationId}/cobrowse (postConversationCobrowse)',
          valid: true,
          diagnostics: [{ severity: 'warning', pointer: '', code: 'unverified', message: expect.stringContaining('With a CLIENT-CREDENTIALS token this call is unverified: Whether'), suggestion: expect.any(String) }],
        },
        {
          file: list,
          index: 1,
          operation: 'POST /api/v2/taskmanagement/workitems (postTaskmanagementWorkitems)',
          valid: false,
          diagnostics: [{ severity: 'error', pointer: '/priorty', code: 'unknown-property', message: expect.stringContaining('`priorty`'), suggestion: 'did you mean priority?' }],
        },
      ],
    });
  });

  it('prints SARIF 2.1.0 with regions for pull-request annotations', () => {
    const r = cli(join(payloads, 'forum-scopes.json'), '--format', 'sarif');
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [first] = sarif.runs[0].results;
    expect(first).toMatchObject({ ruleId: 'unknown-scope', level: 'error' });
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5 });
    expect(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['unknown-scope']);
  });

  it('checks a bare body with --operation (operationId or METHOD /path)', () => {
    const body = file('body.json', JSON.stringify({ fromAddress: 'd', toAddressMessengerType: 'webmesaging' }));
    for (const op of ['postConversationsMessagesAgentless', 'POST /api/v2/conversations/messages/agentless']) {
      const r = cli(body, '--operation', op, '--format', 'json');
      expect(JSON.parse(r.stdout).results[0].diagnostics[0]).toMatchObject({ code: 'not-in-enum', suggestion: 'did you mean "webmessaging"?' });
    }
    const typo = cli(body, '--operation', 'postConversationsMessageAgentless');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean postConversationsMessagesAgentless?');
  });

  it('reports bad JSON with line and column and no stack trace, and keeps checking the other files (exit 2)', () => {
    const bad = file('bad.json', '{\n  "method": "POST",\n  "path": "/api/v2/conversations/callbacks"\n  "body": {}\n}\n');
    const r = cli(bad, join(payloads, 'fallback-callback.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${bad}:4:3: invalid JSON`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('1 checked, 1 valid');
  });

  it('escapes control characters from the input in text output (no workflow commands, no ANSI escapes)', () => {
    const hostile = file('hostile.json', JSON.stringify({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'n', typeId: 't', '\n::error file=app.js,line=1::owned\u001b[31m': 1 } }));
    const r = cli(hostile);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('\\n::error file=app.js,line=1::owned\\u001b[31m');
  });

  it('reads only regular files: a FIFO, /dev/zero and a directory are unreadable, without blocking (exit 2)', () => {
    const fifo = join(dir, 'fifo.json');
    spawnSync('mkfifo', [fifo]);
    for (const path of [fifo, '/dev/zero', dir]) {
      const r = cli(path, join(payloads, 'fallback-callback.json'));
      expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining(`${path}: cannot read (not a regular file`) });
      expect(r.stdout).toContain('1 checked, 1 valid');
    }
  });

  it('never echoes file content: a symlink to /proc/self/environ and a non-JSON file give a position only', () => {
    const link = join(dir, 'environ.json');
    symlinkSync('/proc/self/environ', link);
    const secret = file('secret.json', 'PATH_TOKEN=abc123secret\n');
    const r = cli(link, secret);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${secret}:1:1: invalid JSON: unexpected 'P'`);
    expect(r.stderr).not.toMatch(/abc123|PATH=|HOME=/);
  });

  it('refuses files over the size limit', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 64 * 1024 * 1024 + 1);
    expect(cli(big)).toMatchObject({ code: 2, stderr: expect.stringContaining('the limit is 67108864 bytes') });
  });

  it('accepts a UTF-8 BOM, refuses invalid UTF-8, and reports the real line and column of a syntax error', () => {
    const bom = file('bom.json', '\ufeff{"scopes": ["conversations"]}');
    expect(cli(bom)).toMatchObject({ code: 0, stdout: expect.stringContaining('1 checked, 1 valid') });
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{"scopes": ["caf\xe9"]}', 'latin1'));
    expect(cli(latin1)).toMatchObject({ code: 2, stderr: expect.stringContaining(`${latin1}:1:17: not valid UTF-8 (byte offset 16)`) });
    const nan = file('nan.json', '{\n  "method": "POST",\n  "path": "/api/v2/taskmanagement/workitems",\n  "body": {"priority": NaN}\n}\n');
    expect(cli(nan).stderr).toContain(`${nan}:4:24: invalid JSON: unexpected 'N'`);
  });

  it('treats everything after -- as files', () => {
    const odd = file('--format', '{"scopes": ["conversations"]}');
    expect(spawnSync(process.execPath, [join(root, 'lib', 'cli', 'main.js'), 'check', '--', '--format'], { cwd: dir, encoding: 'utf8' })).toMatchObject({ status: 0 });
    expect(cli('--', odd)).toMatchObject({ code: 0 });
  });

  it('prints 150,000 entries as text in linear time, without overflowing the stack', () => {
    const many = file('many.json', JSON.stringify(Array.from({ length: 150_000 }, () => ({ scopes: ['conversations'] }))));
    const started = Date.now();
    const r = cli(many);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('150000 checked, 150000 valid, 0 invalid');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('names what a file that is not a request should look like', () => {
    const r = cli(file('other.json', '{"hello": 1}'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a request');
    expect(cli(join(dir, 'missing.json')).stderr).toContain('no such file');
  });

  it('rejects bad options with usage, exit 2', () => {
    expect(cli('--format', 'xml', 'x.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be text, json or sarif') });
    expect(cli()).toMatchObject({ code: 2, stderr: expect.stringContaining('name at least one payload file') });
  });

  it('keeps unreadable files as results with an unreadable-input error in json and sarif (exit 2)', () => {
    const bad = file('bad2.json', '{\n  "method": "POST",,\n}\n');
    const missing = join(dir, 'missing.json');
    const good = join(payloads, 'fallback-callback.json');
    const json = cli(bad, missing, good, '--format', 'json');
    expect(json.code).toBe(2);
    const results = JSON.parse(json.stdout).results;
    expect(results.map((r: { file: string; valid: boolean }) => [r.file, r.valid])).toEqual([[bad, false], [missing, false], [good, true]]);
    expect(results[0].diagnostics).toEqual([{ severity: 'error', pointer: '', code: 'unreadable-input', message: expect.stringContaining(`${bad}:2:20: invalid JSON`), suggestion: null }]);
    expect(results[1].diagnostics[0]).toMatchObject({ code: 'unreadable-input', message: `${missing}: cannot read (no such file)` });

    const sarif = JSON.parse(run(['check', 'bad2.json', 'missing.json', '--format', 'sarif'], undefined, dir).stdout).runs[0];
    expect(sarif.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['unreadable-input', 'unreadable-input']);
    expect(sarif.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'bad2.json' }, region: { startLine: 2, startColumn: 20 } });
    expect(sarif.results[1].locations[0].physicalLocation.artifactLocation.uri).toBe('missing.json');
  });

  it('carries the tool version and a help text for every rule in SARIF', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const r = cli(...readdirSync(payloads).map((f) => join(payloads, f)), join(dir, 'missing.json'), '--format', 'sarif');
    const { driver } = JSON.parse(r.stdout).runs[0].tool;
    expect(driver.version).toBe(version);
    expect(driver.rules.length).toBeGreaterThan(3);
    for (const rule of driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(20);
      expect(rule.shortDescription.text).not.toBe(rule.id);
    }
  });

  it('reads stdin for -', () => {
    const body = JSON.stringify({ method: 'POST', path: '/api/v2/taskmanagement/workitems', body: { name: 'n', typeId: 't', priorty: 1 } });
    const r = run(['check', '-', '--format', 'json'], body);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ file: '<stdin>', diagnostics: [{ code: 'unknown-property', suggestion: 'did you mean priority?' }] });
    const bare = run(['check', '--operation', 'postConversationsCallbacks', '-'], '{"callbackNumbers": ["+15555550100"], "queueId": "q"}');
    expect(bare).toMatchObject({ code: 0, stdout: expect.stringContaining('<stdin>: POST /api/v2/conversations/callbacks') });
    expect(run(['check', '-'], '{"method":')).toMatchObject({ code: 2, stderr: expect.stringContaining('<stdin>:1:11: invalid JSON') });
  });

  it('prints help for check --help and the package and API snapshot versions for --version', () => {
    const help = cli('--help');
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: genesys-cobrowse check FILE...') });
    expect(help.stdout).toContain('--format FORMAT');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const snapshot = JSON.parse(readFileSync(join(root, 'src', 'genesys', 'data', 'snapshot.json'), 'utf8'));
    for (const args of [['--version'], ['check', '--version']]) {
      const version = run(args);
      expect(version.code).toBe(0);
      expect(version.stdout).toBe(`genesys-cobrowse ${manifest.version}\n` +
        `Genesys Cloud Platform API ${snapshot.source.apiVersion} (${snapshot.source.repository}; extract sha256 ${snapshot.source.sha256.slice(0, 12)})\n`);
    }
    expect(snapshot.source.apiVersion).toBe('10706');
  });

  it('keeps the demo payloads identical to the forum thread', () => {
    const forum = JSON.parse(readFileSync(join(root, '..', 'shared', 'genesys', 'forum-payloads.json'), 'utf8'));
    const demo = readdirSync(payloads).filter((f) => f.startsWith('forum-') && f !== 'forum-scopes.json').sort()
      .map((f) => JSON.parse(readFileSync(join(payloads, f), 'utf8')));
    const thread = forum.requests.map(({ method, path, body }: Record<string, unknown>) => ({ method, path, body }));
    expect(demo).toEqual(expect.arrayContaining(thread));
    expect(demo).toHaveLength(thread.length);
    expect(JSON.parse(readFileSync(join(payloads, 'forum-scopes.json'), 'utf8')).scopes).toEqual(forum.oauthScopesNamed);
  });

  describe('hostile files and names', () => {
    const deep = (n: number) => `{"scopes": ${'['.repeat(n)}"x"${']'.repeat(n)}}`;

    it('a 5,000-deep scopes array is one unreadable file; the other files are still checked and reported', () => {
      const work = mkdtempSync(join(tmpdir(), 'check-deep-'));
      writeFileSync(join(work, 'deep.json'), deep(5000));
      writeFileSync(join(work, 'good.json'), '{"scopes": ["conversations"]}');
      writeFileSync(join(work, 'wrong.json'), '{"scopes": ["conversation:readonly"]}');
      writeFileSync(join(work, 'shallow.json'), deep(200));
      for (const format of ['text', 'json', 'sarif']) {
        const r = run(['check', 'good.json', 'deep.json', 'wrong.json', 'shallow.json', '--format', format], undefined, work);
        expect([format, r.code]).toEqual([format, 2]);
        expect(r.stderr).toBe('deep.json:1:267: nested deeper than 256 levels of arrays and objects; no Genesys request nests this deep\n');
        if (format === 'text') {
          expect(r.stdout).toContain('good.json: OAuth scopes: valid');
          expect(r.stdout).toContain('wrong.json: OAuth scopes: INVALID');
          expect(r.stdout).toContain('shallow.json: OAuth scopes: INVALID');
        } else if (format === 'json') {
          expect(JSON.parse(r.stdout).results.map((x: { file: string; valid: boolean }) => [x.file, x.valid])).toEqual([['good.json', true], ['deep.json', false], ['wrong.json', false], ['shallow.json', false]]);
        } else {
          const uris = JSON.parse(r.stdout).runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri);
          expect(new Set(uris)).toEqual(new Set(['deep.json', 'wrong.json', 'shallow.json']));
        }
      }
    });

    it('a scope list holding a value nested 20,000 deep is reported, not a crash', () => {
      let value: unknown = 'x';
      for (let i = 0; i < 20_000; i++) value = [value];
      const [d] = validateScopes([value as string]);
      expect(d).toMatchObject({ code: 'unknown-scope', pointer: '/0' });
      expect(d.message).toMatch(/^`\[\[\[/);
    });

    it('file names starting with :: (GitHub workflow commands) are escaped in every line printed, stderr included', () => {
      const work = mkdtempSync(join(tmpdir(), 'check-names-'));
      const names = ['::error file=x.json::pwned.json', '::add-mask::secret.json', ' ::warning::spaced.json', '::stop-commands::x.json'];
      writeFileSync(join(work, names[0]), '{"scopes": ["conversation:readonly"]}');
      writeFileSync(join(work, names[1]), '{"method": "POST", "path": "/api/v2/conversations/c/cobrowse", "body": {"x": 1}}');
      writeFileSync(join(work, names[2]), '{"method":');
      for (const format of ['text', 'json', 'sarif']) {
        const r = run(['check', ...names, '--format', format], undefined, work);
        expect(r.code).toBe(2);
        const lines = `${r.stdout}${r.stderr}`.split('\n');
        expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
        if (format === 'text') {
          expect(r.stdout).toContain('./::error file=x.json::pwned.json: OAuth scopes: INVALID');
          expect(r.stdout).toContain('  ./::add-mask::secret.json:1:');
          expect(r.stderr).toContain(' ./::warning::spaced.json:1:11: invalid JSON');
          expect(r.stderr).toContain('./::stop-commands::x.json: cannot read (no such file)');
        }
      }
    });

    it('SARIF artifactLocation.uri is a percent-encoded relative URI; files outside the working directory get no URI, their message names them', () => {
      const work = mkdtempSync(join(tmpdir(), 'check-uri-'));
      mkdirSync(join(work, 'repo', 'sub', 'a b'), { recursive: true });
      const bad = '{"scopes": ["conversation:readonly"]}';
      writeFileSync(join(work, 'repo', 'sub', 'a b', '::x#1?.json'), bad);
      writeFileSync(join(work, 'outside.json'), bad);
      const repo = join(work, 'repo');
      const r = run(['check', 'sub/a b/::x#1?.json', join(repo, 'sub', 'a b', '::x#1?.json'), '../outside.json', join(work, 'outside.json'), '--format', 'sarif'], undefined, repo);
      expect(r.code).toBe(1);
      const results = JSON.parse(r.stdout).runs[0].results as { message: { text: string }; locations: { physicalLocation?: { artifactLocation: { uri: string } } }[] }[];
      expect(results.map((x) => x.locations[0].physicalLocation?.artifactLocation.uri ?? null)).toEqual(['sub/a%20b/%3A%3Ax%231%3F.json', 'sub/a%20b/%3A%3Ax%231%3F.json', null, null]);
      expect(results[2].message.text).toMatch(/^\.\.\/outside\.json: \/0: /);
      expect(results[3].message.text.startsWith(`${join(work, 'outside.json')}: /0: `)).toBe(true);
      const stdin = JSON.parse(run(['check', '-', '--format', 'sarif'], bad, repo).stdout).runs[0].results[0];
      expect(stdin.locations[0].physicalLocation).toBeUndefined();
      expect(stdin.message.text).toMatch(/^<stdin>: /);
    });
  });
});
