/** @module The drafting area's only door: everything outside src/domain/drafting/ imports from here. */
export * from './offline-drafter';
