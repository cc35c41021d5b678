export { cleanInvisible, collapseSpaces } from './clean.js';
export { fold, foldText, toSource, westernDigits, type Folded } from './fold.js';
export { lineKey, keyWords } from './key.js';
