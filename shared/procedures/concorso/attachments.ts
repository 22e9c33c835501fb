/**
 * The attachments of a domanda (art. 84, L1425-L1437; recruitment.md §3.6.3) as the candidate lists
 * them — the signed list of c.1 last dash: what each document is, which of the bando's prescribed
 * documents it answers, and in what form (original, self-certified copy, or a temporary
 * self-certification, allowed only for documents that are not mandatory, c.2). A missing mandatory
 * document does not stop the domanda being received (it is protocolled as it is): it is a defect the
 * admission must deal with — regularised (art. 89 c.1), admitted with reserve, or excluded. Pure.
 */
import { z } from 'zod';
import type { FieldError } from '../../http/problem';
import { optional, text } from '../../validation/fields';

export const ATTACHMENT_KINDS = {
  CURRICULUM: 'Curriculum professionale',
  DOCUMENTO_BANDO: 'Documento o titolo prescritto dal bando',
  TITOLO_MERITO: 'Titolo di merito da valutare (art. 92)',
  CERTIFICAZIONE_SANITARIA: 'Certificazione sanitaria per tempi aggiuntivi e ausili',
  ALTRO: 'Altro documento',
} as const;

export const ATTACHMENT_FORMS = {
  ORIGINALE: 'Originale',
  COPIA_AUTOCERTIFICATA: 'Fotocopia autocertificata',
  AUTOCERTIFICAZIONE: 'Autocertificazione temporanea (da esibire su richiesta)',
} as const;

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const attachmentSchema = z.strictObject({
  kind: z.enum(keys(ATTACHMENT_KINDS), { error: 'Tipo di allegato non valido.' }),
  description: text(500, "Descrizione dell'allegato"),
  /** The bando's prescribed document it answers, as the bando words it (`requiredAttachments`). */
  answers: optional(text(500, 'Documento richiesto dal bando')),
  form: z.enum(keys(ATTACHMENT_FORMS), {
    error: 'Forma non valida: originale, fotocopia autocertificata o autocertificazione.',
  }),
});
export type Attachment = z.infer<typeof attachmentSchema>;

const CITE = {
  curriculum: 'art. 84 c.1 (L1429)',
  prescribed: 'art. 84 c.1 (L1430)',
  selfCertification: 'art. 84 c.2 (L1435)',
};

/** Shape against the bando, refused at intake: an attachment cannot answer a document the bando does not ask. */
export function attachmentInputErrors(requiredAttachments: readonly string[], attachments: readonly Attachment[]) {
  const errors: FieldError[] = [];
  attachments.forEach((a, i) => {
    if (a.answers !== undefined && !requiredAttachments.includes(a.answers))
      errors.push({ field: `attachments.${i}.answers`, message: 'Non è un documento richiesto dal bando.' });
  });
  return errors;
}

/** What the list lacks or gets wrong, in Italian with the citation; empty when the list is complete. */
export function attachmentDefects(
  requiredAttachments: readonly string[],
  attachments: readonly Attachment[],
): string[] {
  const defects: string[] = [];
  const cv = attachments.filter((a) => a.kind === 'CURRICULUM');
  if (cv.length === 0) defects.push(`manca il curriculum professionale (${CITE.curriculum})`);
  for (const required of requiredAttachments) {
    if (!attachments.some((a) => a.answers === required))
      defects.push(`manca il documento prescritto dal bando "${required}" (${CITE.prescribed})`);
  }
  // Only what is not mandatory may be self-certified for now (c.2): the CV and what the bando prescribes may not.
  for (const a of attachments) {
    if (a.form === 'AUTOCERTIFICAZIONE' && (a.kind === 'CURRICULUM' || a.answers !== undefined))
      defects.push(
        `"${a.description}" è obbligatorio e non può essere sostituito da un'autocertificazione (${CITE.selfCertification})`,
      );
  }
  return defects;
}

/** The documents self-certified for now, which the Administration may ask to see (art. 84 c.2). */
export const toProduceOnRequest = (attachments: readonly Attachment[]) =>
  attachments.filter((a) => a.form === 'AUTOCERTIFICAZIONE');
