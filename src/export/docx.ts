/** @module The section as a Word document (.docx): headings per målområde, kommunfullmäktigemål and nämndmål, the texts, and real tables. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartAltText, chartLegend, CHART_SIZE, type IndicatorChart } from './chart';
import { chartPng } from './chart-png';
import { chartSvgFile } from './chart-svg';
import {
  DIFFERENCES_TITLE,
  MISSING_TEXT,
  indicatorLabel,
  STALE_NOTE,
  type GoalSection,
  type ReportText,
  type Section,
  type SectionTable,
} from './section';

/** Each chart's PNG fallback, by goal and indicator: drawn before the document is built, since encoding is asynchronous. */
type ChartImages = ReadonlyMap<string, Uint8Array>;
const imageKey = (goalId: string, c: IndicatorChart) => `${goalId}\u0000${c.indicatorId}`;
/** The chart's size on the page, in pixels at 96 to the inch (about 12.7 × 5.2 cm). */
const CHART_ON_PAGE = { width: CHART_SIZE.width * 1.5, height: CHART_SIZE.height * 1.5 };
const svgEncoder = new TextEncoder();

/** A chart as a figure: the indicator's name, the drawing with its text alternative, and a legend when it has several lines. */
function chartBlocks(goalId: string, c: IndicatorChart, images: ChartImages): Paragraph[] {
  const png = images.get(imageKey(goalId, c));
  if (!png) return [];
  const alt = chartAltText(c);
  const out = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200 },
      children: [new TextRun({ text: indicatorLabel(c), bold: true, size: 18 })],
    }),
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: svgEncoder.encode(chartSvgFile(c, alt)),
          fallback: { type: 'png', data: png },
          transformation: CHART_ON_PAGE,
          altText: { name: `Diagram: ${c.name}`.slice(0, 250), title: c.name, description: alt },
        }),
      ],
    }),
  ];
  const legend = chartLegend(c);
  if (legend) out.push(new Paragraph({ children: [new TextRun({ text: legend, size: 16, color: '4A5560' })] }));
  return out;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8A8A' };
const borders = { top: border, bottom: border, left: border, right: border };

function tableOf(t: SectionTable): Table {
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      borders,
      shading: header ? { type: ShadingType.CLEAR, fill: 'E8EEF4', color: 'auto' } : undefined,
      children: [
        new Paragraph({
          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
          children: [new TextRun({ text, bold: header, size: 18 })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.headers.map((h, i) => cell(h, i, true)) }),
      ...t.rows.map((r) => new TableRow({ children: [r.name, ...r.cells].map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function goalBlocks(g: GoalSection, images: ChartImages): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun(`Nämndmål: ${g.title}`)] }),
    new Paragraph({ children: [new TextRun('Måluppfyllelse: '), new TextRun({ text: g.levelLabel, bold: true })] }),
    new Paragraph({
      spacing: { before: 160 },
      children: [new TextRun({ text: 'Motivering till bedömning av måluppfyllelse', bold: true })],
    }),
  ];
  if (g.motivation.status === 'accepted') {
    for (const p of g.motivation.text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
      if (p.trim() === '') continue;
      const lines = p.trim().split('\n');
      out.push(new Paragraph({ children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })) }));
    }
    if (g.motivation.stale) {
      out.push(new Paragraph({ children: [new TextRun({ text: `Inaktuell: ${STALE_NOTE}`, italics: true, color: '8A4500' })] }));
    }
  } else {
    out.push(new Paragraph({ children: [new TextRun({ text: `${MISSING_TEXT}.`, italics: true, color: 'A00000' })] }));
  }
  if (g.table) {
    out.push(new Paragraph({ spacing: { before: 160 }, children: [] }), tableOf(g.table));
    for (const n of g.table.notes) out.push(new Paragraph({ children: [new TextRun({ text: n, italics: true, size: 18 })] }));
    for (const n of g.table.context) out.push(new Paragraph({ children: [new TextRun({ text: n, size: 18 })] }));
    if (g.table.source) out.push(new Paragraph({ children: [new TextRun({ text: g.table.source, italics: true, size: 18 })] }));
  }
  for (const c of g.charts) out.push(...chartBlocks(g.goalId, c, images));
  return out;
}

function textBlocks(t: ReportText): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t.title)] })];
  if (t.levelLabel)
    out.push(
      new Paragraph({
        children: [
          new TextRun(t.kind === 'sammanfattning' ? 'Samlad måluppfyllelse: ' : 'Måluppfyllelse: '),
          new TextRun({ text: t.levelLabel, bold: true }),
        ],
      }),
    );
  if (t.text.status === 'accepted') {
    for (const p of t.text.text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
      if (p.trim() === '') continue;
      const lines = p.trim().split('\n');
      out.push(new Paragraph({ children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })) }));
    }
    if (t.text.stale)
      out.push(new Paragraph({ children: [new TextRun({ text: `Inaktuell: ${STALE_NOTE}`, italics: true, color: '8A4500' })] }));
  } else {
    out.push(new Paragraph({ children: [new TextRun({ text: 'Text saknas.', italics: true, color: 'A00000' })] }));
  }
  return out;
}

export function buildDocx(section: Section, images: ChartImages = new Map()): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }),
    new Paragraph({ children: [new TextRun({ text: `${section.report.title} · ${section.report.organisation}`, italics: true })] }),
  ];
  for (const t of section.before) children.push(...textBlocks(t));
  for (const area of section.areas) {
    if (area.area) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Målområde: ${area.area}`)] }));
    for (const council of area.councilGoals) {
      if (council.councilGoal) {
        children.push(
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(`Kommunfullmäktigemål: ${council.councilGoal}`)] }),
        );
      }
      for (const g of council.goals) children.push(...goalBlocks(g, images));
    }
  }
  if (section.differences.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(DIFFERENCES_TITLE)] }));
    for (const d of section.differences)
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun({ text: `Mål ${d.goalNumber} (${d.goalTitle}): `, bold: true }), new TextRun(d.text)],
        }),
      );
  }
  if (section.economy) {
    children.push(...textBlocks(section.economy.text));
    for (const t of section.economy.tables) children.push(new Paragraph({ spacing: { before: 160 }, children: [] }), tableOf(t));
  }
  return new Document({
    creator: 'Motivera',
    title: `${section.title} – ${section.report.title}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } } } } },
    sections: [{ children }],
  });
}

/** Charts whose PNG is being compressed while the next is drawn: compression runs off this thread, drawing on it. */
const IN_FLIGHT = 4;

async function chartImages(section: Section): Promise<ChartImages> {
  const images = new Map<string, Uint8Array>();
  const pending: Promise<void>[] = [];
  let failed: { err: unknown } | undefined;
  for (const area of section.areas)
    for (const council of area.councilGoals)
      for (const g of council.goals)
        for (const c of g.charts) {
          if (pending.length >= IN_FLIGHT) await pending.shift();
          // Caught at once: a rejection waiting in the queue would otherwise count as unhandled and end the thread.
          pending.push(
            chartPng(c).then(
              (png) => void images.set(imageKey(g.goalId, c), png),
              (err: unknown) => void (failed ??= { err }),
            ),
          );
        }
  await Promise.all(pending);
  if (failed) throw failed.err;
  return images;
}

/** The .docx bytes; an ArrayBuffer so the same code serves Node and Workers. */
export async function renderDocx(section: Section): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(buildDocx(section, await chartImages(section)));
}
