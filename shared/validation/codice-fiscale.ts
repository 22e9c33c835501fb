/**
 * Italian tax code (codice fiscale) check, per D.M. 23 dicembre 1976 (structure and check character),
 * including omocodia (digits replaced by letters L M N P Q R S T U V). Written here rather than taken
 * from codice-fiscale-js, which bundles a 3 MB municipality table into every function for this check.
 */
const ODD: Record<string, number> = Object.fromEntries(
  [...'0123456789']
    .map((d, i) => [d, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21][i]])
    .concat(
      [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
        c,
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][i],
      ]),
    ),
);

const even = (c: string) => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

// Positions (0-based) that hold digits in the standard form; omocodia may replace them with these letters.
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const OMOCODIA = 'LMNPQRSTUV';
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

export function checkCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? ODD[first15[i]] : even(first15[i]);
  return String.fromCharCode(65 + (sum % 26));
}

export function isValidCodiceFiscale(raw: string): boolean {
  const cf = raw.toUpperCase();
  if (!SHAPE.test(cf)) return false;
  if (checkCharacter(cf.slice(0, 15)) !== cf[15]) return false;
  // Day of birth (01–31, or 41–71 for women) once omocodia letters are mapped back to digits.
  const plain = [...cf].map((c, i) =>
    DIGIT_POSITIONS.includes(i) && OMOCODIA.includes(c) ? String(OMOCODIA.indexOf(c)) : c,
  );
  const day = Number(plain[9] + plain[10]);
  return (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
}
