import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { evalSentencesCommand, runEvalSentences } from '../cli/eval-sentences.js';
import { isKernpunkteError } from '../errors.js';
import {
  boundariesOf,
  compareSentenceSplitters,
  evaluateSentences,
  intlSplitter,
  sentenceMarkdown,
  sentenceTable,
  toSentenceRecord,
} from './sentences.js';
import type { SentenceRecord } from './sentences.js';

const REC: SentenceRecord = { id: 'r1', lang: 'de', text: 'Eins ist hier. Zwei auch.  Drei!', sentences: ['Eins ist hier.', 'Zwei auch.', 'Drei!'] };

describe('boundariesOf', () => {
  test('string sentences are located in order; the first start is not a boundary', () => {
    assert.deepEqual(boundariesOf(REC.text, REC.sentences), { boundaries: [15, 27], unaligned: 0 });
  });
  test('a repeated sentence is found after the previous one, not at its first occurrence', () => {
    assert.deepEqual(boundariesOf('Ja. Ja. Ja.', ['Ja.', 'Ja.', 'Ja.']).boundaries, [4, 8]);
  });
  test('spans are used by their offsets', () => {
    assert.deepEqual(boundariesOf('ab cd', [{ text: 'ab', start: 0, end: 2 }, { text: 'cd', start: 3, end: 5 }]).boundaries, [3]);
  });
  test('a sentence missing from the text is counted as unaligned', () => {
    assert.deepEqual(boundariesOf('Eins. Zwei.', ['Eins.', 'Drei.', 'Zwei.']), { boundaries: [6], unaligned: 1 });
  });
});

describe('evaluateSentences', () => {
  test('the gold split itself scores 100 everywhere', () => {
    const ev = evaluateSentences([REC], () => REC.sentences);
    assert.deepEqual([ev.boundary.p, ev.boundary.r, ev.boundary.f, ev.exact], [100, 100, 100, 100]);
  });
  test('no split at all: recall 0, precision undefined-as-100, F1 0, not exact', () => {
    const ev = evaluateSentences([REC], (t) => [t]);
    assert.equal(ev.boundary.r, 0);
    assert.equal(ev.boundary.f, 0);
    assert.equal(ev.boundary.fn, 2);
    assert.equal(ev.exact, 0);
  });
  test('an extra boundary lowers precision only, and is listed with its offset', () => {
    const ev = evaluateSentences([REC], () => ['Eins ist', 'hier.', 'Zwei auch.', 'Drei!']);
    assert.equal(ev.boundary.tp, 2);
    assert.equal(ev.boundary.fp, 1);
    assert.equal(ev.boundary.r, 100);
    assert.ok(Math.abs(ev.boundary.p - 200 / 3) < 1e-9);
    assert.deepEqual(ev.perRecord[0]?.extra, [9]);
  });
  test('micro-average over records; exact is the share of perfect records', () => {
    const other: SentenceRecord = { id: 'r2', text: 'A b. C d.', sentences: ['A b.', 'C d.'] };
    const ev = evaluateSentences([REC, other], (t) => (t === REC.text ? REC.sentences : [t]));
    assert.equal(ev.n, 2);
    assert.equal(ev.exact, 50);
    assert.deepEqual([ev.boundary.tp, ev.boundary.fp, ev.boundary.fn], [2, 0, 1]);
  });
  test('the splitter gets the record language', () => {
    const seen: (string | undefined)[] = [];
    evaluateSentences([REC], (t, lang) => {
      seen.push(lang);
      return [t];
    });
    assert.deepEqual(seen, ['de']);
  });
  test('Intl.Segmenter baseline returns trimmed spans with offsets', () => {
    const spans = intlSplitter(REC.text, 'de');
    for (const s of spans) assert.equal(REC.text.slice(s.start, s.end), s.text);
    assert.deepEqual(spans.map((s) => s.text), REC.sentences);
    assert.ok(intlSplitter('Hallo. Welt.', 'not a locale!!').length >= 1);
  });
});

describe('toSentenceRecord', () => {
  test('accepts a gold record and rejects a malformed one with the field named', () => {
    assert.ok('record' in toSentenceRecord(REC));
    const bad = toSentenceRecord({ id: 'x', text: 'a' });
    assert.ok('error' in bad && bad.error.includes('sentences'));
  });
});

describe('report rendering', () => {
  test('table and markdown carry both methods with their scores', () => {
    const report = compareSentenceSplitters([REC, { id: 'r3', lang: 'de', text: 'Am 3. Mai kam er. Dann ging er.', sentences: ['Am 3. Mai kam er.', 'Dann ging er.'] }]);
    assert.deepEqual(report.methods.map((m) => m.method), ['kernpunkte', 'intl-segmenter']);
    const table = sentenceTable(report);
    assert.match(table, /^method\s+\| boundary P \|/);
    assert.match(table, /kernpunkte\s+\|\s+100\.00 \|\s+100\.00 \|\s+100\.00 \|\s+100\.00/);
    const md = sentenceMarkdown(report, 'x.jsonl');
    assert.match(md, /\| kernpunkte \| 100\.00 \| 100\.00 \| 100\.00 \| 100\.00 \| 3 \| 0 \| 0 \|/);
    assert.match(md, /intl-segmenter/);
  });
  test('disagreements of the first method are listed with context', () => {
    const report = compareSentenceSplitters([REC], { one: (t) => [t] });
    assert.equal(report.disagreements.length, 2);
    assert.equal(report.disagreements[0]?.kind, 'missed');
    assert.match(report.disagreements[0]?.context ?? '', /hier\. ⟂Zwei/);
  });
});

describe('eval sentences (CLI shell)', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kp-eval-sent-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) } };
  };

  test('a broken JSON line and an invalid record are reported by line number and skipped', async () => {
    const file = join(dir, 'set.jsonl');
    await writeFile(file, [JSON.stringify(REC), '{"id": "broken', '', JSON.stringify({ id: 'no-sentences', text: 'x' }), JSON.stringify({ ...REC, id: 'r2' })].join('\n'));
    const { out, err, io: sink } = io();
    const report = await runEvalSentences(file, {}, sink);
    assert.equal(report.n, 2);
    assert.match(err.join(''), /set\.jsonl:2: invalid JSON/);
    assert.match(err.join(''), /set\.jsonl:4: invalid record: sentences/);
    assert.match(out.join(''), /kernpunkte .*\n.*intl-segmenter/s);
    assert.match(out.join(''), /2 passages, 2 lines skipped/);
  });

  test('--report writes sentences.md and sentences.json; --json prints JSON', async () => {
    const file = join(dir, 'ok.jsonl');
    await writeFile(file, `${JSON.stringify(REC)}\n`);
    const reportDir = join(dir, 'reports', 'nested');
    const { out, io: sink } = io();
    await evalSentencesCommand(sink).parseAsync([file, '--report', reportDir, '--json'], { from: 'user' });
    const printed = JSON.parse(out.join('')) as { n: number; methods: { method: string }[] };
    assert.equal(printed.n, 1);
    const json = JSON.parse(await readFile(join(reportDir, 'sentences.json'), 'utf8')) as { methods: { method: string; boundary: { f: number } }[] };
    assert.deepEqual(json.methods.map((m) => m.method), ['kernpunkte', 'intl-segmenter']);
    assert.match(await readFile(join(reportDir, 'sentences.md'), 'utf8'), /^# Sentence boundaries/);
  });

  test('a missing file or a folder is INVALID_INPUT', async () => {
    for (const path of [join(dir, 'nope.jsonl'), dir]) {
      await assert.rejects(runEvalSentences(path, {}, io().io), (e: unknown) => isKernpunkteError(e) && e.code === 'INVALID_INPUT');
    }
  });

  test('a file with no valid record is INVALID_INPUT, not an empty table', async () => {
    const file = join(dir, 'junk.jsonl');
    await writeFile(file, 'not json\n{}\n');
    await assert.rejects(runEvalSentences(file, {}, io().io), (e: unknown) => isKernpunkteError(e) && e.code === 'INVALID_INPUT');
  });
});
