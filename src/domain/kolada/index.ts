/** @module The Kolada area's only door: linking indicators to Kolada and turning Kolada's figures into report changes. */
export * from './links';
export * from './pull';
export * from './context';
