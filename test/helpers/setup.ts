/**
 * Test setup shared by every Node-side suite (kept small: per-suite helpers live beside it).
 *
 * Property tests run from a fixed seed, so CI gives the same answer for a commit as it gave here.
 * To explore new cases, run them with `FC_SEED` set to another integer or to `random`; a failure
 * prints the seed and the shrunk counterexample.
 */
import fc from 'fast-check';

const FIXED_SEED = 20261123;
const setting = process.env.FC_SEED;
const seed = setting === 'random' ? Math.floor(Math.random() * 2 ** 31) : setting ? Number(setting) : FIXED_SEED;
if (!Number.isInteger(seed)) throw new Error(`FC_SEED ska vara ett heltal eller "random", inte ${JSON.stringify(setting)}`);

fc.configureGlobal({ seed });
