import { calendarFor, checkExamDate, computeTerm, type TermRule } from '../../../shared/calendar';
import { STRESA_SETTINGS } from './stresa-settings';

const stresa = calendarFor(STRESA_SETTINGS);

/** T11 / D12 (recruitment.md §3.5, §14): art. 91 c.1, L1497, counted backwards from the first test. */
const NOTICE: TermRule = {
  id: 'concorso.examCalendarNotice',
  label: 'Comunicazione del diario delle prove',
  anchor: 'FIRST_EXAM_DATE',
  kind: 'minimumNotice',
  procedures: ['concorso'],
  quantity: 20,
  unit: 'calendarDays',
  binds: 'administration',
  peremptory: true,
  onExpiry: 'reminderOnly',
  reminders: [],
  citation: { source: 'seed', file: '004_29fc22527282130e.txt', article: 'art. 91', paragraph: 'c. 1', lines: 'L1497' },
};

describe('Calendar: office days and exam days are separate questions (D2; ROUS art. 91 c.2, L1499)', () => {
  it.each([
    ['2025-06-01', ['domenica (giorno festivo)']],
    [
      '2025-06-02',
      ['festività nazionale: Festa della Repubblica', 'festività ebraica: Shavuot (Pentecoste), primo giorno'],
    ],
    [
      '2025-04-20',
      [
        'domenica (giorno festivo)',
        'festività nazionale: Domenica di Pasqua',
        'festività ebraica: Pesach (Pasqua), ottavo giorno',
      ],
    ],
    ['2025-04-21', ["festività nazionale: Lunedì dell'Angelo"]],
    ['2026-04-06', ["festività nazionale: Lunedì dell'Angelo"]],
    ['2025-12-07', ['domenica (giorno festivo)', 'santo patrono: festa patronale cittadina']],
    ['2026-12-07', ['santo patrono: festa patronale cittadina']],
    ['2026-12-08', ['festività nazionale: Immacolata Concezione']],
    [
      '2026-10-04',
      [
        'domenica (giorno festivo)',
        "festività nazionale: Festa nazionale di San Francesco d'Assisi",
        'festività ebraica: Simchat Torà (Festa della Legge)',
      ],
    ],
    ['2027-10-04', ["festività nazionale: Festa nazionale di San Francesco d'Assisi"]],
    ['2025-10-02', ['festività ebraica: Yom Kippur (digiuno di espiazione)']],
    ['2026-09-12', ['festività ebraica: Rosh Hashanà (Capodanno), primo giorno']],
    ['2025-10-04', []],
    ['2025-06-10', []],
    ['2024-10-04', ['festività ebraica: Rosh Hashanà (Capodanno), secondo giorno']],
    ['2024-10-07', []],
  ])('examForbiddenReasons(%s) = %j', (d, reasons) => {
    expect(stresa.examForbiddenReasons(d)).toEqual(reasons);
  });

  it('Saturday: offices closed in Stresa, exams allowed (D2; recruitment §0.5.3)', () => {
    expect(stresa.isOfficeOpen('2025-10-04')).toBe(false);
    expect(stresa.examForbiddenReasons('2025-10-04')).toEqual([]);
  });

  it('an extraordinary office closure is not a giorno festivo', () => {
    const c = calendarFor({ ...STRESA_SETTINGS, extraClosedDays: [{ date: '2025-08-14', reason: 'ponte' }] });
    expect(c.isOfficeOpen('2025-08-14')).toBe(false);
    expect(c.examForbiddenReasons('2025-08-14')).toEqual([]);
  });

  it('a Jewish holiday does not close the office; isWorkingDay is isOfficeOpen', () => {
    for (const d of ['2025-10-02', '2025-10-04', '2025-12-08', '2025-06-10']) {
      expect(stresa.isWorkingDay(d)).toBe(stresa.isOfficeOpen(d));
    }
    expect(stresa.isWorkingDay('2025-10-02')).toBe(true);
  });

  it('examRestrictions carries codes and names', () => {
    expect(stresa.examRestrictions('2025-12-07')).toEqual([
      { code: 'sunday', reason: 'domenica (giorno festivo)' },
      { code: 'patronDay', reason: 'santo patrono: festa patronale cittadina', name: 'festa patronale cittadina' },
    ]);
  });
});

describe('checkExamDate (recruitment §3.10 V14–V15)', () => {
  it('F-D6 (art. 91 c.1, L1497): exam 2025-06-10, notice on 2025-05-21 is in time', () => {
    const r = checkExamDate({ examDate: '2025-06-10', noticeDate: '2025-05-21', calendar: stresa, noticeRule: NOTICE });
    expect(r).toMatchObject({ allowed: true, reasons: [], latestNoticeDate: '2025-05-21' });
    expect(r.citation).toMatchObject({ article: 'art. 91', paragraph: 'c. 2', lines: 'L1499' });
    expect(r.notice.trace.at(-1)?.text).toBe(
      'Preavviso da dare entro il 2025-05-21 ore 23:59:59 (Europe/Rome) — art. 91 c. 1 (L1497)',
    );
  });

  it('F-D6: a notice on 2025-05-22 is one day short', () => {
    const r = checkExamDate({ examDate: '2025-06-10', noticeDate: '2025-05-22', calendar: stresa, noticeRule: NOTICE });
    expect(r.allowed).toBe(false);
    expect(r.reasons).toEqual([
      {
        code: 'noticeTooShort',
        message:
          'Preavviso insufficiente: comunicazione del 2025-05-22, per la prova del 2025-06-10 andava data entro il 2025-05-21 (20 giorni di calendario prima) — art. 91 c. 1 (L1497).',
        citation: NOTICE.citation,
      },
    ]);
  });

  it.each(['2025-06-10', '2025-06-11'])('a notice on %s does not precede the exam', (noticeDate) => {
    const r = checkExamDate({ examDate: '2025-06-10', noticeDate, calendar: stresa, noticeRule: NOTICE });
    expect(r.reasons.map((x) => x.code)).toEqual(['noticeAfterExam']);
    expect(r.reasons[0].message).toBe(
      `La comunicazione del ${noticeDate} non precede la prova del 2025-06-10: andava data entro il 2025-05-21 — art. 91 c. 1 (L1497).`,
    );
  });

  it('Yom Kippur 2025: forbidden, with the Italian reason and the seed citation', () => {
    const r = checkExamDate({ examDate: '2025-10-02', noticeDate: '2025-09-01', calendar: stresa, noticeRule: NOTICE });
    expect(r.allowed).toBe(false);
    expect(r.reasons).toEqual([
      {
        code: 'jewishHoliday',
        message:
          'Il 2025-10-02 è festività religiosa ebraica: Yom Kippur (digiuno di espiazione) (calendario ai sensi della L. 101/1989, art. 5); le prove non possono aver luogo in tale giorno — art. 91 c. 2 (L1499).',
        citation: r.citation,
      },
    ]);
  });

  it('every reason at once: Sunday 7 December 2025, noticed the day after', () => {
    const r = checkExamDate({ examDate: '2025-12-07', noticeDate: '2025-12-08', calendar: stresa, noticeRule: NOTICE });
    expect(r.reasons.map((x) => x.code)).toEqual(['sunday', 'patronDay', 'noticeAfterExam']);
    expect(r.reasons[0].message).toBe(
      'Il 2025-12-07 è domenica, giorno festivo; le prove non possono aver luogo in tale giorno — art. 91 c. 2 (L1499).',
    );
    expect(r.reasons[1].message).toBe(
      'Il 2025-12-07 è la festa del santo patrono (festa patronale cittadina); le prove non possono aver luogo in tale giorno — art. 91 c. 2 (L1499).',
    );
  });

  it.each([
    ['2025-12-08', 'holiday', 'Il 2025-12-08 è festività nazionale (Immacolata Concezione)'],
    ['2026-12-07', 'patronDay', 'Il 2026-12-07 è la festa del santo patrono (festa patronale cittadina)'],
  ])('%s → %s', (examDate, code, start) => {
    const r = checkExamDate({ examDate, calendar: stresa, noticeRule: NOTICE });
    expect(r.reasons.map((x) => x.code)).toEqual([code]);
    expect(r.reasons[0].message.startsWith(start)).toBe(true);
  });

  it('a Waldensian holiday entered by the entity', () => {
    const c = calendarFor({
      ...STRESA_SETTINGS,
      religiousHolidays: { '2026': { waldensian: [{ date: '2026-02-17', name: 'XVII Febbraio' }] } },
    });
    const r = checkExamDate({ examDate: '2026-02-17', calendar: c, noticeRule: NOTICE });
    expect(r.reasons).toEqual([
      {
        code: 'waldensianHoliday',
        message:
          'Il 2026-02-17 è festività religiosa valdese: XVII Febbraio; le prove non possono aver luogo in tale giorno — art. 91 c. 2 (L1499).',
        citation: r.citation,
      },
    ]);
  });

  it('Saturday 2025-10-04 is allowed; without a notice date only the day is checked', () => {
    const r = checkExamDate({ examDate: '2025-10-04', calendar: stresa, noticeRule: NOTICE });
    expect(r).toMatchObject({ allowed: true, reasons: [], latestNoticeDate: '2025-09-14' });
  });

  it('the latest notice day may be a closed day: it stays literal and the trace says so', () => {
    const r = checkExamDate({ examDate: '2025-06-21', calendar: stresa, noticeRule: NOTICE });
    expect(r.latestNoticeDate).toBe('2025-06-01');
    expect(r.notice.rolledForward).toBe(false);
    expect(r.notice.trace.at(-1)?.text).toBe(
      'Preavviso da dare entro il 2025-06-01 ore 23:59:59 (Europe/Rome) — domenica: data non spostata, la comunicazione va fatta entro tale giorno — art. 91 c. 1 (L1497)',
    );
  });

  it('latestNoticeDate is the minimumNotice computation', () => {
    const r = checkExamDate({ examDate: '2026-03-02', calendar: stresa, noticeRule: NOTICE });
    expect(r.latestNoticeDate).toBe(computeTerm(NOTICE, '2026-03-02', stresa).dueDate);
    expect(r.latestNoticeDate).toBe('2026-02-10');
  });

  it('refuses a rule that is not a minimumNotice, and invalid dates', () => {
    expect(() =>
      checkExamDate({ examDate: '2025-06-10', calendar: stresa, noticeRule: { ...NOTICE, kind: 'deadline' } }),
    ).toThrow('La regola concorso.examCalendarNotice non è un termine di preavviso (minimumNotice).');
    expect(() => checkExamDate({ examDate: '2025-02-30', calendar: stresa, noticeRule: NOTICE })).toThrow(
      /Invalid ISO date/,
    );
    expect(() =>
      checkExamDate({ examDate: '2025-06-10', noticeDate: '2025-5-1', calendar: stresa, noticeRule: NOTICE }),
    ).toThrow(/Invalid ISO date/);
  });
});
