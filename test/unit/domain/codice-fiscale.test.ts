import fc from 'fast-check';
import { checkCharacter, isValidCodiceFiscale } from '../../../shared/validation/codice-fiscale';

describe('codice fiscale (D.M. 23 dicembre 1976)', () => {
  test.each([
    ['RSSMRA85T10A562S', true],
    ['MRTMTT91D08F205J', true],
    ['rssmra85t10a562s', true],
    ['RSSMRA85T10A562X', false], // wrong check character
    ['RSSMRA85T10A56', false], // too short
    ['RSSMRA85Z10A562S', false], // Z is no month letter
    ['RSSMRA85T32A562S', false], // day 32
  ])('%s → %s', (cf, valid) => expect(isValidCodiceFiscale(cf)).toBe(valid));

  test('omocodia: digits replaced by letters keep the code valid when the check character is recomputed', () => {
    const base = 'RSSMRA85T10A562';
    const omocode = `${base.slice(0, 14)}V`; // last digit 2 → ... replaced by a letter of the table
    const full = omocode + checkCharacter(omocode);
    expect(isValidCodiceFiscale(full)).toBe(true);
  });

  test('any single-character change of a valid code is refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
        (pos, ch) => {
          const cf = 'RSSMRA85T10A562S';
          fc.pre(cf[pos] !== ch);
          const changed = cf.slice(0, pos) + ch + cf.slice(pos + 1);
          return !isValidCodiceFiscale(changed);
        },
      ),
    );
  });
});
