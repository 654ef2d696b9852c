import { Argument, type Command, Option } from 'commander';
import { openReadonly } from '../../store/db.js';
import { QUERY_KINDS, type QueryFilters, type QueryKind, queryFacts, runSelect, SUMMARY_COLUMNS } from '../../store/queries.js';
import { DEFAULT_DB, parseFormat, parsePositiveInt } from '../options.js';
import { type Format, FORMATS, formatRows } from '../output.js';

const formatOption = () =>
  new Option('--format <format>', `output format: ${FORMATS.join(', ')}`).argParser(parseFormat).default('table');

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('list stored facts, with filters')
    .addArgument(new Argument('<kind>', 'what to list').choices(QUERY_KINDS))
    .option('--db <path>', 'SQLite database to read', DEFAULT_DB)
    .option('--country <code>', 'ISO alpha-3 code or IGO acronym: a party (commitments), the entity country (entities), a mentioned country (articles)')
    .option('--type <type>', 'commitment type, entity type, date type, or error code')
    .option('--status <status>', 'commitment status (SIGNED, ANNOUNCED, ...)')
    .option('--topic <topic>', 'commitment topic (migration, terrorism, ...)')
    .option('--since <date>', 'YYYY, YYYY-MM or YYYY-MM-DD: facts whose period ends on or after it')
    .option('--until <date>', 'YYYY, YYYY-MM or YYYY-MM-DD: facts whose period starts on or before it')
    .option('--article <id>', 'an article id or a prefix of it')
    .option('--search <fts>', 'full-text query over article titles and texts (SQLite FTS5 syntax)')
    .option('--limit <n>', 'at most this many rows', parsePositiveInt)
    .addOption(formatOption())
    .action((kind: QueryKind, opts: QueryFilters & { db: string; format: Format }) => {
      const { db: path, format, ...filters } = opts;
      const db = openReadonly(path);
      try {
        const rows = queryFacts(db, kind, filters);
        process.stdout.write(formatRows(rows, format, format === 'table' ? SUMMARY_COLUMNS[kind] : undefined));
      } finally {
        db.close();
      }
    });

  program
    .command('sql')
    .description('run one read-only SQL statement against the database (writes are refused)')
    .argument('<statement>', 'a SELECT (or WITH ... SELECT) statement')
    .option('--db <path>', 'SQLite database to read', DEFAULT_DB)
    .addOption(formatOption())
    .action((statement: string, opts: { db: string; format: Format }) => {
      const db = openReadonly(opts.db);
      try {
        process.stdout.write(formatRows(runSelect(db, statement), opts.format));
      } finally {
        db.close();
      }
    });
}
