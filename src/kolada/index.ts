/** @module Kolada at the edge: the HTTP client. The pure parts (links, changes) live in src/domain/kolada/. */
export * from './client';
