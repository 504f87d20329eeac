/** `redline serve` started as a user starts it, and the coordinator's setup of a set database. */
import { type ChildProcess, spawn } from 'node:child_process';
import { ADMIN_PASSWORD_VARIABLE } from '../../cli/commands/serve.ts';
import { redlineCommand } from './cli.ts';

export const ADMIN = { name: 'coordinator', password: 'admin-secret' };

export interface Credentials {
  name: string;
  password: string;
}

export interface RunningServe {
  process: ChildProcess;
  url: string;
}

/** Resolves with the address `redline serve` prints once listening. Port 0: any free port. */
export function serve(dataDir: string, port = 0): Promise<RunningServe> {
  const [node, bundle] = redlineCommand();
  const child = spawn(
    node,
    [bundle, 'serve', '--port', String(port), '--data', dataDir, '--admin', ADMIN.name],
    { env: { ...process.env, [ADMIN_PASSWORD_VARIABLE]: ADMIN.password } },
  );
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('\n')) resolve({ process: child, url: JSON.parse(stdout).url });
    });
    child.once('exit', (code) => reject(new Error(`redline serve exited ${code}: ${stderr}`)));
  });
}

export function stop(server: RunningServe): Promise<void> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve();
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });
}

export function basic(name: string, password: string): Record<string, string> {
  return {
    Authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`,
    'Content-Type': 'application/json',
  };
}

export async function request(
  server: RunningServe,
  method: string,
  url: string,
  who: Credentials,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: basic(who.name, who.password),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/**
 * What a coordinator does for a set: its database, a user per member (and per outsider), and
 * the members listed in the database's security object. Resolves with each step's HTTP status.
 */
export async function createSetDatabase(
  server: RunningServe,
  database: string,
  members: Record<string, string>,
  outsiders: Record<string, string> = {},
): Promise<number[]> {
  const statuses = [(await request(server, 'PUT', `/${database}`, ADMIN)).status];
  for (const [name, password] of Object.entries({ ...members, ...outsiders })) {
    const user = { name, password, roles: [], type: 'user' };
    statuses.push(
      (await request(server, 'PUT', `/_users/org.couchdb.user:${name}`, ADMIN, user)).status,
    );
  }
  const security = {
    admins: { names: [], roles: [] },
    members: { names: Object.keys(members), roles: [] },
  };
  statuses.push((await request(server, 'PUT', `/${database}/_security`, ADMIN, security)).status);
  return statuses;
}
