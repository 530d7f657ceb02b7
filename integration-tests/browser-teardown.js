/**
 * Jest globalTeardown of the browser tests: drops the migrated template
 * databases this run made (integration-tests/browser/harness.ts,
 * migratedTemplate). Files run in this process (--runInBand), so their pid is
 * this one; templates of other, dead runs are dropped by the next run.
 */
const { Client } = require("pg")

module.exports = async () => {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const pass = process.env.DB_PASSWORD
    ? `:${encodeURIComponent(process.env.DB_PASSWORD)}`
    : ""
  const client = new Client({
    connectionString: `postgres://${user}${pass}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}/postgres`,
  })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select datname from pg_database where datname like $1",
      [`belanjain_browser_tpl_${process.pid}_%`]
    )
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
