/**
 * Turning a summaries report into its three files: `report.md` (the table people read),
 * `report.json` (the numbers tools read) and `report.svg` (quality against speed, one point per
 * method). Pure string building; the CLI writes the files.
 */
import { OVERLAP } from '../rank/overlap.js';
import { compareMethods, type MethodReport, type SummariesReport } from './summaries.js';

/** The JSON file's shape: the summary numbers, without per-article rows (those go to articles.jsonl). */
export interface ReportJson {
  dataset: string;
  n: number;
  bullets: number;
  scoring: SummariesReport['scoring'];
  methods: Record<string, MethodReport>;
  skipped: Record<string, string>;
}

export function reportJson(report: SummariesReport): ReportJson {
  const { dataset, n, bullets, scoring, methods, skipped } = report;
  return { dataset, n, bullets, scoring, methods, skipped };
}

/** One JSON line per article: id and each method's F scores and output, for paired analysis later. */
export function articlesJsonl(report: SummariesReport): string {
  return report.articles.map((a) => JSON.stringify(a)).join('\n') + (report.articles.length ? '\n' : '');
}

/** Method names, best ROUGE-1 F first. */
function ranked(report: SummariesReport): [string, MethodReport][] {
  return Object.entries(report.methods).sort((x, y) => y[1].rouge1.f - x[1].rouge1.f);
}

const fmt = (x: number) => x.toFixed(2);
const ci = (c: [number, number]) => `${fmt(c[0])}–${fmt(c[1])}`;

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Markdown report: main table, paired differences to `lead`, skipped and failing methods. */
export function reportMarkdown(report: SummariesReport): string {
  const lines: string[] = [];
  lines.push(`# Summaries evaluation: ${report.dataset}`, '');
  lines.push(
    `${report.n} articles, ${report.bullets} bullets asked of every method. Tokens: ${
      report.scoring.tokenizer === 'unicode' ? 'Unicode letters/digits' : "rouge-score's ASCII tokenizer"
    }, ${report.scoring.stem ? 'stemmed' : 'unstemmed'}. ROUGE-L: ${report.scoring.rougeL}. Average: ${report.scoring.average}.`,
    '',
  );
  lines.push('| method | kind | R-1 P | R-1 R | R-1 F | R-1 F 95% CI | R-2 F | R-2 F 95% CI | R-L F | words | items | redundant pair | max overlap | articles/s |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, m] of ranked(report)) {
    lines.push(
      `| ${mdCell(name)} | ${m.kind} | ${fmt(m.rouge1.p)} | ${fmt(m.rouge1.r)} | **${fmt(m.rouge1.f)}** | ${ci(m.rouge1.ci)} | ${fmt(m.rouge2.f)} | ${ci(
        m.rouge2.ci,
      )} | ${fmt(m.rougeL.f)} | ${m.words.toFixed(1)} | ${m.bullets.toFixed(2)} | ${m.redundantShare.toFixed(1)} % | ${m.meanMaxOverlap.toFixed(2)} | ${m.articlesPerSecond.toFixed(1)} |`,
    );
  }
  lines.push(
    '',
    `Redundant pair: share of summaries with two bullets whose content overlap (shared stemmed content words, names and numbers double, over the smaller bullet's) is at least ${OVERLAP.redundant}; max overlap: the mean of each summary's largest pairwise overlap.`,
  );
  if (report.methods.lead) {
    lines.push('', '## Paired differences to `lead` (same articles; bootstrap)', '');
    lines.push('| method | Δ R-1 F | 95% CI | p(not better) | Δ R-2 F | 95% CI | p(not better) |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name] of ranked(report)) {
      if (name === 'lead') continue;
      const c1 = compareMethods(report, name, 'lead', 'rouge1');
      const c2 = compareMethods(report, name, 'lead', 'rouge2');
      lines.push(`| ${mdCell(name)} | ${fmt(c1.diff)} | ${ci(c1.ci)} | ${c1.p.toFixed(3)} | ${fmt(c2.diff)} | ${ci(c2.ci)} | ${c2.p.toFixed(3)} |`);
    }
  }
  const failing = Object.entries(report.methods).filter(([, m]) => Object.keys(m.errors).length);
  if (failing.length) {
    lines.push('', '## Failures (scored 0 on those articles)', '');
    for (const [name, m] of failing) {
      lines.push(`- ${name}: ${Object.entries(m.errors).map(([code, k]) => `${k}× ${code}`).join(', ')}`);
    }
  }
  if (Object.keys(report.skipped).length) {
    lines.push('', '## Skipped methods', '');
    for (const [name, reason] of Object.entries(report.skipped)) lines.push(`- ${name}: ${mdCell(reason)}`);
  }
  return lines.join('\n') + '\n';
}

/** Plot geometry and colours. */
const SVG = Object.freeze({
  width: 760,
  height: 460,
  margin: { top: 48, right: 150, bottom: 56, left: 64 },
  colour: { library: '#1f6feb', baseline: '#8b949e', peer: '#d1242f' } as Record<string, string>,
  /** Height of a label line and the step between label spots, px. */
  labelGap: 13,
  /** Rough width of one label character at font-size 12, px (no text measuring in a plain string builder). */
  charWidth: 6.6,
  /** Label spots tried in order, relative to the point: [dx, dy, needs a leader line]. */
  labelSpots: [
    [8, 0, false],
    [-8, 0, false],
    [8, -13, false],
    [-8, -13, false],
    [8, 13, false],
    [-8, 13, false],
    [14, -26, true],
    [-14, -26, true],
    [14, 26, true],
    [-14, 26, true],
    [20, -39, true],
    [-20, -39, true],
    [20, 39, true],
    [-20, 39, true],
  ] as [number, number, boolean][],
});

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A hand-written SVG scatter: ROUGE-2 F (y) against articles per second (x, log scale),
 * one labelled point per method. No dependencies; opens in any browser.
 */
export function reportSvg(report: SummariesReport): string {
  const { width, height, margin } = SVG;
  const pts = Object.entries(report.methods).map(([name, m]) => ({
    name,
    kind: m.kind,
    x: Math.max(m.articlesPerSecond, 0.01),
    y: m.rouge2.f,
  }));
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const lx = pts.map((p) => Math.log10(p.x));
  const xMin = Math.floor(Math.min(0, ...lx));
  const xMax = Math.max(Math.ceil(Math.max(1, ...lx)), xMin + 1);
  // 8% headroom so the best point and its label do not sit on the frame.
  const yMax = Math.max(5, Math.ceil((Math.max(0, ...pts.map((p) => p.y)) * 1.08) / 5) * 5);
  const sx = (v: number) => margin.left + ((Math.log10(v) - xMin) / (xMax - xMin)) * plotW;
  const sy = (v: number) => margin.top + plotH - (v / yMax) * plotH;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(
    `<text x="${margin.left}" y="24" font-size="15" font-weight="600">${xml(`${report.dataset}: ROUGE-2 F against speed (${report.n} articles, ${report.bullets} bullets)`)}</text>`,
  );
  // Grid and axes.
  for (let e = xMin; e <= xMax; e++) {
    const x = sx(10 ** e).toFixed(1);
    out.push(`<line x1="${x}" y1="${margin.top}" x2="${x}" y2="${margin.top + plotH}" stroke="#eaeef2"/>`);
    out.push(`<text x="${x}" y="${margin.top + plotH + 18}" text-anchor="middle" fill="#57606a">${xml(String(10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)))}</text>`);
  }
  for (let v = 0; v <= yMax; v += yMax <= 20 ? 2.5 : 5) {
    const y = sy(v).toFixed(1);
    out.push(`<line x1="${margin.left}" y1="${y}" x2="${margin.left + plotW}" y2="${y}" stroke="#eaeef2"/>`);
    out.push(`<text x="${margin.left - 8}" y="${(sy(v) + 4).toFixed(1)}" text-anchor="end" fill="#57606a">${v}</text>`);
  }
  out.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#8c959f"/>`);
  out.push(`<text x="${margin.left + plotW / 2}" y="${height - 14}" text-anchor="middle">articles per second (log scale, one core)</text>`);
  out.push(`<text transform="translate(18 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">ROUGE-2 F (%)</text>`);
  // Points first, then each label at the first spot around its point that overlaps no point,
  // no earlier label and stays inside the plot; a label pushed away gets a thin leader line.
  const dots = pts.map((p) => ({ ...p, cx: sx(p.x), cy: sy(p.y), colour: SVG.colour[p.kind] ?? '#24292f' }));
  for (const d of dots) {
    out.push(`<circle cx="${d.cx.toFixed(1)}" cy="${d.cy.toFixed(1)}" r="5" fill="${d.colour}"><title>${xml(`${d.name}: ROUGE-2 F ${d.y.toFixed(2)}, ${d.x.toFixed(1)} articles/s`)}</title></circle>`);
  }
  type Box = { x0: number; y0: number; x1: number; y1: number };
  const boxes: Box[] = dots.map((d) => ({ x0: d.cx - 6, y0: d.cy - 6, x1: d.cx + 6, y1: d.cy + 6 }));
  const hits = (b: Box) => boxes.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
  const inside = (b: Box) => b.x0 >= margin.left && b.x1 <= width - 4 && b.y0 >= margin.top && b.y1 <= margin.top + plotH;
  for (const d of [...dots].sort((a, b) => b.y - a.y)) {
    const w = d.name.length * SVG.charWidth;
    const h = SVG.labelGap;
    let chosen: { x: number; y: number; anchor: string; box: Box; far: boolean } | undefined;
    for (const [dx, dy, far] of SVG.labelSpots) {
      // (dx, dy) is where the label's near edge sits, relative to the point; negative dx: label on the left.
      const x0 = dx >= 0 ? d.cx + dx : d.cx + dx - w;
      const box = { x0, y0: d.cy + dy - h / 2, x1: x0 + w, y1: d.cy + dy + h / 2 };
      if (!hits(box) && inside(box)) {
        chosen = { x: dx >= 0 ? d.cx + dx : d.cx + dx, y: d.cy + dy + 4, anchor: dx >= 0 ? 'start' : 'end', box, far };
        break;
      }
    }
    chosen ??= { x: d.cx + 8, y: d.cy + 4, anchor: 'start', box: { x0: d.cx + 8, y0: d.cy - 6, x1: d.cx + 8 + w, y1: d.cy + 6 }, far: false };
    boxes.push(chosen.box);
    if (chosen.far) {
      const lx = chosen.anchor === 'start' ? chosen.box.x0 - 1 : chosen.box.x1 + 1;
      out.push(`<line x1="${d.cx.toFixed(1)}" y1="${d.cy.toFixed(1)}" x2="${lx.toFixed(1)}" y2="${(chosen.y - 4).toFixed(1)}" stroke="${d.colour}" stroke-width="0.7"/>`);
    }
    out.push(`<text x="${chosen.x.toFixed(1)}" y="${chosen.y.toFixed(1)}" text-anchor="${chosen.anchor}" fill="${d.colour}">${xml(d.name)}</text>`);
  }
  // Legend.
  let ly = margin.top + 8;
  for (const [kind, colour] of Object.entries(SVG.colour)) {
    out.push(`<circle cx="${width - margin.right + 26}" cy="${ly}" r="5" fill="${colour}"/>`);
    out.push(`<text x="${width - margin.right + 36}" y="${ly + 4}">${kind}</text>`);
    ly += 18;
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
