/** @module Indicator names as the checker looks for them in prose: the words of a table name, weighted by how much each tells the indicator apart from its siblings. */
import type { Indicator } from '../report';
import { unitClassOf, type AliasKey } from './facts';
import { stem, stripOnce, wordsOf, type Word } from './text';

// ---------------------------------------------------------------- indicator names as aliases

/** Words in indicator names that say nothing about which indicator is meant. */
// prettier-ignore
const NAME_STOP = new Set([
  'och', 'som', 'för', 'med', 'att', 'den', 'det', 'har', 'ett', 'efter', 'vid', 'sin', 'sitt', 'sina', 'till', 'från',
  'inom', 'under', 'hela', 'inte', 'andel', 'andelen', 'antal', 'antalet', 'medelvärde', 'hen', 'vill', 'får', 'fått',
  'haft', 'eller', 'genom', 'deras', 'där', 'hur', 'samt', 'utan', 'mot', 'dem', 'sig', 'görs', 'är', 'var', 'av',
  'på', 'i', 'de', 'en', 'ej', 'procent', 'procentenheter', 'kronor', 'tkr', 'mnkr', 'per',
]);
/** Words of the trade that many sentences use without meaning one indicator. */
// prettier-ignore
const GENERIC = new Set([
  'barn', 'vuxna', 'unga', 'ungdomar', 'insats', 'insatser', 'insatsen', 'stöd', 'situation', 'målet', 'mål',
  'brukare', 'brukaren', 'individer', 'personer', 'verksamheten', 'verksamhet', 'förbättrad', 'avslutad', 'nått',
  'uppnår', 'socialnämnd', 'nämnd', 'nämnden', 'kommun', 'kommunen', 'huddinge', 'totalt', 'total', 'index', 'skala',
  'resultat', 'utfall', 'anser', 'upplever', 'hjälp', 'arbete', 'arbetet', 'familjer', 'föräldrar', 'medarbetare',
  'påbörjat', 'påbörjats', 'kontakt', 'tagit', 'ifo', 'sol', 'jämfört', 'föregående', 'förändring', 'utveckling',
  'ökning', 'minskning',
]);

export function nameWords(i: Indicator): Word[] {
  const unitWords = unitClassOf(i.unit) === 'krinv' ? ' invånare' : '';
  return wordsOf(i.name + unitWords).filter((w) => !/\d/.test(w.lower) && w.lower.length >= 3 && !NAME_STOP.has(w.lower));
}

export function aliasKeys(index: number, names: Word[][]): AliasKey[] {
  const own = names[index]!;
  const others = names.filter((_, i) => i !== index).map((ws) => new Set(ws.map((w) => w.stem)));
  const seen = new Set<string>();
  const keys: AliasKey[] = [];
  for (const w of own) {
    if (seen.has(w.stem)) continue;
    seen.add(w.stem);
    const acronym = /^\p{Lu}{2,}$/u.test(w.text);
    const shared = others.some((o) => o.has(w.stem));
    const distinct = !shared && !GENERIC.has(w.lower) && (w.lower.length >= 5 || acronym);
    const weight = distinct && (w.lower.length >= 7 || acronym) ? 2 : 1;
    keys.push({ lower: w.lower, stem: w.stem, weight, ...(distinct ? { distinct } : {}) });
  }
  return keys;
}

// ---------------------------------------------------------------- a name in other words

/** Words of the trade for the same thing (written form's stem → the word a table name uses). */
// prettier-ignore
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['sjuktal', 'sjukfrånvaro'], ['sjukskrivning', 'sjukfrånvaro'], ['försörjningsstöd', 'bistånd'],
  ['miljöbil', 'miljöfordon'], ['socialbidrag', 'bistånd'],
]);

const CHANGE_COMPOUND = /^(\p{L}{4,}?)s?(?:förändring|ökning|minskning|utveckling|tillväxt)(?:en|ar|arna)?$/u;
const HET = /^(\p{L}{4,}?)het(?:en|er|erna)?$/u;

/**
 * The forms under which a word of running text may meet a word of a table name: its inflections,
 * a quality noun's adjective ("nöjdheten" → "nöjd"), the head of a change compound
 * ("befolkningsökningen" → "befolkning") and the trade's synonyms ("sjuktalen" → "sjukfrånvaro").
 */
export function lookupForms(w: Word): string[] {
  const forms = new Set([w.lower, w.stem, stripOnce(w.lower)]);
  const het = HET.exec(w.lower)?.[1];
  if (het) forms.add(het);
  const head = CHANGE_COMPOUND.exec(w.lower)?.[1];
  if (head) forms.add(head).add(stem(head));
  for (const f of [...forms]) {
    const s = SYNONYMS.get(f);
    if (s) forms.add(s);
  }
  return [...forms];
}

/**
 * Whether a form written alone stands for a compound of a name: its head with a linking s
 * ("heltid" → "heltidsanställda", "nettokostnaden" → "nettokostnadsutveckling") or its last part
 * ("engagemanget" → "medarbetarengagemang", seven letters or more); or a compound of the text opens with
 * a name's word ("förskolekön" → "förskola"). No word of the trade ("insats").
 */
export function partOfCompound(form: string, key: { lower: string; stem: string }): boolean {
  // "förskolekön" for "förskola": the text's compound opens with the name's word.
  if (key.stem.length >= 6 && form.length >= key.stem.length + 2 && !GENERIC.has(key.lower) && form.startsWith(key.stem)) return true;
  if (form.length < 6 || key.lower.length < form.length + 3 || GENERIC.has(form)) return false;
  return key.lower.startsWith(`${form}s`) || (form.length >= 7 && key.lower.endsWith(form));
}
