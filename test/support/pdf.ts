/**
 * Reading the PDFs the system renders, in tests: the bytes as served, and the text each page shows.
 * pdfkit writes text with the standard fonts as hex strings inside TJ arrays of deflated content
 * streams; pdfmake places each word on its own (with its trailing space), so the words joined give the
 * text, except that a line's last word meets the next line's first without a space.
 */
import { inflateSync } from 'node:zlib';

export async function fetchPdf(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The text of a PDF produced by pdfmake (WinAnsi: Latin-1 for every Italian letter), in drawing order. */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  const raw = pdf.toString('latin1');
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      continue; // not a deflated content stream (fonts, images)
    }
    for (const tj of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\] TJ/g)) {
      const text = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((h) => Buffer.from(h[1], 'hex').toString('latin1'))
        .join('');
      lines.push(text);
    }
  }
  return lines.join('');
}

/** The pages a PDF declares. */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
