// `npm run new`: starts a new entry in content/events/ from the template, as a draft.
//
//   npm run new                                   asks for the date, title and category
//   npm run new -- --date 2026-02-25 --title "Releases continue" --category release
//   npm run new -- … --slug releases-continue     a file name of your own instead of one from the title
//
// Refuses to overwrite an entry (exit 1): an entry's file name is its permanent address.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/node/content-files.ts';
import { CATEGORIES } from '../src/lib/schema/categories.ts';
import { categoryProblem, checkNewEntry, dateProblem, titleProblem, type NewEntryAnswers } from '../src/lib/scaffold/input.ts';
import { entryTemplate } from '../src/lib/scaffold/template.ts';

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      date: { type: 'string' },
      title: { type: 'string' },
      category: { type: 'string' },
      slug: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail([`${(error as Error).message}`, 'Usage: npm run new -- --date 2026-02-25 --title "Releases continue" --category release']);
}

if (args.help) {
  console.log('Usage: npm run new [-- --date 2026-02-25 --title "Releases continue" --category release [--slug releases-continue]]');
  console.log('Without flags, it asks for each value. The entry starts as a draft: see docs/EDITING.md.');
  process.exit(0);
}

const answers: NewEntryAnswers = { date: args.date, title: args.title, category: args.category, slug: args.slug };

// Ask only for what the flags did not give, and only when someone is there to answer.
const missing = (['date', 'title', 'category'] as const).filter((key) => answers[key] === undefined);
if (missing.length && process.stdin.isTTY) {
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, problemOf: (answer: string) => string | undefined): Promise<string> => {
    for (;;) {
      // Ctrl+C or Ctrl+D ends the questions: say so plainly, without a stack trace.
      const answer = (await readline.question(question).catch(() => fail(['', 'Stopped: nothing was written.']))).trim();
      const problem = problemOf(answer);
      if (!problem) return answer;
      console.log(`  ${problem}`);
    }
  };
  if (answers.date === undefined) answers.date = await ask('Date of the event ("2026-02-25", or "2026-02" if only the month is known): ', dateProblem);
  if (answers.title === undefined) answers.title = await ask('Title (a short headline): ', titleProblem);
  if (answers.category === undefined) {
    console.log('Categories:');
    for (const [name, definition] of Object.entries(CATEGORIES)) console.log(`  ${name.padEnd(12)} ${definition}`);
    answers.category = await ask('Category: ', categoryProblem);
  }
  readline.close();
}

const checked = checkNewEntry(answers, new Date());
if (!checked.ok) fail([...checked.problems, 'Nothing was written. Usage: npm run new -- --date 2026-02-25 --title "Releases continue" --category release']);
const { entry } = checked;

const eventsDir = join(contentDir(), 'events');
const shown = (path: string) => relative(process.cwd(), path).split(sep).join('/');
const path = join(eventsDir, entry.fileName);

// The same file name anywhere under events/ is the same address, so it counts as taken too.
const taken = (await readdir(eventsDir, { recursive: true, withFileTypes: true }).catch(() => [])).find(
  (file) => file.isFile() && file.name.replace(/\.[^.]+$/, '') === entry.fileName.replace(/\.mdx$/, ''),
);
if (taken) {
  fail([
    `${shown(join(taken.parentPath, taken.name))} already exists, so nothing was written.`,
    'An entry’s file name is its permanent address and is never overwritten: edit that file, or choose another title (or --slug).',
  ]);
}

await mkdir(eventsDir, { recursive: true });
try {
  // 'wx' fails if the file appeared in the meantime: an existing entry is never overwritten.
  await writeFile(path, entryTemplate(entry), { encoding: 'utf8', flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail([`${shown(path)} already exists, so nothing was written.`]);
  throw error;
}

console.log(`Created ${shown(path)}`);
console.log('It is a draft: it shows in `npm run dev` with a "Draft" badge and is not published until you delete the line draft: true.');
console.log('Fill in each TODO, then run `npm run check`.');
