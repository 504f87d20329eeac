import { type Command, InvalidArgumentError } from 'commander';
import { startSyncServer } from '../sync-server.ts';

interface ServeOptions {
  port: number;
  host: string;
  data: string;
  admin: string;
}

/** Read from the environment, not the command line: arguments are visible to every local user in `ps`. */
export const ADMIN_PASSWORD_VARIABLE = 'REDLINE_SERVE_PASSWORD';

function port(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  }
  return value;
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      `a sync server for live sets on this machine (CouchDB protocol, express-pouchdb); the admin's password comes from ${ADMIN_PASSWORD_VARIABLE}`,
    )
    .option('--port <port>', 'port to listen on (0: any free port)', port, 5984)
    .option('--host <host>', 'address to listen on; other machines need TLS in front', '127.0.0.1')
    .option('--data <dir>', 'folder for the databases, configuration and log', 'redline-sync')
    .option('--admin <name>', 'name of the server admin', 'admin')
    .action(async (options: ServeOptions, command: Command) => {
      const password = process.env[ADMIN_PASSWORD_VARIABLE];
      if (!password) {
        command.error(
          `redline: set ${ADMIN_PASSWORD_VARIABLE} to the admin's password before starting the server`,
        );
      }
      const server = await startSyncServer({
        dataDir: options.data,
        port: options.port,
        host: options.host,
        admin: { name: options.admin, password: password as string },
      });
      process.stdout.write(`${JSON.stringify({ url: server.url, data: options.data })}\n`);
      await untilStopped();
      await server.close();
      // The feeds express-pouchdb opened for members' long polls keep timers running for up to
      // their timeout after the connections closed; a stopped server ends now, not a minute later.
      process.exit(0);
    });
}
