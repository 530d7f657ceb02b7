#!/usr/bin/env node
// `npm run build:plugins`: `medusa plugin:build` in every plugin, one after another.
import { ensurePluginsBuilt } from "./lib/plugins.mjs"

await ensurePluginsBuilt({ force: true }).catch((e) => {
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
  process.exit(1)
})
