export type * from './model/extraction.js';
export { extract, prepare, InputError } from './pipeline/index.js';
export type { ExtractOptions } from './pipeline/index.js';
export { LANGUAGES, languagePack } from './lang/index.js';
