import { spawn, spawnSync } from "child_process"
import crypto from "crypto"
import fs from "fs"
import http from "http"
import type { AddressInfo } from "net"
import os from "os"
import path from "path"
import { Client } from "pg"

/**
 * scripts/backup.sh and scripts/restore.sh against the real PostgreSQL of the
 * test run (DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, as scripts/test.mjs sets
 * them): a real pg_dump of a database made here, a real restore into a new
 * one, row counts and values compared. The S3 path runs the real AWS CLI
 * against a small S3 server on 127.0.0.1 (below) when `aws` is installed.
 */

// Each script run is a few PostgreSQL (and AWS CLI) processes: seconds, not ms.
jest.setTimeout(120_000)

const ROOT = path.resolve(__dirname, "..", "..")
const BACKUP = path.join(ROOT, "scripts", "backup.sh")
const RESTORE = path.join(ROOT, "scripts", "restore.sh")

const DB = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const auth = DB.password
  ? `${encodeURIComponent(DB.user)}:${encodeURIComponent(DB.password)}`
  : encodeURIComponent(DB.user)
const dbUrl = (name: string) =>
  `postgres://${auth}@${DB.host}:${DB.port}/${name}`

const RUN_ID = `${process.pid}_${Date.now().toString(36)}`
const SOURCE_DB = `bk_src_${RUN_ID}`
const dbName = (label: string) => `bk_${label}_${RUN_ID}`
const createdDbs = new Set<string>([SOURCE_DB])
const tmpDirs: string[] = []

function tmpDir(label: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `belanjain-${label}-`))
  tmpDirs.push(dir)
  return dir
}

type Result = { status: number | null; stdout: string; stderr: string }

/**
 * Runs a script with only the given environment (plus PATH and HOME).
 * Asynchronous: the fake S3 server answers from this process meanwhile.
 */
function runScript(
  script: string,
  args: string[],
  env: Record<string, string>
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(script, args, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        ...env,
      },
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("error", reject)
    child.on("close", (status) => resolve({ status, stdout, stderr }))
  })
}

const backup = (env: Record<string, string>) => runScript(BACKUP, [], env)
const restore = (args: string[], env: Record<string, string> = {}) =>
  runScript(RESTORE, args, env)

/** The last line a script printed on stdout (backup.sh: where the dump went). */
const lastLine = (s: string) => s.trim().split("\n").pop() ?? ""

async function withDb<T>(name: string, fn: (c: Client) => Promise<T>) {
  const client = new Client({ ...DB, database: name })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const TABLES = ["public.order", "public.product", "public.seller"]

/** Exact row counts of the test's tables. */
async function rowCounts(name: string) {
  return withDb(name, async (c) => {
    const counts: Record<string, number> = {}
    for (const t of TABLES) {
      const [schema, table] = t.split(".")
      const { rows } = await c.query(
        `select count(*)::int as n from "${schema}"."${table}"`
      )
      counts[t] = rows[0].n
    }
    return counts
  })
}

/** A sample of values of every kind the source holds. */
async function sample(name: string) {
  return withDb(name, async (c) => ({
    sellers: (await c.query(`select handle, metadata from seller order by id`))
      .rows,
    products: (
      await c.query(
        `select id::text, seller_id, title, price::text, tags from product
         where id in (1, 7, 25) order by id`
      )
    ).rows,
    orders: (await c.query(`select id, items from "order" order by id`)).rows,
    sequence: (await c.query(`select last_value::int from order_number_seq`))
      .rows[0].last_value,
  }))
}

const sha256 = (file: string) =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")

const dumpsIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".dump"))
    .sort()

/** Major version of a PostgreSQL client program, or 0 when it does not run. */
function toolMajor(program: string) {
  const res = spawnSync(program, ["--version"], { encoding: "utf8" })
  return Number(/(\d+)/.exec(res.stdout ?? "")?.[1] ?? 0)
}

// pg_dump cannot dump a newer server (e.g. Debian's pg_dump 15 and the
// embedded PostgreSQL 16 of `npm test` without DB_HOST). backup.sh looks for
// a new enough pg_dump (PG_BIN, PATH, /usr/lib/postgresql/*/bin) and stops
// with a clear message otherwise; that message is tested here in any case.
const serverMajor = Math.floor(
  Number(
    spawnSync(
      "psql",
      [dbUrl("postgres"), "-XAtqc", "show server_version_num"],
      {
        encoding: "utf8",
      }
    ).stdout.trim()
  ) / 10000
)
const pgDumpCandidates = process.env.PG_BIN
  ? [path.join(process.env.PG_BIN, "pg_dump")]
  : [
      "pg_dump",
      ...(fs.existsSync("/usr/lib/postgresql")
        ? fs
            .readdirSync("/usr/lib/postgresql")
            .map((v) => `/usr/lib/postgresql/${v}/bin/pg_dump`)
        : []),
    ]
const canDump = pgDumpCandidates.some((p) => toolMajor(p) >= serverMajor)
if (!canDump) {
  console.log(
    `backup-restore: no pg_dump of PostgreSQL ${serverMajor} or newer here ` +
      `(tried ${pgDumpCandidates.join(", ")}): the dump and restore tests are ` +
      `skipped; set PG_BIN to such a client's bin folder to run them`
  )
}
/** PG_BIN of the test run, passed on to the scripts. */
const pgBin: Record<string, string> = process.env.PG_BIN
  ? { PG_BIN: process.env.PG_BIN }
  : {}
const hasAws = spawnSync("aws", ["--version"]).status === 0
if (canDump && !hasAws) {
  console.log(
    "backup-restore: the AWS CLI (aws) is not installed: the S3 test is skipped"
  )
}

beforeAll(async () => {
  await withDb("postgres", (c) => c.query(`create database "${SOURCE_DB}"`))
  await withDb(SOURCE_DB, async (c) => {
    await c.query(`
      create table seller (
        id serial primary key,
        handle text not null unique,
        metadata jsonb not null default '{}'
      );
      create table product (
        id bigint generated always as identity primary key,
        seller_id int not null references seller (id) on delete cascade,
        title text not null,
        price numeric(14, 0) not null,
        tags text[] not null default '{}'
      );
      create sequence order_number_seq start 1000;
      create table "order" (
        id text primary key default 'order_' || nextval('order_number_seq'),
        product_id bigint not null references product (id),
        items jsonb not null
      );
      create index product_tags_idx on product using gin (tags);
      create view seller_product_count as
        select seller_id, count(*) as products from product group by seller_id;

      insert into seller (handle, metadata) values
        ('toko-budi', '{"city": "Bandung", "verified": true, "rating": 4.5}'),
        ('warung-sari', '{"city": "Surabaya", "tags": ["kopi", "teh"]}'),
        ('kios-ani', '{"note": "tanda kutip \\" dan emoji 🛒"}');
      insert into product (seller_id, title, price, tags)
        select 1 + g % 3, 'Produk ' || g, 15000 * g, array['tag' || g % 4]
        from generate_series(1, 25) g;
      insert into "order" (product_id, items)
        select g, jsonb_build_object('qty', g, 'lines', jsonb_build_array(g, g * 2))
        from generate_series(1, 10) g;
    `)
  })
})

afterAll(async () => {
  await withDb("postgres", async (c) => {
    for (const name of createdDbs) {
      await c.query(`drop database if exists "${name}"`)
    }
  })
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true })
})

describe("scripts/backup.sh and scripts/restore.sh", () => {
  it("stops naming DATABASE_URL when it is unset, writing nothing", async () => {
    const dir = tmpDir("backup-nourl")
    const res = await backup({ BACKUP_DIR: dir })

    expect(res.status).not.toBe(0)
    expect(res.stderr).toContain("DATABASE_URL is not set")
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it("stops naming PG_BIN when pg_dump is older than the server", async () => {
    // A pg_dump that says it is PostgreSQL 9: older than any server here.
    const bin = tmpDir("old-pg-bin")
    fs.writeFileSync(
      path.join(bin, "pg_dump"),
      '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n',
      { mode: 0o755 }
    )
    const dir = tmpDir("backup-oldpg")
    const res = await backup({
      DATABASE_URL: dbUrl(SOURCE_DB),
      BACKUP_DIR: dir,
      PG_BIN: bin,
    })

    expect(res.status).not.toBe(0)
    expect(res.stderr).toContain(
      `is PostgreSQL 9, older than the server (${serverMajor})`
    )
    expect(res.stderr).toContain("PG_BIN")
    expect(dumpsIn(dir)).toEqual([])
  })

  if (!canDump) {
    it("stops with a clear message when no pg_dump can dump this server", async () => {
      const res = await backup({
        DATABASE_URL: dbUrl(SOURCE_DB),
        BACKUP_DIR: tmpDir("backup-mismatch"),
        ...pgBin,
      })
      expect(res.status).not.toBe(0)
      expect(res.stderr).toContain("older than the server")
    })
  }

  const describeDump = canDump ? describe : describe.skip
  describeDump("a real dump and restore", () => {
    const dir = tmpDir("backups")
    let dumpFile = ""

    it("dumps to BACKUP_DIR in custom format, with a sha256 beside it", async () => {
      const res = await backup({
        DATABASE_URL: dbUrl(SOURCE_DB),
        BACKUP_DIR: dir,
        ...pgBin,
      })
      expect(res.stderr).not.toContain("ERROR")
      expect(res.status).toBe(0)

      dumpFile = lastLine(res.stdout)
      expect(path.dirname(dumpFile)).toBe(fs.realpathSync(dir))
      expect(path.basename(dumpFile)).toMatch(/^belanjain-\d{8}T\d{6}Z\.dump$/)
      // A custom-format archive starts with "PGDMP".
      expect(fs.readFileSync(dumpFile).subarray(0, 5).toString()).toBe("PGDMP")
      const checksum = fs.readFileSync(`${dumpFile}.sha256`, "utf8")
      expect(checksum).toBe(`${sha256(dumpFile)}  ${path.basename(dumpFile)}\n`)
      // `sha256sum -c` accepts it as written.
      const check = spawnSync("sha256sum", ["-c", `${dumpFile}.sha256`], {
        cwd: dir,
      })
      expect(check.status).toBe(0)
      // No partial files are left behind.
      expect(fs.readdirSync(dir).sort()).toEqual([
        path.basename(dumpFile),
        `${path.basename(dumpFile)}.sha256`,
      ])
    })

    it("restores into a new database with the same rows and values", async () => {
      const target = dbName("restored")
      createdDbs.add(target)
      const res = await restore([dumpFile, dbUrl(target)], pgBin)
      expect(res.stderr).not.toContain("ERROR")
      expect(res.status).toBe(0)
      expect(res.stderr).toContain("checksum ok")

      const expected = await rowCounts(SOURCE_DB)
      expect(expected).toEqual({
        "public.order": 10,
        "public.product": 25,
        "public.seller": 3,
      })
      expect(await rowCounts(target)).toEqual(expected)
      // restore.sh prints the same counts, one "schema.table<TAB>rows" a line.
      for (const [table, n] of Object.entries(expected)) {
        expect(res.stdout).toContain(`${table}\t${n}\n`)
      }
      expect(res.stderr).toContain("3 tables, 38 rows")

      expect(await sample(target)).toEqual(await sample(SOURCE_DB))
      // The sequence goes on where it was, the view and the foreign keys came along.
      await withDb(target, async (c) => {
        const next = await c.query(
          `insert into "order" (product_id, items) values (1, '{}') returning id`
        )
        expect(next.rows[0].id).toBe("order_1010")
        const view = await c.query(
          `select sum(products)::int as n from seller_product_count`
        )
        expect(view.rows[0].n).toBe(25)
        await expect(
          c.query(
            `insert into product (seller_id, title, price) values (999, 'x', 1)`
          )
        ).rejects.toMatchObject({ code: "23503" })
      })
    })

    it("refuses a non-empty target unless --force, which replaces it", async () => {
      const target = dbName("restored")
      const refused = await restore([dumpFile, dbUrl(target)], pgBin)
      expect(refused.status).not.toBe(0)
      expect(refused.stderr).toContain("is not empty")
      expect(refused.stderr).toContain("--force")

      // The extra row of the test above is gone after a forced restore.
      const forced = await restore(["--force", dumpFile, dbUrl(target)], pgBin)
      expect(forced.stderr).not.toContain("ERROR")
      expect(forced.status).toBe(0)
      expect(await rowCounts(target)).toEqual(await rowCounts(SOURCE_DB))
    })

    it("refuses a corrupted dump by its checksum, creating nothing", async () => {
      const bad = path.join(tmpDir("corrupt"), path.basename(dumpFile))
      fs.copyFileSync(dumpFile, bad)
      fs.copyFileSync(`${dumpFile}.sha256`, `${bad}.sha256`)
      const bytes = fs.readFileSync(bad)
      bytes[Math.floor(bytes.length / 2)] ^= 0xff
      fs.writeFileSync(bad, bytes)

      const target = dbName("corrupt")
      createdDbs.add(target)
      const res = await restore([bad, dbUrl(target)], pgBin)
      expect(res.status).not.toBe(0)
      expect(res.stderr).toContain("checksum mismatch")
      const exists = await withDb("postgres", (c) =>
        c.query(`select 1 from pg_database where datname = $1`, [target])
      )
      expect(exists.rowCount).toBe(0)
    })

    it("keeps the newest BACKUP_KEEP backups, and a failed run deletes none", async () => {
      const keepDir = tmpDir("retention")
      const env = {
        DATABASE_URL: dbUrl(SOURCE_DB),
        BACKUP_DIR: keepDir,
        BACKUP_KEEP: "2",
        ...pgBin,
      }
      const made: string[] = []
      for (let i = 0; i < 3; i++) {
        const res = await backup(env)
        expect(res.status).toBe(0)
        made.push(path.basename(lastLine(res.stdout)))
      }
      expect(new Set(made).size).toBe(3) // never the same name twice
      expect(dumpsIn(keepDir)).toEqual(made.slice(1))
      expect(fs.readdirSync(keepDir).sort()).toEqual(
        made.slice(1).flatMap((f) => [f, `${f}.sha256`])
      )

      // A dump that fails (no such database) stores nothing and deletes nothing.
      const failed = await backup({
        ...env,
        BACKUP_KEEP: "1",
        DATABASE_URL: dbUrl(dbName("missing")),
      })
      expect(failed.status).not.toBe(0)
      expect(dumpsIn(keepDir)).toEqual(made.slice(1))
    })

    const itS3 = hasAws ? it : it.skip
    itS3(
      "backs up to S3 with the AWS CLI, keeps BACKUP_KEEP there and restores from s3://",
      async () => {
        const s3 = await startFakeS3()
        try {
          const env = {
            DATABASE_URL: dbUrl(SOURCE_DB),
            BACKUP_S3_BUCKET: "belanjain-backups",
            BACKUP_S3_PREFIX: "db/nightly",
            BACKUP_S3_ENDPOINT: s3.url,
            BACKUP_KEEP: "2",
            AWS_ACCESS_KEY_ID: "test-key",
            AWS_SECRET_ACCESS_KEY: "test-secret",
            AWS_DEFAULT_REGION: "us-east-1",
            // Nothing from the machine's own AWS setup.
            AWS_CONFIG_FILE: "/nonexistent/aws-config",
            AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/aws-credentials",
            AWS_EC2_METADATA_DISABLED: "true",
            ...pgBin,
          }
          const made: string[] = []
          for (let i = 0; i < 3; i++) {
            const res = await backup(env)
            expect(res.stderr).not.toContain("ERROR")
            expect(res.status).toBe(0)
            made.push(lastLine(res.stdout))
          }
          const keys = made.map((uri) =>
            uri.replace("s3://belanjain-backups/", "")
          )
          expect(keys[0]).toMatch(/^db\/nightly\/belanjain-\d{8}T\d{6}Z\.dump$/)
          expect([...s3.objects.keys()].sort()).toEqual(
            keys
              .slice(1)
              .flatMap((k) => [
                `belanjain-backups/${k}`,
                `belanjain-backups/${k}.sha256`,
              ])
          )
          const stored = s3.objects.get(`belanjain-backups/${keys[2]}`)!
          expect(stored.subarray(0, 5).toString()).toBe("PGDMP")

          const target = dbName("from_s3")
          createdDbs.add(target)
          const res = await restore([made[2], dbUrl(target)], env)
          expect(res.stderr).not.toContain("ERROR")
          expect(res.status).toBe(0)
          expect(res.stderr).toContain("checksum ok")
          expect(await rowCounts(target)).toEqual(await rowCounts(SOURCE_DB))
          expect(await sample(target)).toEqual(await sample(SOURCE_DB))

          // A dump without its checksum restores, with a warning saying so.
          s3.objects.delete(`belanjain-backups/${keys[1]}.sha256`)
          const unchecked = dbName("from_s3_unchecked")
          createdDbs.add(unchecked)
          const noSum = await restore([made[1], dbUrl(unchecked)], env)
          expect(noSum.stderr).not.toContain("ERROR")
          expect(noSum.status).toBe(0)
          expect(noSum.stderr).toContain("its checksum is not verified")
          expect(await rowCounts(unchecked)).toEqual(await rowCounts(SOURCE_DB))

          // A damaged object in the bucket is refused by its checksum.
          const damaged = Buffer.from(stored)
          damaged[100] ^= 0xff
          s3.objects.set(`belanjain-backups/${keys[2]}`, damaged)
          createdDbs.add(dbName("from_s3_bad"))
          const bad = await restore(
            [made[2], dbUrl(dbName("from_s3_bad"))],
            env
          )
          expect(bad.status).not.toBe(0)
          expect(bad.stderr).toContain("checksum mismatch")
        } finally {
          await s3.close()
        }
      }
    )
  })
})

/**
 * The part of the S3 REST API that `aws s3 cp / ls / rm` use, path-style
 * (what the AWS CLI sends to an endpoint given by IP address): PutObject,
 * HeadObject, GetObject, DeleteObject and ListObjectsV2 with prefix and
 * delimiter. Objects live in memory, keyed "bucket/key". Signatures are not
 * checked.
 */
async function startFakeS3() {
  const objects = new Map<string, Buffer>()
  const modified = new Map<string, Date>()
  const xml = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
  const etag = (b: Buffer) =>
    `"${crypto.createHash("md5").update(b).digest("hex")}"`

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://s3.local")
      const [bucket, ...rest] = url.pathname.slice(1).split("/")
      const key = decodeURIComponent(rest.join("/"))
      const id = `${bucket}/${key}`
      const notFound = () => {
        res.writeHead(404, { "content-type": "application/xml" })
        res.end(
          req.method === "HEAD"
            ? undefined
            : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>`
        )
      }

      if (req.method === "PUT" && key) {
        const body = Buffer.concat(chunks)
        objects.set(id, body)
        modified.set(id, new Date())
        res.writeHead(200, { ETag: etag(body) })
        return res.end()
      }
      if ((req.method === "GET" || req.method === "HEAD") && key) {
        const body = objects.get(id)
        if (!body) return notFound()
        res.writeHead(200, {
          "content-type": "application/octet-stream",
          "content-length": body.length,
          ETag: etag(body),
          "last-modified": modified.get(id)!.toUTCString(),
        })
        return res.end(req.method === "GET" ? body : undefined)
      }
      if (req.method === "DELETE" && key) {
        objects.delete(id)
        modified.delete(id)
        res.writeHead(204)
        return res.end()
      }
      if (req.method === "GET" && url.searchParams.get("list-type") === "2") {
        const prefix = url.searchParams.get("prefix") ?? ""
        const delimiter = url.searchParams.get("delimiter") ?? ""
        const contents: string[] = []
        const prefixes = new Set<string>()
        for (const [full, body] of [...objects].sort()) {
          if (!full.startsWith(`${bucket}/`)) continue
          const k = full.slice(bucket.length + 1)
          if (!k.startsWith(prefix)) continue
          const cut = delimiter ? k.indexOf(delimiter, prefix.length) : -1
          if (cut >= 0) {
            prefixes.add(k.slice(0, cut + delimiter.length))
            continue
          }
          contents.push(
            `<Contents><Key>${xml(k)}</Key><LastModified>${modified.get(full)!.toISOString()}</LastModified>` +
              `<ETag>${xml(etag(body))}</ETag><Size>${body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`
          )
        }
        res.writeHead(200, { "content-type": "application/xml" })
        return res.end(
          `<?xml version="1.0" encoding="UTF-8"?>` +
            `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
            `<Name>${xml(bucket)}</Name><Prefix>${xml(prefix)}</Prefix>` +
            `<KeyCount>${contents.length + prefixes.size}</KeyCount><MaxKeys>1000</MaxKeys>` +
            `<Delimiter>${xml(delimiter)}</Delimiter><IsTruncated>false</IsTruncated>` +
            contents.join("") +
            [...prefixes]
              .map(
                (p) =>
                  `<CommonPrefixes><Prefix>${xml(p)}</Prefix></CommonPrefixes>`
              )
              .join("") +
            `</ListBucketResult>`
        )
      }
      res.writeHead(501, { "content-type": "application/xml" })
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NotImplemented</Code><Message>${xml(`${req.method} ${req.url}`)}</Message></Error>`
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
