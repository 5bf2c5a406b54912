// Helpers for the corpus generators: minimal report-data/v1 documents and corpus entries.
// The generated JSON Lines under test/corpus/ are the artefact; these scripts only make them
// reproducible (`node test/corpus/build/seeds-and-heldout.mjs`).

export const SCALES = {
  four: {
    id: 'fyra-nivaer',
    levels: [
      { id: 'helt', label: 'Helt uppfyllt', rank: 4 },
      { id: 'hog', label: 'I hög grad uppfyllt', rank: 3 },
      { id: 'delvis', label: 'Delvis uppfyllt', rank: 2 },
      { id: 'ej', label: 'Ej uppfyllt', rank: 1 },
    ],
  },
  three: {
    id: 'tre-nivaer',
    levels: [
      { id: 'uppfyllt', label: 'Uppfyllt', rank: 3 },
      { id: 'delvis', label: 'Delvis uppfyllt', rank: 2 },
      { id: 'ej', label: 'Ej uppfyllt', rank: 1 },
    ],
  },
  god: {
    id: 'god-skala',
    levels: [
      { id: 'mycket-god', label: 'Mycket god', rank: 4 },
      { id: 'god', label: 'God', rank: 3 },
      { id: 'godtagbar', label: 'Godtagbar', rank: 2 },
      { id: 'ej-godtagbar', label: 'Ej godtagbar', rank: 1 },
    ],
  },
};

export const ORGS = {
  soc: { id: 'socialnamnden', name: 'Socialnämnden' },
  aldre: { id: 'aldrenamnden', name: 'Äldrenämnden' },
  vo: { id: 'vard-och-omsorgsnamnden', name: 'Vård- och omsorgsnämnden' },
  utb: { id: 'utbildningsnamnden', name: 'Utbildningsnämnden' },
  bun: { id: 'barn-och-utbildningsnamnden', name: 'Barn- och utbildningsnämnden' },
  kf: { id: 'kultur-och-fritidsnamnden', name: 'Kultur- och fritidsnämnden' },
  msb: { id: 'miljo-och-samhallsbyggnadsnamnden', name: 'Miljö- och samhällsbyggnadsnämnden' },
  tek: { id: 'tekniska-namnden', name: 'Tekniska nämnden' },
  ks: { id: 'kommunstyrelsen', name: 'Kommunstyrelsen' },
};

const KIND_SHORT = { verksamhetsberattelse: 'vb', verksamhetsplan: 'vp', delarsrapport: 'dr', arsredovisning: 'ar' };

/**
 * An indicator. `values`: [period, value, extras?][]; `targets`: [period, kind, number | 'increase' | 'decrease' | 'keep', note?][].
 */
export function ind(id, name, unit, better, values, targets = [], more = {}) {
  const out = { id, name };
  if (unit) out.unit = unit;
  out.better = better;
  Object.assign(out, more);
  out.values = values.map(([period, value, extras]) => ({ period, value, ...(extras ?? {}) }));
  out.targets = targets.map(([period, kind, v, note]) => {
    const t = { period, kind };
    if (typeof v === 'number') t.value = v;
    else t.change = v;
    if (note) t.note = note;
    return t;
  });
  return out;
}

/** A minimal document with one goal. */
export function doc({ org = 'soc', kind = 'verksamhetsberattelse', year, asOf, scale = 'four', goalId = 'm1', area, title, indicators = [], notes = [], activities = [], published }) {
  const o = typeof org === 'string' ? ORGS[org] : org;
  const d = {
    schema: 'report-data/v1',
    organisation: { ...o },
    report: { id: `${KIND_SHORT[kind]}-${year}`, kind, year },
    scale: SCALES[scale],
    goals: [],
  };
  if (asOf) d.report.asOf = asOf;
  const g = { id: goalId };
  if (area) g.area = area;
  g.title = title;
  g.indicators = indicators;
  if (notes.length) g.notes = notes;
  if (activities.length) g.activities = activities;
  if (published) g.published = published;
  d.goals.push(g);
  return d;
}

/** Swedish personnummer check digit (Luhn over the ten-digit form's first nine digits). */
export function luhn(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let n = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return String((10 - (sum % 10)) % 10);
}
