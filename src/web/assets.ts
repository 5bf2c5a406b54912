/**
 * @module The pages' assets, served from this origin so the content security policy can forbid
 * anything inline. The stylesheets and scripts are real files in `src/web/client/`, type-checked
 * with the rest and bundled by `scripts/build-web.ts` into `bundle.generated.ts`.
 */
export { chatCss, chatJs, motiveraCss as stylesheet, reviewJs as reviewScript } from './bundle.generated';

/** A small mark for the browser tab (and no 404 for /favicon.ico in the console). */
export const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0f2d4a"/><path d="M7 23V9h3.2l5.8 8 5.8-8H25v14h-3.2v-8.6L16 22l-5.8-7.6V23z" fill="#fff"/></svg>`;
