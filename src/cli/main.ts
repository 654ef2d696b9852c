import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { SecfactsError } from '../model/errors.js';
import { registerEval } from './commands/eval.js';
import { registerQuery } from './commands/query.js';
import { registerRun } from './commands/run.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export function buildProgram(): Command {
  const program = new Command('secfacts')
    .description('Turns news about security cooperation between states into structured, queryable facts.')
    .version(version)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerRun(program);
  registerQuery(program);
  registerEval(program);
  // Errors and --help come back to main() as CommanderError instead of exiting the process.
  const overrideAll = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(overrideAll);
  };
  overrideAll(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof SecfactsError ? `${error.code}: ` : '';
    process.stderr.write(`secfacts: ${code}${message}\n`);
    return 1;
  }
}
