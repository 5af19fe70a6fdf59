/** `retold analyze`: run the analysis, print the summary, write the reports. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import cliProgress from 'cli-progress';
import { analyze, type AnalyzeProgress } from '../pipeline/analyze.js';
import { planInputs } from '../ingest/index.js';
import { assembleReport, reportParts } from '../present/report.js';
import { writeJsonReport } from '../present/report-json.js';
import { renderTerminal } from '../present/terminal.js';
import { renderHtmlReport } from '../present/html-report.js';

export interface AnalyzeCommandOptions {
  readonly json?: string;
  readonly html?: string;
  readonly quiet?: boolean;
  readonly progress: boolean;
  readonly maxStories: number;
}

/** A progress bar on stderr when it is a terminal and the run is large enough to want one. */
export async function progressFor(paths: readonly string[], enabled: boolean): Promise<{ update: (p: AnalyzeProgress) => void; stop: () => void }> {
  const none = { update: () => {}, stop: () => {} };
  if (!enabled || !process.stderr.isTTY || paths.includes('-')) return none;
  const plan = await planInputs(paths);
  const total = plan.files.reduce((n, f) => n + f.size, 0);
  if (total < 2_000_000) return none;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: ' {bar} {percentage}% | {articles} articles | {mb}/{totalMb} MB | ETA {eta_formatted}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const mb = (b: number): string => (b / 1e6).toFixed(1);
  bar.start(total, 0, { articles: 0, mb: '0.0', totalMb: mb(total) });
  let last = 0;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      bar.update(Math.min(p.bytes, total), { articles: p.articles, mb: mb(p.bytes) });
    },
    stop: () => bar.stop(),
  };
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Returns the exit code. */
export async function analyzeCommand(paths: readonly string[], opts: AnalyzeCommandOptions): Promise<number> {
  const progress = await progressFor(paths, opts.progress);
  const result = await analyze(paths, { onProgress: progress.update, ...(opts.html === undefined ? {} : { keepTexts: true }) });
  progress.stop();
  // The JSON report is written a story at a time; the summary reads the detail of the stories it lists only.
  const parts = reportParts(result);
  if (opts.json !== undefined) writeJsonReport(opts.json, parts);
  if (opts.html !== undefined) await write(opts.html, renderHtmlReport(assembleReport(parts), result.texts));
  if (opts.quiet !== true) {
    const listed = new Set(parts.stories.filter((s) => s.articles > 1 || s.related > 0).slice(0, opts.maxStories));
    process.stdout.write(renderTerminal(assembleReport(parts, (s) => listed.has(s)), { maxStories: opts.maxStories }));
  }
  else for (const r of parts.rejected) process.stderr.write(`retold: ${r.message}\n`);
  return result.rejected.length > 0 ? 1 : 0;
}
