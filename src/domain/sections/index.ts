/** @module The sections area's only door: report-level texts (samlad bedömning, sammanfattning, förbättringsområden, ekonomi), drafted and checked. */
export * from './activities';
export * from './check';
export * from './digest';
export * from './draft';
export * from './economy';
export * from './facts';
export * from './levels';
export * from './sections';
