/**
 * README.md and docs/*.md cite only what is in the repository: every relative link resolves to a file here
 * (and an anchor to a heading of it), and no page cites the fact base kept outside the repository by name
 * (the data's own provenance is cited instead).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const PAGES = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (page: string) => fs.readFileSync(path.join(ROOT, page), 'utf8');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to `-`. */
function anchors(page: string): Set<string> {
  const headings = read(page).split('\n').filter((line) => /^#+ /.test(line)).map((line) => line.replace(/^#+ /, ''));
  return new Set(headings.map((h) => h.toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-')));
}

describe('documentation links', () => {
  it.each(PAGES)('%s links only to files and headings in the repository', (page) => {
    const links = [...read(page).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((link) => !/^[a-z]+:/.test(link));
    const broken = links.filter((link) => {
      const [file, anchor] = link.split('#');
      const target = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
      if (!fs.existsSync(path.join(ROOT, target))) return true;
      return anchor !== undefined && target.endsWith('.md') && !anchors(target).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it.each(PAGES)('%s does not cite FACTS.md', (page) => {
    expect(read(page)).not.toMatch(/FACTS\.md/);
  });
});
