// annotate [--format text|json|jsonl] [--date YYYY-MM-DD] <file.html|file.txt|URL>...
// Runs the WhoSaid pipeline under Node. With no input it annotates the built-in sample article.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput, InputError } from './lib/inputs';
import { runInput, jsonlRecord, textSummary } from './lib/run';
import { loadLookup } from './lib/dataset';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLE_ARTICLE = path.resolve(here, '../sample/article.html');

const USAGE = `usage: npm run annotate -- [--format text|json|jsonl] [--date YYYY-MM-DD] [--no-dataset] <file.html|file.txt|URL>...`;

async function main(argv: string[]): Promise<number> {
  let format: 'text' | 'json' | 'jsonl' = 'text';
  let date: string | null = null;
  let useDataset = true;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a === '-f') {
      const v = argv[++i];
      if (v !== 'text' && v !== 'json' && v !== 'jsonl') {
        console.error(`annotate: --format must be text, json or jsonl\n${USAGE}`);
        return 2;
      }
      format = v;
    } else if (a.startsWith('--format=')) {
      const v = a.slice(9);
      if (v !== 'text' && v !== 'json' && v !== 'jsonl') {
        console.error(`annotate: --format must be text, json or jsonl\n${USAGE}`);
        return 2;
      }
      format = v;
    } else if (a === '--date') {
      date = argv[++i] ?? null;
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        console.error(`annotate: --date takes YYYY-MM-DD\n${USAGE}`);
        return 2;
      }
    } else if (a === '--no-dataset') useDataset = false;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      console.error(`annotate: unknown option ${a}\n${USAGE}`);
      return 2;
    } else inputs.push(a);
  }
  if (!inputs.length) inputs.push(path.relative(process.cwd(), SAMPLE_ARTICLE));
  const lookup = useDataset ? loadLookup() : null;

  let failed = 0;
  const json: unknown[] = [];
  for (const name of inputs) {
    try {
      const input = await readInput(name);
      const { annotations } = runInput(input, { date, lookup });
      if (format === 'jsonl') process.stdout.write(JSON.stringify(jsonlRecord(name, annotations)) + '\n');
      else if (format === 'json') json.push({ ...jsonlRecord(name, annotations), annotations });
      else process.stdout.write(textSummary(name, annotations) + '\n\n');
    } catch (e) {
      failed++;
      const msg = e instanceof InputError ? e.message : `${name}: ${(e as Error).message}`;
      console.error(`annotate: ${msg.replace(/\s+/g, ' ')}`);
    }
  }
  if (format === 'json') process.stdout.write(JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + '\n');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`annotate: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
