#!/usr/bin/env -S node --max-semi-space-size=32
/**
 * The `retold` command: a thin shell over the library (parse arguments, call, format, exit code). A larger young
 * generation (32 MB semi-spaces, Node's default is 16) suits a run that makes many short-lived objects per article:
 * a few % less CPU for `analyze`; 64 MB was no faster on 100k articles and peaked 580 MB higher (bench/run.ts runs
 * its measurements with the same flag).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { analyzeCommand } from './analyze.js';
import { evalStoriesCommand } from './eval.js';
import { compareCommand, storiesCommand } from './views.js';
import { registerStoreCommands } from './store-commands.js';

/** Exit codes: 0 success, 1 some inputs rejected (the rest analysed), 2 usage error. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

function program(): Command {
  const p = new Command('retold')
    .description('Finds copies, retellings of the same story and related stories in news articles, with the evidence.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s) });
  p.command('analyze')
    .description('group articles from files, folders or stdin (-) into copies, stories and related stories')
    .argument('<paths...>', 'files or folders (recursive) of .txt .md .html .json .jsonl .xml/.rss/.atom; - for stdin')
    .option('--json <file>', 'write the report as JSON (schema retold.report/1, docs/SCHEMA.md)')
    .option('--html <file>', 'write a self-contained HTML report')
    .option('--quiet', 'print no summary on stdout')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--max-stories <n>', 'stories listed in the summary', positiveInt, 50)
    .action(async (paths: string[], opts: { json?: string; html?: string; quiet?: boolean; progress: boolean; maxStories: number }) => {
      process.exitCode = await analyzeCommand(paths, opts);
    });
  p.command('compare')
    .description('two articles side by side: aligned sentences paired, word differences marked')
    .argument('<a>', 'an article file, or file#N for the N-th record of a JSONL file or feed')
    .argument('<b>', 'the other article')
    .option('--json', 'print the comparison as JSON')
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      process.exitCode = await compareCommand(a, b, opts);
    });
  p.command('quotes')
    .description('every direct quote of each story, with its speaker and whether the source is named, unnamed or anonymous')
    .argument('<paths...>', 'files or folders to analyse')
    .option('--json', 'print as JSON')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      process.exitCode = await storiesCommand(paths, { ...opts, part: 'quotes' });
    });
  p.command('entities')
    .description('the people, organisations and places of each story, aliases merged')
    .argument('<paths...>', 'files or folders to analyse')
    .option('--json', 'print as JSON')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      process.exitCode = await storiesCommand(paths, { ...opts, part: 'entities' });
    });
  // `stories` (store listing, or with paths the analysis view above), story, search, similar, ingest, watch, serve.
  registerStoreCommands(p);
  const ev = p.command('eval').description('measure quality against gold labels');
  ev.command('stories')
    .description('group a labelled corpus in file order and score the stories (BCubed, pairwise, split and sibling-merge rates)')
    .argument('<paths...>', 'a JSONL corpus with gold fields `story` (and `topic`), or any inputs with --gold')
    .option('--gold <file>', 'gold file (examples/gold.json format) instead of story/topic fields')
    .option('--json', 'print the figures as JSON')
    .option('--assignments <file>', 'write {"<record id>": "<story id>"}')
    .option('--errors <file>', 'write the per-story error listing (default: printed after the figures unless --json)')
    .option('--min-f1 <x>', 'exit 1 when BCubed F1 is below this', Number)
    .option('--group-options <json>', 'override grouping options, e.g. \'{"story":{"join":0.25}}\' (docs/DESIGN.md)')
    .action(async (paths: string[], opts: { gold?: string; json?: boolean; assignments?: string; errors?: string; minF1?: number; groupOptions?: string }) => {
      process.exitCode = await evalStoriesCommand(paths, opts);
    });
  return p;
}

try {
  await program().parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : EXIT.usage;
  } else {
    console.error(`retold: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = EXIT.usage;
  }
}
