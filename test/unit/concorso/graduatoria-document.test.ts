/**
 * The published graduatoria's PDF definition (art. 101; D3: every position explained): the facts of the
 * approval, one row per idoneo with points by component and the seat won, the explanations with their
 * citations, the reserves and criteria; then the rendered file itself, stable for the same approval.
 */
import type { ContentTable, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../../shared/documents/pdf';
import type { ApprovedGraduatoria } from '../../../shared/procedures/concorso/approval';
import { graduatoriaDocument, outcomeOf } from '../../../shared/procedures/concorso/graduatoria-document';
import { type RankCandidate, rank } from '../../../shared/procedures/concorso/ranking';
import { pdfPages, pdfText } from '../../support/pdf';

const proved = { declared: true, documented: true } as const;
const military = { reserves: [{ kind: 'MILITARY_VOLUNTEERS' as const, dischargedWithoutDemerit: true, ...proved }] };
const candidates: RankCandidate[] = Array.from({ length: 12 }, (_, i) => ({
  id: `c${String(i + 1).padStart(2, '0')}`,
  name: `Candidata ${i + 1} Àlvarez`,
  birthDate: '1990-01-01',
  marks: { written: [24], oral: 30 - i * 0.5 },
  ...([2, 9, 12].includes(i + 1) ? military : {}),
}));
const ranking = rank(candidates, {
  posts: 10,
  competitionType: 'PER_ESAMI',
  reserves: [{ kind: 'MILITARY_VOLUNTEERS' }],
});
const approval: ApprovedGraduatoria = {
  approval: { number: 'DET-310', date: '2026-06-22' },
  graduatoriaId: 'stresa.g1',
  validUntil: '2029-06-22',
  rankingDigest: 'ab12cd34ef56ab78cd90ef12ab34cd56ef78ab90cd12ef34ab56cd78ef90ab12',
  rankingParts: 1,
  winners: [],
  idonei: ranking.entries.length,
  notIdonei: 0,
  ratification: { number: 'DG 77/2026', date: '2026-06-30', recordedAt: '2026-06-30T10:00:00Z' },
};
const input = {
  entityName: 'Città di Stresa',
  concorso: {
    title: 'Concorso per 10 posti di Istruttore amministrativo',
    competitionType: 'PER_ESAMI' as const,
    indizione: { number: 'DET-112', date: '2026-01-15' },
  },
  approval,
  ranking,
};
const doc: TDocumentDefinitions = graduatoriaDocument(input);
const content = doc.content as (ContentText | ContentTable)[];
const [facts, rows] = content.filter((c): c is ContentTable => 'table' in c);
const text = (cell: unknown) => (cell as ContentText).text;

test('the facts: the indizione, the posts and reserved seats, the approval, the ratification, the validity', () => {
  expect(facts.table.body.map(([k, v]) => [text(k), v])).toEqual([
    ['Concorso', 'per esami, indetto con determinazione n. DET-112 del 15 gennaio 2026'],
    ['Posti', '10, di cui 3 riservati'],
    ['Approvazione', 'atto n. DET-310 del 22 giugno 2026, immediatamente efficace (art. 101 c.2)'],
    ['Ratifica della Giunta', 'delibera n. DG 77/2026 del 30 giugno 2026 (art. 102)'],
    ['Validità', 'fino al 22 giugno 2029: tre anni dall’approvazione (art. 101 c.5)'],
    ['Punteggio finale', expect.stringContaining('(art. 99)')],
    ['Idonei', '12, di cui 10 vincitori; non idonei: 0 (elenco agli atti)'],
  ]);
});

test('one row per idoneo in order: points by component, the seat won, every explanation with its citation', () => {
  const body = rows.table.body;
  expect(body[0].map(text)).toEqual([
    'Pos.',
    'Candidato',
    'Prove',
    'Orale',
    'Titoli',
    'Totale',
    'Esito',
    'Motivazione, con il fondamento di ogni criterio',
  ]);
  expect(body.slice(1).map((r) => text(r[1]))).toEqual(ranking.entries.map((e) => e.name));
  expect(body.slice(1, 3).map((r) => r.slice(0, 6).map(text))).toEqual([
    ['1', 'Candidata 1 Àlvarez', '24', '30', '—', '54'],
    ['2', 'Candidata 2 Àlvarez', '24', '29,5', '—', '53,5'],
  ]);
  // The 12th, entitled to a military seat, wins one though ninth by merit (art. 112).
  const twelfth = body.find((r) => text(r[1]) === 'Candidata 12 Àlvarez')!;
  expect(text(twelfth[6])).toMatch(/^Vincitore su posto riservato \(.+\)$/);
  expect(body.filter((r) => text(r[6]) === 'Idoneo')).toHaveLength(2);
  for (const [i, e] of ranking.entries.entries()) {
    const explanation = (body[i + 1][7] as { ul: string[] }).ul;
    expect(explanation).toEqual(e.explanation);
    for (const line of explanation) expect(line).toMatch(/ — .+/);
  }
});

test('the reserves and the criteria follow; the footer ties the paper to the stored ranking', () => {
  expect(content.map((c) => (c as ContentText).text).filter((t) => typeof t === 'string')).toEqual(
    expect.arrayContaining(['Posti riservati', 'Criteri applicati']),
  );
  const footer = (doc.footer as (page: number, pages: number) => { columns: ContentText[] })(2, 3);
  expect(footer.columns.map((c) => c.text)).toEqual([
    'Impronta della graduatoria registrata (SHA-256): ab12cd34ef56ab78…',
    'Pagina 2 di 3',
  ]);
  expect(outcomeOf({ ...ranking.entries[0], winner: false })).toBe('Idoneo');
});

test('rendered: a PDF with the text in Italian, the same bytes for the same approval', async () => {
  const [a, b] = await Promise.all([renderPdf(doc), renderPdf(graduatoriaDocument(input))]);
  expect(a.subarray(0, 5).toString()).toBe('%PDF-');
  expect(a.equals(b)).toBe(true);
  expect(pdfPages(a)).toBeGreaterThanOrEqual(1);
  const shown = pdfText(a);
  expect(shown).toContain('Graduatoria di merito');
  expect(shown).toContain('Città di Stresa');
  expect(shown).toContain('Candidata 12 Àlvarez');
  expect(shown).toContain('immediatamente efficace');
});
