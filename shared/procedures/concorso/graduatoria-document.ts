/**
 * The published graduatoria (art. 101; D3: "every ranking must be explainable"): a pure description of
 * the PDF — the approval and its validity, each idoneo's points by component, the seat won (general or
 * reserved), the sentences that explain the position with their citations (preference titles, reserves,
 * the tie-break applied), then the reserved seats and the criteria. Built from the stored ranking, whose
 * digest the footer prints, so the paper and the record can be matched. shared/documents/pdf.ts renders it.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { italianDate } from '../../notify/email';
import type { ApprovedGraduatoria } from './approval';
import type { Ranking, RankingEntry } from './ranking';

export interface GraduatoriaDocumentInput {
  entityName: string;
  concorso: {
    title: string;
    competitionType: 'PER_ESAMI' | 'PER_TITOLI_ED_ESAMI';
    indizione: { number: string; date: string };
  };
  approval: ApprovedGraduatoria;
  ranking: Ranking;
}

const points = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 0, maximumFractionDigits: 3 });
const COMPETITION = { PER_ESAMI: 'per esami', PER_TITOLI_ED_ESAMI: 'per titoli ed esami' } as const;
const AGGREGATION = {
  ART_99:
    'media dei voti delle prove scritte e pratiche, più il voto della prova orale e, se previsti, i titoli (art. 99)',
  ALLEGATO_I: 'modello a 100 punti dell’Allegato I',
} as const;

/** The seat the position wins, in words. */
export function outcomeOf(e: RankingEntry): string {
  if (!e.winner) return 'Idoneo';
  return e.reserve ? `Vincitore su posto riservato (${e.reserve.label})` : 'Vincitore';
}

const head = (text: string): TableCell => ({ text, style: 'th' });

function entryRow(e: RankingEntry): TableCell[] {
  const c = e.components;
  return [
    { text: String(e.position), alignment: 'right' },
    { text: e.name ?? e.candidateId, bold: e.winner },
    { text: points.format(c.exams), alignment: 'right' },
    { text: points.format(c.oral), alignment: 'right' },
    { text: c.titlesCounted ? points.format(c.titles) : '—', alignment: 'right' },
    { text: points.format(e.score), alignment: 'right', bold: true },
    { text: outcomeOf(e), bold: e.winner },
    { ul: e.explanation, fontSize: 7 },
  ];
}

export function graduatoriaDocument(input: GraduatoriaDocumentInput): TDocumentDefinitions {
  const { approval: g, ranking: r, concorso } = input;
  const facts: [string, string][] = [
    [
      'Concorso',
      `${COMPETITION[concorso.competitionType]}, indetto con determinazione n. ${concorso.indizione.number} del ${italianDate(concorso.indizione.date)}`,
    ],
    [
      'Posti',
      `${r.posts}${r.posts === r.openSeats ? ', nessuno riservato' : `, di cui ${r.posts - r.openSeats} riservati`}`,
    ],
    [
      'Approvazione',
      `atto n. ${g.approval.number} del ${italianDate(g.approval.date)}, immediatamente efficace (art. 101 c.2)`,
    ],
    ...(g.ratification
      ? [
          [
            'Ratifica della Giunta',
            `delibera n. ${g.ratification.number} del ${italianDate(g.ratification.date)} (art. 102)`,
          ] as [string, string],
        ]
      : []),
    ['Validità', `fino al ${italianDate(g.validUntil)}: tre anni dall’approvazione (art. 101 c.5)`],
    ['Punteggio finale', AGGREGATION[r.aggregation]],
    [
      'Idonei',
      `${r.entries.length}, di cui ${r.winners.length} vincitori; non idonei: ${r.excluded.length} (elenco agli atti)`,
    ],
  ];
  const content: Content[] = [
    { text: input.entityName, style: 'entity' },
    { text: 'Graduatoria di merito', style: 'h1' },
    { text: concorso.title, style: 'h2' },
    {
      table: { widths: [110, '*'], body: facts.map(([k, v]) => [{ text: k, bold: true }, v]) },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [22, 110, 40, 34, 34, 40, 80, '*'],
        body: [
          [
            head('Pos.'),
            head('Candidato'),
            head('Prove'),
            head('Orale'),
            head('Titoli'),
            head('Totale'),
            head('Esito'),
            head('Motivazione, con il fondamento di ogni criterio'),
          ],
          ...r.entries.map(entryRow),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
  if (r.reserves.length) {
    content.push({ text: 'Posti riservati', style: 'h3' }, { ul: r.reserves.map((s) => s.text) });
  }
  if (r.explanation.length) content.push({ text: 'Criteri applicati', style: 'h3' }, { ul: r.explanation });
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: {
      title: `Graduatoria — ${concorso.title}`,
      author: input.entityName,
      subject: `Approvata con atto n. ${g.approval.number} del ${italianDate(g.approval.date)}`,
      // Fixed to the approval: the same stored ranking renders the same file.
      creationDate: new Date(`${g.approval.date}T00:00:00Z`),
    },
    footer: (page, pages) => ({
      columns: [
        { text: `Impronta della graduatoria registrata (SHA-256): ${g.rankingDigest.slice(0, 16)}…`, fontSize: 7 },
        { text: `Pagina ${page} di ${pages}`, alignment: 'right', fontSize: 8 },
      ],
      margin: [36, 10, 36, 0],
    }),
    content,
    defaultStyle: { fontSize: 8 },
    styles: {
      entity: { fontSize: 10, bold: true, margin: [0, 0, 0, 4] },
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
      h2: { fontSize: 11, margin: [0, 0, 0, 8] },
      h3: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      th: { bold: true, fillColor: '#eeeeee' },
    },
  };
}
