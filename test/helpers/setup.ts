/** Test setup shared by every Node-side suite (kept small: per-suite helpers live beside it). */
export {};
