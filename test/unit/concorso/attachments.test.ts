/** The list of attachments (art. 84, L1425-L1437): what the admission finds missing, case by case. */
import {
  type Attachment,
  attachmentDefects,
  attachmentInputErrors,
  toProduceOnRequest,
} from '../../../shared/procedures/concorso/attachments';
import { applicationSchema } from '../../../shared/procedures/concorso/schemas';
import { candidate } from '../../support/fixtures';

const REQUIRED = ['curriculum vitae', 'ricevuta della tassa di concorso'];
const cv: Attachment = { kind: 'CURRICULUM', description: 'CV', answers: 'curriculum vitae', form: 'ORIGINALE' };
const fee: Attachment = {
  kind: 'DOCUMENTO_BANDO',
  description: 'Ricevuta',
  answers: 'ricevuta della tassa di concorso',
  form: 'COPIA_AUTOCERTIFICATA',
};

test('complete: the CV and each prescribed document, in original or self-certified copy', () => {
  expect(attachmentDefects(REQUIRED, [cv, fee])).toEqual([]);
  // A bando that prescribes nothing still needs the CV (c.1, first dash).
  expect(attachmentDefects([], [{ ...cv, answers: undefined }])).toEqual([]);
  expect(attachmentDefects([], [])).toEqual(['manca il curriculum professionale (art. 84 c.1 (L1429))']);
});

test('each prescribed document missing is named with its wording', () => {
  expect(attachmentDefects(REQUIRED, [{ ...cv, answers: undefined }])).toEqual([
    'manca il documento prescritto dal bando "curriculum vitae" (art. 84 c.1 (L1430))',
    'manca il documento prescritto dal bando "ricevuta della tassa di concorso" (art. 84 c.1 (L1430))',
  ]);
});

test('only documents that are not mandatory may be self-certified for now (c.2)', () => {
  expect(attachmentDefects(REQUIRED, [cv, { ...fee, form: 'AUTOCERTIFICAZIONE' }])).toEqual([
    '"Ricevuta" è obbligatorio e non può essere sostituito da un\'autocertificazione (art. 84 c.2 (L1435))',
  ]);
  const title: Attachment = { kind: 'TITOLO_MERITO', description: 'Servizio a Baveno', form: 'AUTOCERTIFICAZIONE' };
  expect(attachmentDefects(REQUIRED, [cv, fee, title])).toEqual([]);
  expect(toProduceOnRequest([cv, fee, title])).toEqual([title]);
});

test('at intake: an attachment answering a document the bando does not prescribe is refused by position', () => {
  expect(attachmentInputErrors(REQUIRED, [cv, { ...fee, answers: 'certificato' }])).toEqual([
    { field: 'attachments.1.answers', message: 'Non è un documento richiesto dal bando.' },
  ]);
  expect(attachmentInputErrors(REQUIRED, [cv, fee])).toEqual([]);
});

test('the schema: kinds and forms in Italian, the list optional and bounded', () => {
  expect(applicationSchema.parse({ ...candidate(1), attachments: undefined }).attachments).toEqual([]);
  const bad = applicationSchema.safeParse({
    ...candidate(1),
    attachments: [{ ...cv, kind: 'FOTO', form: 'SCANSIONE' }],
  });
  expect(bad.success).toBe(false);
  expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
    ['attachments.0.kind', 'Tipo di allegato non valido.'],
    ['attachments.0.form', 'Forma non valida: originale, fotocopia autocertificata o autocertificazione.'],
  ]);
  const many = applicationSchema.safeParse({ ...candidate(1), attachments: Array.from({ length: 31 }, () => cv) });
  expect(many.success).toBe(false);
});
