/** @module The review area's only door: everything outside src/domain/review/ imports from here. */
export * from './suggestions';
