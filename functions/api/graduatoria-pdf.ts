/**
 * The published graduatoria as a PDF (GET …/graduatoria.pdf, for HR and for the public): the stored,
 * digest-checked ranking laid out by graduatoria-document.ts. Nothing is stored: the same approval
 * renders the same document.
 */

import { renderPdf } from '../../shared/documents/pdf';
import { findEntity } from '../../shared/entities/entities';
import type { HttpResponse } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import type { Concorso } from '../../shared/procedures/concorso/concorso';
import { graduatoriaDocument } from '../../shared/procedures/concorso/graduatoria-document';
import { approvedRanking } from '../../shared/store/marked-tests';

export async function graduatoriaPdf(concorso: Concorso): Promise<HttpResponse> {
  const approval = concorso.data.graduatoria;
  if (!approval) throw problems.notFound('Nessuna graduatoria approvata per questo concorso.');
  const ranking = await approvedRanking(concorso.entityId, concorso.id, approval.rankingDigest);
  const pdf = await renderPdf(
    graduatoriaDocument({
      entityName: findEntity(concorso.entityId)?.name ?? concorso.entityId,
      concorso: concorso.data.bando,
      approval,
      ranking,
    }),
  );
  return {
    status: 200,
    body: pdf,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="graduatoria-${concorso.id}.pdf"`,
    },
  };
}
