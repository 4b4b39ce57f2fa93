// `npm run docs`: writes the field reference of docs/EDITING.md from the schemas (their fields,
// their messages and the /** */ comment on each field), between the two marker comments.
// A unit test (tests/unit/docs.test.ts) fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { replaceGenerated } from '../src/lib/scaffold/field-reference.ts';
import { fieldReference } from '../src/lib/scaffold/reference.ts';

const root = resolve(import.meta.dirname, '..');
const docPath = resolve(root, 'docs/EDITING.md');
const before = readFileSync(docPath, 'utf8');
const after = replaceGenerated(before, fieldReference((path) => readFileSync(resolve(root, path), 'utf8')));
if (after === before) {
  console.log('docs/EDITING.md: the field reference is up to date.');
} else {
  writeFileSync(docPath, after);
  console.log('docs/EDITING.md: field reference written from src/lib/schema/*.ts.');
}
