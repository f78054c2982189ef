import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFaithfulness, quotedSpans } from './index.js';
import { isKernpunkteError } from '../errors.js';
import type { FaithfulnessIssue } from '../types.js';

type Kind = FaithfulnessIssue['kind'];

// [claim, source sentence(s), the issue kind expected (null: consistent)]
const DE: [string, string, Kind | null][] = [
  // numbers, amounts, percentages, dates, times
  ['Die Stadt zahlt 4 Millionen Euro.', 'Die Stadt zahlt 3 Millionen Euro für das neue Bad.', 'number'],
  ['Die Stadt zahlt 18,3 Milliarden Euro.', 'Die Stadt zahlt 18,3 Millionen Euro für das neue Bad.', 'number'],
  ['Die Arbeitslosigkeit stieg um 4 Prozent.', 'Die Arbeitslosigkeit stieg im Mai um 3 Prozent.', 'number'],
  ['Zum Fest kamen 1.600 Besucher.', 'Zum Fest kamen am Samstag 1.500 Besucher.', 'number'],
  ['Die Wahl findet am 25. Juni statt.', 'Die Wahl findet am 24. Juni statt.', 'number'],
  ['Die Wahl findet am 24. Juli statt.', 'Die Wahl findet am 24. Juni statt.', 'number'],
  ['Die Wahl findet am Montag statt.', 'Die Wahl findet am Sonntag statt.', 'number'],
  ['Das Spiel beginnt um 18 Uhr.', 'Das Spiel beginnt um 20 Uhr.', 'number'],
  ['Bayern gewann 3:2.', 'Bayern gewann am Abend 3:1 gegen Dortmund.', 'number'],
  ['Vier Menschen wurden verletzt.', 'Drei Menschen wurden bei dem Unfall verletzt.', 'number'],
  ['Bayern gewann 1:3 gegen Dortmund.', 'Bayern gewann am Abend 3:1 gegen Dortmund.', 'number'],
  // equivalent forms
  ['Er sagte: „Das Wachstum liegt bei 1,2 %.“', 'Er sagte: „Das Wachstum liegt bei 1,2 Prozent.“', null],
  ['Die Stadt zahlt 18,3 Mio. Euro.', 'Die Stadt zahlt 18,3 Millionen Euro für das neue Bad.', null],
  ['Die Stadt zahlt 18.300.000 Euro.', 'Die Stadt zahlt 18,3 Millionen Euro für das neue Bad.', null],
  ['Zum Fest kamen 1500 Besucher.', 'Zum Fest kamen am Samstag 1.500 Besucher.', null],
  ['Drei Menschen wurden verletzt.', 'Bei dem Unfall wurden 3 Menschen verletzt.', null],
  ['Die Wahl findet am 24. Juni statt.', 'Die Wahl findet am 24.06. statt.', null],
  ['Die Stadt zahlt rund 18 Millionen Euro.', 'Die Stadt zahlt 18,3 Millionen Euro für das neue Bad.', null],
  ['Die Stadt zahlt mehr als 101 Millionen Euro.', 'Die Stadt zahlt mehr als 100 Millionen Euro für das neue Bad.', 'number'],
  // names
  ['Bundeskanzler Merz will die Steuern senken.', 'Bundeskanzler Scholz will die Steuern senken.', 'name'],
  ['Die Polizei in Argentinien ermittelt.', 'Die Polizei in London ermittelt wegen Betrugs.', 'name'],
  ['Die AfD legte in Umfragen zu.', 'Die SPD legte in Umfragen zu.', 'name'],
  ['Der Google-Politiker forderte Neuwahlen.', 'Der SPD-Politiker forderte Neuwahlen.', 'name'],
  ['Kobachidse forderte die Microsoft auf, zu verhandeln.', 'Kobachidse forderte die EU auf, zu verhandeln.', 'name'],
  ['Olaf Scholz will die Steuern senken.', 'Bundeskanzler Olaf Scholz will die Steuern senken.', null],
  ['Die Regierung will die Steuern senken.', 'Die Bundesregierung will die Steuern senken.', null],
  // negation
  ['Die Regierung plant eine Steuererhöhung.', 'Die Regierung plant keine Steuererhöhung.', 'negation'],
  ['Die Regierung plant keine Steuererhöhung.', 'Die Regierung plant eine Steuererhöhung.', 'negation'],
  ['Der Minister war nicht informiert.', 'Der Minister war über den Vorfall informiert.', 'negation'],
  ['Der Minister war informiert.', 'Der Minister war über den Vorfall nicht informiert.', 'negation'],
  ['Die Polizei hat nicht diese Details nicht bestätigt.', 'Die Polizei hat diese Details bisher nicht bestätigt.', 'negation'],
  ['Der Minister sagte das Treffen ab.', 'Der Minister sagte das Treffen ab, weil er nicht rechtzeitig landen konnte.', null],
  // quotes
  ['Scholz nannte die „Lage ernst“.', 'Scholz sagte: Die Lage ist ernst, aber „beherrschbar“.', 'quote'],
  ['Scholz sagte, die Lage sei „ernst, aber beherrschbar“.', 'Scholz sagte: Die Lage ist ernst, aber beherrschbar.', 'quote'],
  ['Scholz sagte, die Lage sei „ernst, aber beherrschbar“.', 'Scholz sagte: „Die Lage ist ernst, aber beherrschbar.“', null],
  // faithful shortening and untouched
  ['Der Stadtrat hat ein neues Radwegenetz beschlossen.', 'Der Stadtrat von Kassel hat am Dienstag, nach langer Debatte, ein neues Radwegenetz beschlossen.', null],
  ['Scholz sagte, die Lage sei ernst.', 'Scholz, der seit 2021 Kanzler ist, sagte, die Lage sei ernst.', null],
];

const EN: [string, string, Kind | null][] = [
  ['The council approved 1,600 homes.', 'The council approved 1,500 homes on Monday.', 'number'],
  ['Prices rose by 4%.', 'Prices rose by 3% in May.', 'number'],
  ['The vote is on June 25.', 'The vote is on June 24.', 'number'],
  ['The firm lost $5bn.', 'The firm lost $5m last year.', 'number'],
  ['The council approved 1500 homes.', 'The council approved 1,500 homes on Monday.', null],
  ['Three people were hurt.', 'Police said 3 people were hurt in the crash.', null],
  ['Prices rose by 3 percent.', 'Prices rose by 3% in May.', null],
  ['Mayor Smith opened the bridge.', 'Mayor Johnson opened the bridge on Monday.', 'name'],
  ['The match was played in Glasgow.', 'The match was played in Manchester.', 'name'],
  ['The council did not approve the plan.', 'The council approved the plan on Monday.', 'negation'],
  ['The council approved the plan.', 'The council has not approved the plan yet.', 'negation'],
  ["The council didn't approve the plan.", 'The council approved the plan.', 'negation'],
  ['He called the plan "a disaster".', 'He said the plan was a disaster.', 'quote'],
  ['He said the plan was “a total disaster”.', 'He said: “The plan is a total disaster.”', null],
  ['kilmarnock have signed striker john smith .', 'Kilmarnock have signed striker John Smith on a two-year deal.', null],
  ['The council approved the plan.', 'The council, which met on Monday, approved the plan.', null],
];

const OTHER: [string, string, string, Kind | null][] = [
  ['fr', 'La ville a dépensé 4 millions d’euros.', 'La ville a dépensé 3 millions d’euros pour le pont.', 'number'],
  ['fr', 'Le ministre n’était pas informé.', 'Le ministre était informé de l’incident.', 'negation'],
  ['es', 'El gobierno no aprobó la ley.', 'El gobierno aprobó la ley el lunes.', 'negation'],
  ['it', 'Il governo ha speso 5 miliardi.', 'Il governo ha speso 4 miliardi per il ponte.', 'number'],
  ['nl', 'De regering keurde de wet niet goed.', 'De regering keurde de wet maandag goed.', 'negation'],
  ['nl', 'De regering keurde de wet goed.', 'De regering keurde de wet maandag goed.', null],
];

function expectKind(lang: string, claim: string, source: string, kind: Kind | null): void {
  const r = checkFaithfulness(claim, [source], { lang });
  if (kind === null) {
    assert.equal(r.consistent, true, `expected consistent, got ${JSON.stringify(r.issues)}`);
    assert.ok(r.issues.every((i) => i.kind === 'unsupported'));
  } else {
    assert.equal(r.consistent, false);
    assert.ok(
      r.issues.some((i) => i.kind === kind),
      `expected a ${kind} issue, got ${JSON.stringify(r.issues)}`,
    );
  }
  assert.ok(r.score >= 0 && r.score <= 1);
}

describe('checkFaithfulness: German', () => {
  for (const [claim, source, kind] of DE) it(`${kind ?? 'consistent'}: ${claim}`, () => expectKind('de', claim, source, kind));
});

describe('checkFaithfulness: English', () => {
  for (const [claim, source, kind] of EN) it(`${kind ?? 'consistent'}: ${claim}`, () => expectKind('en', claim, source, kind));
});

describe('checkFaithfulness: French, Spanish, Italian, Dutch', () => {
  for (const [lang, claim, source, kind] of OTHER) it(`${lang} ${kind ?? 'consistent'}: ${claim}`, () => expectKind(lang, claim, source, kind));
});

describe('checkFaithfulness: content support', () => {
  it('unsupported content words lower the score and fail the claim when most are missing', () => {
    const source = 'Der Stadtrat hat am Dienstag ein neues Radwegenetz beschlossen.';
    const r = checkFaithfulness('Die Opposition kritisiert teure Prestigeprojekte scharf.', [source], { lang: 'de' });
    assert.equal(r.consistent, false);
    assert.ok(r.score < 0.5);
    assert.ok(r.issues.filter((i) => i.kind === 'unsupported').length >= 3);
  });
  it('the same claim is fully supported by its own sentence', () => {
    const s = 'Der Stadtrat hat am Dienstag ein neues Radwegenetz beschlossen.';
    assert.deepEqual(checkFaithfulness(s, [s], { lang: 'de' }), { consistent: true, score: 1, issues: [] });
  });
  it('a whole article works as the source, and a sentence list as well', () => {
    const article = 'Der Stadtrat hat ein Radwegenetz beschlossen. Es kostet 45 Millionen Euro. Die Opposition ist nicht überzeugt.';
    assert.equal(checkFaithfulness('Der Stadtrat hat ein Radwegenetz beschlossen, es kostet 45 Millionen Euro.', article, { lang: 'de' }).consistent, true);
    assert.equal(checkFaithfulness('Das Radwegenetz kostet 46 Millionen Euro.', article.split('. '), { lang: 'de' }).consistent, false);
  });
  it('a threshold option makes the check stricter or looser', () => {
    const source = 'Der Stadtrat hat am Dienstag ein neues Radwegenetz für Kassel beschlossen.';
    const claim = 'Der Stadtrat hat ein neues Radwegenetz für Kassel genehmigt.';
    assert.equal(checkFaithfulness(claim, [source], { lang: 'de', threshold: 0.99 }).consistent, false);
    assert.equal(checkFaithfulness(claim, [source], { lang: 'de', threshold: 0.1 }).consistent, true);
  });
  it('a claim failing on its score alone says so in an issue', () => {
    const r = checkFaithfulness('Der Stadtrat hat ein neues Radwegenetz genehmigt.', ['Der Stadtrat hat am Dienstag ein neues Radwegenetz beschlossen.'], { lang: 'de', threshold: 0.9 });
    assert.equal(r.consistent, false);
    assert.ok(r.issues.some((i) => i.kind === 'unsupported' && /score .* < 0\.9/.test(i.message)));
  });
  it('inflections the stemmer keeps apart still count as support', () => {
    assert.equal(checkFaithfulness('Die Entlastung kostet 18,3 Mio. Euro.', ['Die Entlastung koste 18,3 Millionen Euro.'], { lang: 'de' }).consistent, true);
  });
  it('a bad language code is a coded error', () => {
    assert.throws(() => checkFaithfulness('a', 'b', { lang: 'not a code' }), /lang must be a language code/);
  });
  it('untyped callers get coded errors for a missing claim, source or language', () => {
    const call = checkFaithfulness as (c: unknown, s: unknown, o: unknown) => unknown;
    assert.throws(() => call(null, 'x', { lang: 'de' }), (e: unknown) => isKernpunkteError(e) && e.code === 'INVALID_INPUT');
    assert.throws(() => call('x', [1, 2], { lang: 'de' }), (e: unknown) => isKernpunkteError(e) && e.code === 'INVALID_INPUT');
    assert.throws(() => call('x', 'y', {}), (e: unknown) => isKernpunkteError(e) && e.code === 'INVALID_OPTION');
  });
  it('empty claims are consistent', () => {
    assert.equal(checkFaithfulness('', 'Der Stadtrat tagte.', { lang: 'de' }).consistent, true);
  });
});

describe('quotedSpans', () => {
  const cases: [string, string[]][] = [
    ['Er sagte: „Wir gewinnen.“ Dann ging er.', ['Wir gewinnen.']],
    ['He said "we will win" and left.', ['we will win']],
    ["Kim's team won't say 'never'.", ['never']],
    ['Sie nannte es »kühn«.', ['kühn']],
  ];
  for (const [text, spans] of cases) it(text, () => assert.deepEqual(quotedSpans(text), spans));
});
