/**
 * Load on the HTTP API over loopback: `retold serve` in one process pinned to one core, a load generator (fetch,
 * keep-alive, N concurrent loops) in another process pinned to another core.
 *   npx tsx bench/http-load.ts [--corpus bench/data/synth-10000-s1.jsonl] [--preload 3000] [--seconds 10]
 *                              [--connections 16] [--db /tmp/retold-load.db]
 *
 * Phases: POST /api/articles with one new synthetic article per request (placed and committed before the answer,
 * group commit batching concurrent requests), then GET /api/stories/{id} for random stored stories, then
 * GET /api/stories?limit=20. Reports requests/s, p50/p99/max latency and errors per phase, and the server's CPU
 * time per request (from /proc: what a core of its own would sustain, the figure that holds on a shared machine).
 * Targets: ≥ 500 ingests/s and ≥ 2,000 story reads/s with p99 < 50 ms.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'bench/data/synth-10000-s1.jsonl' },
    preload: { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    db: { type: 'string', default: '/tmp/retold-load.db' },
    // Internal: run as the load generator.
    client: { type: 'string' },
    phase: { type: 'string' },
    from: { type: 'string' },
    ids: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

interface PhaseResult {
  readonly phase: string;
  readonly requests: number;
  readonly errors: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly statuses: Record<string, number>;
}

async function client(url: string, phase: string): Promise<PhaseResult> {
  const lines = phase === 'ingest' ? readFileSync(values.corpus, 'utf8').trim().split('\n').slice(Number(values.from)) : [];
  const ids = phase === 'read' ? (JSON.parse(readFileSync(values.ids!, 'utf8')) as string[]) : [];
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const one = async (): Promise<void> => {
    let res: Response;
    const t0 = performance.now();
    if (phase === 'ingest') {
      const body = lines[next++ % lines.length]!;
      res = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    } else if (phase === 'read') {
      res = await fetch(`${url}/api/stories/${ids[Math.floor(Math.random() * ids.length)]}`);
    } else {
      res = await fetch(`${url}/api/stories?limit=20`);
    }
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (res.status >= 400) errors++;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline && (phase !== 'ingest' || next < lines.length)) {
        try {
          await one();
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number): number => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0) * 10) / 10;
  return { phase, requests: latencies.length, errors, perSecond: Math.round(latencies.length / elapsed), p50: q(0.5), p99: q(0.99), max: q(1), statuses };
}

if (values.client !== undefined) {
  console.log(JSON.stringify(await client(values.client, values.phase ?? 'read')));
  process.exit(0);
}

// ---- orchestrator ----
const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    return true;
  } catch {
    return false;
  }
})();
const pinned = (core: number, args: string[]): [string, string[]] => (hasTaskset ? ['taskset', ['-c', String(core), process.execPath, ...args]] : [process.execPath, args]);

if (!existsSync(values.corpus)) throw new Error(`${values.corpus} is missing: npx tsx bench/generate.ts --articles 10000 --seed 1 --out bench/data/synth-10000-s1`);
for (const s of ['', '-wal', '-shm']) rmSync(values.db + s, { force: true });
const preload = Number(values.preload);
const head = readFileSync(values.corpus, 'utf8').trim().split('\n').slice(0, preload).join('\n') + '\n';
execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '-', '--db', values.db, '--quiet'], { input: head, stdio: ['pipe', 'ignore', 'inherit'] });
console.log(`preloaded ${preload} articles into ${values.db}${hasTaskset ? '' : ' (no taskset: server and client are not pinned)'}`);

const [cmd, args] = pinned(0, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', values.db, '--port', '0']);
const server: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    const line = out.split('\n').find((l) => l.startsWith('http://'));
    if (line !== undefined) resolve(line.trim());
  });
  server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
});

/** CPU time (ms) the server process has used, all its threads (Linux /proc; undefined elsewhere). */
const serverCpuMs = (): number | undefined => {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
};

type Measured = PhaseResult & { serverCpuMsPerRequest?: number; perCoreSecond?: number };

const runPhase = (phase: string, extra: string[] = []): Measured => {
  const [c, a] = pinned(1, ['--import', 'tsx', 'bench/http-load.ts', '--client', url, '--phase', phase, '--corpus', values.corpus, '--seconds', String(seconds), '--connections', String(connections), ...extra]);
  const cpu0 = serverCpuMs();
  const out = execFileSync(c, a, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const cpu1 = serverCpuMs();
  const r = JSON.parse(out.trim().split('\n').pop()!) as PhaseResult;
  if (cpu0 === undefined || cpu1 === undefined || r.requests === 0) return r;
  // Server CPU per request: what one core sustains when it is the server's alone (the machines are shared).
  const per = (cpu1 - cpu0) / r.requests;
  return { ...r, serverCpuMsPerRequest: Math.round(per * 100) / 100, perCoreSecond: Math.round(1000 / per) };
};

try {
  const results: Measured[] = [];
  results.push(runPhase('ingest', ['--from', String(preload)]));
  const page = (await (await fetch(`${url}/api/stories?limit=500&order=size`)).json()) as { stories: { id: string }[] };
  const idsFile = `${values.db}.ids.json`;
  await import('node:fs/promises').then((fs) => fs.writeFile(idsFile, JSON.stringify(page.stories.map((s) => s.id))));
  results.push(runPhase('read', ['--ids', idsFile]));
  results.push(runPhase('list'));
  for (const r of results) {
    console.log(
      `${r.phase.padEnd(7)} ${String(r.perSecond).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  max ${r.max} ms  ` +
        `${r.requests} requests, ${r.errors} errors ${JSON.stringify(r.statuses)}` +
        (r.serverCpuMsPerRequest === undefined ? '' : `; server CPU ${r.serverCpuMsPerRequest} ms/request (≈ ${r.perCoreSecond}/s on a core of its own)`),
    );
  }
  const ingest = results[0]!;
  const read = results[1]!;
  console.log(
    `targets: ingest ≥ 500/s ${ingest.perSecond >= 500 ? 'met' : 'MISSED'} (p99 < 50 ms ${ingest.p99 < 50 ? 'met' : 'MISSED'}); ` +
      `story reads ≥ 2000/s ${read.perSecond >= 2000 ? 'met' : 'MISSED'} (p99 < 50 ms ${read.p99 < 50 ? 'met' : 'MISSED'})`,
  );
  console.log(JSON.stringify({ connections, seconds, pinned: hasTaskset, results }));
} finally {
  server.kill('SIGTERM');
}
