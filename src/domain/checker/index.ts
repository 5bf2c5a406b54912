/** @module The checker area's only door: everything outside src/domain/checker/ imports from here. */
export * from './checker';
export * from './claims';
export * from './facts';
export * from './levels';
export * from './lexicon';
export * from './numbers';
export { factsMatching, matchesFact, noteVerdict, notesMatching } from './binding';
export {
  figureCovers,
  figuresStartingIn,
  figureStartsAt,
  firstWordFrom,
  hasYear,
  mentionStartingAt,
  wordAt,
  yearStartingAt,
} from './positions';
export { namesTarget, roleOf } from './roles';
export * from './personal-numbers';
export * from './subjects';
export * from './text';
export * from './trends';
