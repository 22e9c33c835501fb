import type { Citation } from '../../../shared/calendar';
import { ruleSet, ruleSets } from '../../../shared/rules';
import seedExcerpts from '../../fixtures/seed-004-excerpts.json';

// Citations are checked against the seed's own text: the cited lines are copied verbatim, with the
// article heading above each (and, for list items, the opening line of their paragraph; for Allegato H,
// the annex), in test/fixtures/seed-004-excerpts.json. Where the handbook is mounted, the fixture
// itself is checked against the seed.

interface Excerpt {
  heading: string;
  text: string;
  paragraph?: string;
  annex?: string;
}
const SEED_FILE = '004_29fc22527282130e.txt';
const excerpts = (seedExcerpts as { lines: Record<string, Excerpt> }).lines;

/** 'L3647, L3653' → ['L3647', 'L3653']; 'L1441–L1443' → every line of the range. */
function citedLines(lines: string): string[] {
  return lines.split(/,\s*/).flatMap((part) => {
    const [from, to = from] = part.split(/[–-]/).map((l) => Number(l.slice(1)));
    return Array.from({ length: to - from + 1 }, (_, i) => `L${from + i}`);
  });
}

const terms = ruleSets().flatMap(({ id, version }) =>
  Object.values(ruleSet(`${id}@${version}`).terms).map((t) => ({ ref: `${id}@${version}`, term: t })),
);
const seedCited = terms.filter(({ term }) => term.citation.source === 'seed');
const externalCited = terms.filter(({ term }) => term.citation.source === 'external');

describe('seed citations match the seed text (fixture seed-004-excerpts.json)', () => {
  it.each(
    seedCited.map(
      ({ ref, term }) =>
        [ref, term.id, term.citation.article, term.citation.paragraph, term.citation.lines, term.citation] as const,
    ),
  )('%s %s: %s %s (%s), quote verbatim under its heading', (_ref, _id, article, paragraph, lines, citation) => {
    expect(citation.file).toBe(SEED_FILE);
    const art = /^(?:All\. ([A-Z]) )?art\. (\d+(?:bis)?)$/.exec(article);
    expect(art).not.toBeNull();
    const [, annex, number] = art!;
    const par = /^c\. (\d+)(?:, lett\. ([a-z])\))?$/.exec(paragraph ?? '');
    expect(par).not.toBeNull();
    const [, comma, letter] = par!;

    const cited = citedLines(lines!).map((key) => [key, excerpts[key]] as const);
    for (const [key, excerpt] of cited) {
      expect({ key, found: excerpt !== undefined }).toEqual({ key, found: true });
      // ROUS headings read 'Articolo 85' (once 'Artico 108'); Allegato H's 'ART. 4'.
      expect(excerpt.heading).toMatch(new RegExp(`(?:Articolo|Artico|ART\\.)\\s+${number}\\b`, 'i'));
      expect(excerpt.annex).toBe(annex);
    }
    // The paragraph is the first cited line's; later lines are further paragraphs of the same article.
    const [, first] = cited[0];
    expect((first.paragraph ?? first.text).startsWith(`${comma}. `)).toBe(true);
    if (letter) expect(first.text.trim().startsWith(`- ${letter})`)).toBe(true);
    else if (first.paragraph) expect(first.text.trim().startsWith('- ')).toBe(true);

    for (const fragment of citation.quote!.split('…').map((f) => f.trim())) {
      expect({ fragment, found: cited.some(([, e]) => e.text.includes(fragment)) }).toEqual({ fragment, found: true });
    }
  });

  it('cites no line the fixture lacks, and the fixture holds no line nobody cites', () => {
    const cited = new Set(seedCited.flatMap(({ term }) => citedLines(term.citation.lines!)));
    expect([...cited].filter((k) => !(k in excerpts))).toEqual([]);
    expect(Object.keys(excerpts).filter((k) => !cited.has(k))).toEqual([]);
  });
});

describe('external citations name their law (DECISIONS D1)', () => {
  it.each(
    externalCited.map(
      ({ ref, term }) => [ref, term.id, term.citation.law, term.citation.article, term.citation] as const,
    ),
  )('%s %s: %s %s', (_ref, _id, _law, _article, citation: Citation) => {
    expect(citation.law).toMatch(/^(D\.Lgs\.|D\.P\.R\.|L\.|CCNL) /);
    expect(citation.article).toMatch(/^art\. \d+(-\w+)?$/);
    // Nothing from outside the seeds pretends to be a seed line.
    expect(citation.file).toBeUndefined();
    expect(citation.lines).toBeUndefined();
  });
});
