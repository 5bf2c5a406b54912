import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/domain/report';
import type { Section } from '../../src/export/section';
import { workerRenderer } from '../../src/lib/render-pool';
import { makeTestApp, demoFile, type TestApp } from '../helpers/app';
import { assertWellFormedXml, decodePng, decodeXmlText } from '../helpers/xml';

/** The demo's verksamhetsberättelse, with one indicator named with every character XML must escape. */
const ODD_NAME = 'Nettokostnadsavvikelse "IFO" & <övrigt> \'inkl. köp\'';
function report(): ReportDocument {
  const doc = demoFile('vb-2022') as ReportDocument;
  doc.report.id = 'vb-diagram';
  doc.goals[0]!.indicators[0]!.name = ODD_NAME;
  return doc;
}
const doc = report();
/** Indicators with a value to draw: each gets a chart. */
const drawable = doc.goals.flatMap((g) => g.indicators).filter((i) => i.values.some((v) => v.kind !== 'forecast' && v.value !== null));

// What the charts show, written out from the data: g2's sjukfrånvaro with kvinnor and män, and g3's missbruksvård with both target lines.
const SICK =
  'Diagram: Sjukfrånvaro totalt. Totalt 2020–2022: 8, 7 och 7,8 procent. Kvinnor 2021–2022: 7,2 och 7,4 procent. ' +
  'Män 2021–2022: 6,2 och 9,7 procent. Etappmål 2022: 6,5 procent. ' +
  'Från 2021 till 2022 ökade värdet med 0,8 procentenheter, en försämring. Från 2020 till 2022 minskade värdet med 0,2 procentenheter sammantaget.';
const ABUSE =
  'Diagram: Brukarbedömning missbruksvård IFO - förbättrad situation, andel 2020–2022: 85, 81 och 91 procent. ' +
  'Etappmål 2022: 83 procent. Målvärde 2030: 100 procent. ' +
  'Från 2021 till 2022 ökade värdet med 10 procentenheter, en förbättring. Från 2020 till 2022 ökade värdet med 6 procentenheter sammantaget.';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  const res = await t.request('POST', '/api/v1/reports', { body: doc });
  expect(res.status).toBe(201);
});
afterAll(() => t.close());

const exportAs = async (format: string) => {
  const res = await t.request('GET', `/api/v1/reports/vb-diagram/export?format=${format}`);
  expect(res.status).toBe(200);
  return res;
};

describe('charts in the Word export', () => {
  it('puts each indicator’s chart in the document as a drawing whose alt text says in Swedish what it shows', async () => {
    const files = unzipSync(new Uint8Array(await (await exportAs('docx')).arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    expect(assertWellFormedXml(xml)).toBe('w:document');
    const drawings = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
    expect(drawings).toHaveLength(drawable.length);
    const descr = drawings.map((d) => decodeXmlText(/<wp:docPr [^>]*descr="([^"]*)"/.exec(d)![1]!));
    expect(descr).toContain(SICK);
    expect(descr).toContain(ABUSE);
    expect(descr.every((d) => d.startsWith('Diagram: '))).toBe(true);
    // A name with quotes, an ampersand and angle brackets is escaped, not broken, in the alt text.
    expect(descr.find((d) => d.includes('Nettokostnadsavvikelse'))).toMatch(
      /^Diagram: Nettokostnadsavvikelse "IFO" & <övrigt> 'inkl\. köp' 2020–2021: −16,8 och −22,1 procent\. Etappmål 2022: −16,8 procent\./,
    );
    // Each drawing is an SVG with a PNG beside it for applications that cannot show SVG.
    for (const d of drawings) {
      expect(d).toMatch(/<a:blip r:embed="[^"]+"/);
      expect(d).toMatch(/<asvg:svgBlip [^>]*r:embed="[^"]+"/);
    }
    // The chart follows its goal's figures table, under the indicator's name.
    const sickAt = xml.indexOf('descr="Diagram: Sjukfrånvaro totalt.');
    expect(xml.lastIndexOf('<w:tbl>', sickAt)).toBeGreaterThan(xml.indexOf('Nämndmål: Chefer och medarbetare'));
    expect(xml.lastIndexOf('<w:t xml:space="preserve">Sjukfrånvaro totalt (%)</w:t>', sickAt)).toBeGreaterThan(
      xml.lastIndexOf('<w:tbl>', sickAt),
    );
  });

  it('stores a PNG fallback that decodes to the chart’s size with its lines drawn, and an SVG named by the same text', async () => {
    const files = unzipSync(new Uint8Array(await (await exportAs('docx')).arrayBuffer()));
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    const pngs = media.filter((f) => f.endsWith('.png'));
    const svgs = media.filter((f) => f.endsWith('.svg'));
    expect(pngs).toHaveLength(drawable.length);
    expect(svgs).toHaveLength(drawable.length);
    for (const f of pngs) {
      const png = decodePng(files[f]!);
      expect(png).toMatchObject({ width: 640, height: 260, bitDepth: 8, colourType: 3 });
      // Mostly white, with the blue of the total line and the grey of the period labels.
      const used = new Set([...png.pixels].map((i) => png.palette[i]));
      expect(used).toContain('#ffffff');
      expect(used).toContain('#0b5cad');
      expect(used).toContain('#4a5560');
      expect([...png.pixels].filter((i) => png.palette[i] === '#ffffff').length / png.pixels.length).toBeGreaterThan(0.8);
    }
    const svgTexts = svgs.map((f) => strFromU8(files[f]!));
    for (const svg of svgTexts) expect(assertWellFormedXml(svg)).toBe('svg');
    const sick = svgTexts.find((s) => s.includes('Sjukfrånvaro totalt.'))!;
    expect(decodeXmlText(/<title>([^<]*)<\/title>/.exec(sick)![1]!)).toBe(SICK);
    expect(sick).toContain('<g class="series women">');
    expect(sick).toContain('<g class="target"><line');
    // Word links each drawing to its files.
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    for (const f of media) expect(rels).toContain(`Target="media/${f.slice('word/media/'.length)}"`);
  });
});

describe('charts rendered in the Node entry’s export thread', () => {
  it('arrive with the section and come out as the same drawings', async () => {
    const section = (await (await exportAs('json')).json()) as Section;
    const render = workerRenderer();
    try {
      const out = await render(section, 'docx');
      expect(out).toBeInstanceOf(ArrayBuffer);
      const files = unzipSync(new Uint8Array(out as ArrayBuffer));
      const xml = strFromU8(files['word/document.xml']!);
      assertWellFormedXml(xml);
      const descr = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => decodeXmlText(m[1]!));
      expect(descr).toHaveLength(drawable.length);
      expect(descr).toContain(SICK);
    } finally {
      await render.close();
    }
  }, 60_000);
});

describe('charts in the HTML export', () => {
  it('draws each chart as an image labelled with its text alternative, after the goal’s figures table', async () => {
    const html = await (await exportAs('html')).text();
    const svgs = [...html.matchAll(/<svg [^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(drawable.length);
    const labels = svgs.map((s) => {
      expect(s).toMatch(/^<svg class="chart" viewBox="0 0 320 130" role="img" aria-label="/);
      const label = decodeXmlText(/aria-label="([^"]*)"/.exec(s)![1]!);
      expect(decodeXmlText(/<title>([^<]*)<\/title>/.exec(s)![1]!)).toBe(label);
      return label;
    });
    expect(labels).toContain(SICK);
    expect(labels).toContain(ABUSE);
    expect(labels.some((l) => l.startsWith(`Diagram: ${ODD_NAME} 2020–2021`))).toBe(true);
    expect(html).not.toContain('<övrigt>');
    const sickAt = html.indexOf(`aria-label="${SICK}"`);
    expect(sickAt).toBeGreaterThan(html.indexOf('<td>Sjukfrånvaro totalt (%)</td>'));
    expect(html.slice(html.lastIndexOf('<figure', sickAt), sickAt)).toContain('<figcaption>Sjukfrånvaro totalt (%)</figcaption>');
  });

  it('shows the same charts in the in-app preview of the printed section, each after its goal’s table', async () => {
    const signedIn = await t.app.request('/logga-in', {
      method: 'POST',
      body: new URLSearchParams({ token: await t.token('official') }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const page = await (await t.app.request('/rapporter/vb-diagram/forhandsvisning', { headers: { cookie } })).text();
    const labels = [...page.matchAll(/<svg class="chart" [^>]*role="img" aria-label="([^"]*)"/g)].map((m) => decodeXmlText(m[1]!));
    expect(labels).toHaveLength(drawable.length);
    expect(labels).toContain(SICK);
    const goal = page.slice(page.indexOf('data-goal="g2"'), page.indexOf('data-goal="g3"'));
    expect(goal.indexOf('<figure class="chart">')).toBeGreaterThan(goal.indexOf('</table>'));
  });

  it('leaves the charts out of Markdown, whose tables carry the figures', async () => {
    const md = await (await exportAs('md')).text();
    expect(md).not.toMatch(/<svg|Diagram:/);
    expect(md).toContain('| Sjukfrånvaro totalt (%) | 8 | 7 | 7,8 | 6,5 |  |');
  });
});
