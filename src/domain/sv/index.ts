/** @module The sv area's only door: everything outside src/domain/sv/ imports from here. */
export * from './approximate';
export * from './format';
export * from './numbers';
export * from './periods';
export * from './personnummer';
export * from './redact';
