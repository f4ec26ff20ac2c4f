/**
 * Deals and China's export controls: the rules a card relies on (dates in order, a headline
 * that is the sum of its parts, an enumerated status with its source, a Chinese twin for every
 * prose field), checked on the shipped files and on broken copies that must be refused.
 */
import { describe, expect, it } from 'vitest';
import { Control, Deal, type FileMeta } from '../../lib/dataset/schema';
import { readJson } from '../../lib/dataset/build/inputs';
import { loadDataset } from '../../lib/dataset/load';
import { notBefore } from '../../lib/dataset/partial-dates';

const dataset = loadDataset();
// Read, not parsed: a broken file fails the tests below one by one (dataset.test.ts parses it whole).
const dealsFile = readJson<{ meta: FileMeta }>('deals.json');
const controlsFile = readJson<{ meta: FileMeta }>('controls.json');
const deal = (id: string) => dataset.deal(id)!;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const issues = (schema: { safeParse(x: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, x: unknown) =>
  schema.safeParse(x).error?.issues.map((i) => i.message) ?? [];
/** Each issue as "[path] message": where a record was refused and why. */
const placedIssues = (schema: { safeParse(x: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, x: unknown) =>
  schema.safeParse(x).error?.issues.map((i) => `[${i.path.join('.')}] ${i.message}`) ?? [];

describe('partial dates', () => {
  it.each([
    ['2025-07', '2025-07-10', true],
    ['2025-07-10', '2025-07', true],
    ['2025-06', '2025-07-10', false],
    ['2025-12', '2026-02', false],
    ['2026', '2025-12-31', true],
    ['2025-07-09', '2025-07-10', false],
  ])('notBefore(%s, %s) = %s', (later, earlier, expected) => expect(notBefore(later, earlier)).toBe(expected));

});

describe('deals.json', () => {
  it('holds at least 40 deals dated from 2023 to the file\'s as-of date', () => {
    const inRange = dataset.deals.filter((d) => d.date >= '2023' && notBefore(dealsFile.meta.asOf, d.date));
    expect(inRange.length).toBeGreaterThanOrEqual(40);
  });

  it('never dates an as-of before the deal, its status or its value', () => {
    for (const d of dataset.deals) {
      expect(notBefore(d.asOf, d.date), `${d.id} asOf ${d.asOf} < ${d.date}`).toBe(true);
      expect(notBefore(d.status.asOf, d.date), `${d.id} status`).toBe(true);
      expect(notBefore(d.asOf, d.status.asOf), `${d.id} asOf before status`).toBe(true);
      if (d.value) expect(notBefore(d.asOf, d.value.asOf), `${d.id} asOf before value`).toBe(true);
    }
  });

  it('makes every headline the sum of its priced parts, and a floor when some part has no figure', () => {
    for (const d of dataset.deals) {
      const parts = d.value?.parts;
      if (!parts) continue;
      const priced = parts.filter((p) => p.amount !== undefined);
      expect(priced.reduce((s, p) => s + p.amount!, 0), d.id).toBe(d.value!.amount);
      if (priced.length < parts.length) expect(d.value!.qualifier, d.id).toBe('at-least');
    }
  });

  it('gives every deal a Chinese title and summary, and Chinese twins of its notes and roles', () => {
    const CJK = /[\u3400-\u9fff]/;
    for (const d of dataset.deals) {
      for (const text of [d.titleZh, d.summaryZh, d.dateNoteZh, d.status.noteZh, d.value?.wordingZh, ...(d.value?.parts ?? []).map((p) => p.labelZh), ...d.parties.map((p) => p.roleZh)]) {
        if (text !== undefined) expect(text, d.id).toMatch(CJK);
      }
      expect(!!d.dateNote, d.id).toBe(!!d.dateNoteZh);
      expect(!!d.status.note, d.id).toBe(!!d.status.noteZh);
      for (const p of d.parties) expect(!!p.role, `${d.id} ${p.organisation ?? p.country}`).toBe(!!p.roleZh);
    }
  });

  it('cites a source for every deal, its status and its value', () => {
    for (const d of dataset.deals) {
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      expect(d.status.source, d.id).toMatch(/^https?:\/\//);
      if (d.value) expect(d.value.source, d.id).toMatch(/^https?:\/\//);
    }
  });
});

describe('the label fixes of issue 14', () => {
  it('shows the Department of Defense–MP Materials package whole: equity, loan, bank financing, price floor and offtake', () => {
    const value = deal('deal:dod-mp-materials-2025').value!;
    expect(value.amount).toBe(1_550_000_000);
    expect(value.qualifier).toBe('at-least');
    expect(value.parts!.map((p) => p.label).join(' ')).toMatch(/preferred stock.*loan.*JPMorgan.*price floor.*10X/s);
  });

  it('puts EU–Chile in force since the Interim Trade Agreement of 1 February 2025', () => {
    const d = deal('deal:eu-chile-advanced-framework-2023');
    expect(d.status.state).toBe('in-force');
    expect(d.status.note).toContain('1 February 2025');
  });

  it('adds the Vulcan Elements/ReElement parts to US$1.30 billion and calls the loans conditional', () => {
    const d = deal('deal:vulcan-reelement-2025');
    expect(d.value!.amount).toBe(1_300_000_000);
    expect(d.status.state).toBe('conditional');
  });

  it('lists the minerals the US–Ukraine agreement names', () => {
    expect(deal('deal:us-ukraine-reconstruction-fund-2025').minerals).toEqual(
      expect.arrayContaining(['mineral:lithium', 'mineral:graphite', 'mineral:titanium', 'mineral:uranium', 'mineral:neodymium']),
    );
  });

  it('dates US–Uzbekistan no later than its as-of', () => {
    const d = deal('deal:us-uzbekistan-mou-2026');
    expect(notBefore(d.asOf, d.date)).toBe(true);
  });
});

describe('the deal schema refuses', () => {
  const good = clone(deal('deal:vulcan-reelement-2025'));

  it('accepts the shipped deal it starts from', () => {
    expect(issues(Deal, good)).toEqual([]);
  });

  it('an as-of before the deal\'s date', () => {
    expect(issues(Deal, { ...clone(good), asOf: '2025-10' })).toEqual(expect.arrayContaining([expect.stringContaining("before the deal's date")]));
  });

  it('parts that do not add up to the headline (the old US$1.4 billion)', () => {
    const d = clone(good);
    d.value!.amount = 1_400_000_000;
    expect(issues(Deal, d)).toEqual(expect.arrayContaining([expect.stringContaining('the parts add to 1300000000')]));
  });

  it('a part without a figure under a headline that is not a floor', () => {
    const d = clone(good);
    delete d.value!.qualifier;
    expect(issues(Deal, d)).toEqual(expect.arrayContaining([expect.stringContaining('qualifier at-least')]));
  });

  it('a free-text status', () => {
    const d = clone(good) as unknown as { status: { state: string } };
    d.status.state = 'signed (non-binding)';
    expect(issues(Deal, d).length).toBeGreaterThan(0);
  });

  it('prose without its Chinese twin', () => {
    const noSummary = clone(good) as Partial<Deal>;
    delete noSummary.summaryZh;
    expect(issues(Deal, noSummary).length).toBeGreaterThan(0);
    const noteOnly = clone(good);
    delete noteOnly.status.noteZh;
    expect(issues(Deal, noteOnly)).toEqual(expect.arrayContaining(['note and noteZh come together']));
    const latinZh = clone(good);
    latinZh.summaryZh = 'not Chinese at all';
    expect(issues(Deal, latinZh)).toEqual(expect.arrayContaining(['a Chinese text holds Chinese characters']));
  });
});

describe('the deal schema says where', () => {
  // Dated 2025-11-03, as of 2025-11-24; its status is as of 2025-11-24 and its value as of 2025-11.
  // Its value: 1.30 billion USD, at least, from four priced parts and one without a figure.
  const good = clone(deal('deal:vulcan-reelement-2025'));
  const refusals = (edit: (d: Record<string, any>) => void) => {
    const d = clone(good) as Record<string, any>;
    edit(d);
    return placedIssues(Deal, d);
  };

  it('an English note, date note or role lacks its Chinese twin', () => {
    expect(refusals((d) => delete d.status.noteZh)).toEqual(['[status.noteZh] note and noteZh come together']);
    expect(refusals((d) => (d.dateNote = 'Announced on a Monday.'))).toEqual(['[dateNoteZh] dateNote and dateNoteZh come together']);
    expect(refusals((d) => delete d.parties[1].roleZh)).toEqual(['[parties.1.roleZh] role and roleZh come together']);
  });

  it('a party names neither a country nor an organisation', () => {
    expect(refusals((d) => delete d.parties[0].country)).toEqual(['[parties.0] a party names a country or an organisation']);
  });

  it('an amount and its currency do not come together', () => {
    expect(refusals((d) => (d.value.parts[4].currency = 'USD'))).toEqual(['[value.parts.4] a part with an amount names its currency, and only then']);
    expect(refusals((d) => delete d.value.currency)).toEqual([
      '[value.currency] an amount names its currency, and only then',
      '[value.parts] parts are in the headline currency',
    ]);
    expect(refusals((d) => (d.value.parts[0].currency = 'EUR'))).toEqual(['[value.parts] parts are in the headline currency']);
  });

  it('the headline is not the sum of its parts, rounding aside', () => {
    expect(refusals((d) => (d.value.amount = 1_300_000_000.5))).toEqual([]);
    expect(refusals((d) => (d.value.amount = 1_300_000_001))).toEqual(['[value.amount] the parts add to 1300000000, the headline says 1300000001']);
    expect(refusals((d) => delete d.value.qualifier)).toEqual(['[value.qualifier] parts without a figure make the headline a floor: qualifier at-least']);
  });

  it('a status or value is dated before the deal, or the deal\'s as-of before either', () => {
    expect(refusals((d) => (d.status.asOf = '2025-10'))).toEqual(["[status.asOf] status.asOf 2025-10 is before the deal's date 2025-11-03"]);
    expect(refusals((d) => (d.value.asOf = '2025-10-30'))).toEqual(["[value.asOf] value.asOf 2025-10-30 is before the deal's date 2025-11-03"]);
    expect(refusals((d) => (d.status.asOf = '2025-12'))).toEqual(['[asOf] asOf 2025-11-24 is before status.asOf 2025-12']);
    expect(refusals((d) => (d.asOf = '2025-10'))).toEqual([
      "[asOf] asOf 2025-10 is before the deal's date 2025-11-03",
      '[asOf] asOf 2025-10 is before status.asOf 2025-11-24',
      '[asOf] asOf 2025-10 is before value.asOf 2025-11',
    ]);
  });
});

describe('controls.json', () => {
  it('has the December 2023 ban on exporting rare-earth extraction, separation and magnet technology', () => {
    const c = dataset.control('control:cn-2023-57')!;
    expect(c.announced).toBe('2023-12-21');
    expect(c.scope).toBe('technology-ban');
    expect(c.minerals).toContain('mineral:rare-earths');
  });

  it('gives no control a status that expired before the file\'s as-of date', () => {
    for (const c of dataset.controls) {
      if (c.status.until && !notBefore(c.status.until, controlsFile.meta.asOf)) {
        expect(['unclear', 'lapsed', 'superseded'], `${c.id} ${c.status.state} until ${c.status.until}`).toContain(c.status.state);
      }
    }
  });

  it('says plainly, with the date of its source, when the status after a suspension is unknown', () => {
    for (const c of dataset.controls.filter((x) => x.status.state === 'unclear')) {
      expect(c.status.text, c.id).toMatch(/no source found/i);
      expect(c.status.textZh, c.id).toMatch(/未找到/);
      expect(c.status.asOf, c.id).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('links every changed measure to the measure that changed it', () => {
    for (const c of dataset.controls) {
      if (c.status.by) expect(dataset.control(c.status.by)?.suspends, c.id).toContain(c.id);
    }
  });

  it('gives every control Chinese twins of its title, items and status', () => {
    for (const c of dataset.controls) {
      for (const text of [c.instrumentZh, c.titleZh, c.itemsZh, c.status.textZh]) expect(text, c.id).toMatch(/[\u3400-\u9fff]/);
    }
  });

  it('refuses an as-of before the status it reports', () => {
    const c = clone(dataset.control('control:cn-2025-57')!);
    c.asOf = '2025-11-30';
    expect(placedIssues(Control, c)).toEqual(["[asOf] asOf 2025-11-30 is before the status's 2026-06"]);
  });

  it('refuses an as-of before the announcement', () => {
    // Announced 2025-10-09; as of 2026-06, like its status.
    const c = clone(dataset.control('control:cn-2025-57')!);
    c.announced = '2026-07';
    expect(placedIssues(Control, c)).toEqual(['[asOf] asOf 2026-06 is before the announcement 2026-07']);
  });
});
