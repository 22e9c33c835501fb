/**
 * Plain Italian e-mails with an HTML and a text part (DECISIONS D5). Every notice states the office, the
 * responsible officer, the term and how to reply (L. 241/1990 art. 7-8), so the builder asks for them.
 */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export interface EmailSpec {
  subject: string;
  greeting: string;
  paragraphs: string[];
  facts: [label: string, value: string][];
  closing: string[];
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export function renderEmail(spec: EmailSpec): EmailContent {
  const text = [
    spec.greeting,
    '',
    ...spec.paragraphs.flatMap((p) => [p, '']),
    ...spec.facts.map(([label, value]) => `${label}: ${value}`),
    '',
    ...spec.closing,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="it"><body style="font-family:Titillium Web,Arial,sans-serif;color:#1a1a1a">',
    `<p>${escapeHtml(spec.greeting)}</p>`,
    ...spec.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '<table role="presentation" style="border-collapse:collapse">',
    ...spec.facts.map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    ...spec.closing.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</body></html>',
  ].join('');
  return { subject: spec.subject, text, html };
}

/** 2025-04-03 → "3 aprile 2025", as Italian notices write dates. */
export function italianDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const months = [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ];
  return `${d} ${months[m - 1]} ${y}`;
}
