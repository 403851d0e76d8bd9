/**
 * Running the built CLI (`npm run build` first; CI builds before testing) and generating invented
 * news reports to ingest. `SITREP_CMD` overrides the command (e.g. a private dev build).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The CLI command as [program, ...args]; throws a helpful error when it has not been built. */
export function cliCommand(): string[] {
  if (process.env.SITREP_CMD) return process.env.SITREP_CMD.split(/\s+/).filter(Boolean);
  if (!existsSync(`${ROOT}/dist/cli/main.js`)) throw new Error('the CLI is not built: run `npm run build` first (or set SITREP_CMD)');
  return [process.execPath, `${ROOT}/bin/sitrep.js`];
}

export function runCli(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const [cmd, ...pre] = cliCommand();
  const r = spawnSync(cmd!, [...pre, ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 180_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function spawnCli(args: readonly string[]): ChildProcess {
  const [cmd, ...pre] = cliCommand();
  return spawn(cmd!, [...pre, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}

const CITIES = [['Kharkiv', 'Харків', 'Харьков'], ['Odesa', 'Одеса', 'Одесса'], ['Kherson', 'Херсон', 'Херсон'], ['Sumy', 'Суми', 'Сумы']] as const;

/** `n` invented short reports of strikes in four languages (several about the same day and city). */
export function inventedReports(n: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const [en, uk, ru] = CITIES[i % CITIES.length]!;
    const day = 1 + (Math.floor(i / 8) % 28);
    const killed = 1 + (i % 5);
    const published = `2026-03-${String(day).padStart(2, '0')}`;
    const texts = [
      `Nella notte un attacco di droni russi ha colpito ${en}: ${killed} morti e ${i % 7} feriti, ha riferito il sindaco su Telegram. (${i})`,
      `A Russian missile strike on ${en} killed ${killed} people and injured ${i % 6} overnight, the regional governor said. (${i})`,
      `Унаслідок обстрілу міста ${uk} загинули ${killed} людей, ще ${i % 4} поранені, повідомив голова обласної адміністрації. (${i})`,
      `В результате атаки беспилотников на ${ru} погибли ${killed} человек, сообщил губернатор. (${i})`,
    ];
    lines.push(JSON.stringify({ url: `https://news.example/${i}`, outlet: `Outlet ${i % 3}`, published, text: texts[i % 4] }));
  }
  return lines;
}
