import { z } from 'zod';

/**
 * A date an act bears (YYYY-MM-DD, a real calendar day). Bounded to 1900–2199: the calendar computes
 * holidays and Europe/Rome time for those years, and nothing in an HR procedure lies outside them.
 */
export const legalDate = (message = 'Data non valida (formato AAAA-MM-GG).') =>
  z.iso.date({ error: message }).refine((d) => d >= '1900-01-01' && d <= '2199-12-31', {
    message: 'Data fuori dall’intervallo ammesso (1900–2199).',
  });
