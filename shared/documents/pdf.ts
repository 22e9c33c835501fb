/**
 * PDF rendering for published acts (the explained graduatoria): pdfmake lays out the tables, wraps the
 * text and breaks the pages; the document is described by a pure definition built in the domain. The
 * PDF standard fonts (Helvetica, WinAnsi: every Italian accented letter) need no font file, so nothing
 * is downloaded or bundled besides pdfkit's own metrics.
 */
import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const printer = new PdfPrinter({
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
});

/** The PDF bytes of a definition; its `info.creationDate` should be fixed by the caller for a stable file. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = printer.createPdfKitDocument({
      ...definition,
      defaultStyle: { font: 'Helvetica', ...definition.defaultStyle },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
