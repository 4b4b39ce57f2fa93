export { checkContent, slugOf, DATA_FILES, type CheckOptions, type ContentFile, type ContentFiles } from './check-content.ts';
export { formatProblem, formatReport, type Problem } from './problem.ts';
export type { TranslationFiles } from './translations.ts';
export { isPhotoFile, type ContentAsset } from './photo-rules.ts';
