// Lists the commitments one party takes part in, with the other parties and the evidence.
// Usage: node docs/examples/commitments-by-party.mjs <database> <party code>
import Database from 'better-sqlite3';

const [path = 'output/secfacts.db', party = 'FRA'] = process.argv.slice(2);
const db = new Database(path, { readonly: true, fileMustExist: true });
const rows = db
  .prepare(
    `SELECT c.date, c.type, c.status, c.parties, c.topics, c.trigger, c.evidence, c.article_title
     FROM commitments_full c
     WHERE c.id IN (SELECT commitment_id FROM commitment_parties WHERE party = ?)
     ORDER BY c.first_day`,
  )
  .all(party.toUpperCase());
for (const row of rows) {
  console.log(`${row.date ?? 'undated'}  ${row.type} (${row.status}) with ${row.parties}: "${row.trigger}"`);
  console.log(`    ${row.evidence}`);
}
console.log(`${rows.length} commitments with ${party.toUpperCase()}`);
db.close();
