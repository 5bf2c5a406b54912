/** @module The chat area's only door: everything outside src/domain/chat/ imports from here. */
export * from './edits';
export * from './grounding';
export * from './intents';
export * from './queries';
