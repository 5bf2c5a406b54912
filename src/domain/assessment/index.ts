/** @module The assessment area's only door: everything outside src/domain/assessment/ imports from here. */
export * from './assessment';
export * from './rules';
export * from './gaps';
export * from './comparisons';
export * from './rollups';
