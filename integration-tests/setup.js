const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()

// HTTP tests run in parallel Jest workers. Each worker gets its own Redis
// database (index = REDIS_DB_BASE + worker id), so the Medusa instances of two
// workers never share event-bus or workflow queues, locks or cache entries.
// REDIS_DB_BASE lets two test runs on one machine use different databases.
if (process.env.REDIS_URL && process.env.JEST_WORKER_ID) {
  const url = new URL(process.env.REDIS_URL)
  if (!url.pathname || url.pathname === "/") {
    url.pathname = `/${(Number(process.env.REDIS_DB_BASE || 0) + Number(process.env.JEST_WORKER_ID)) % 16}`
    process.env.REDIS_URL = url.toString()
  }
}
