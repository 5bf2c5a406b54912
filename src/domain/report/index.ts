/** @module The report area's only door: everything outside src/domain/report/ imports from here. */
export * from './report';
export * from './short-names';
export * from './changes';
