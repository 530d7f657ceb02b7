/**
 * RouterClient for the classic RouterOS API (api 8728 / api-ssl 8729):
 * - create: `/ip/hotspot/user/add =name= =password= =profile= =limit-uptime=
 *   =limit-bytes-total= =comment= =server=` → `!done =ret=<.id>`.
 * - find: `/ip/hotspot/user/print ?name=<name>` → one `!re` per user, then
 *   `!done` (RouterOS 7.18+ sends `!empty` first when nothing matches).
 * - remove: find, then `/ip/hotspot/user/remove =.id=<.id>`.
 * `!trap =message=failure: already have user with this name for this server`
 * is a duplicate name; other traps are refusals ("no such item" on remove
 * means someone else removed it first).
 *
 * Commands run one at a time on one connection, opened (and logged in) on the
 * first call and reopened on the next call after it closed.
 */
import {
  ApiConnection,
  ApiTrap,
  type CommandResult,
} from "./classic-api-connection"
import { resolveConnection, type ResolvedConnection } from "./connection"
import { commandErrorKind } from "./errors"
import {
  hotspotUserFields,
  hotspotUserFromInput,
  hotspotUserFromRecord,
  type RouterOsRecord,
} from "./hotspot-user"
import {
  RouterError,
  type HotspotUser,
  type HotspotUserInput,
  type RouterClient,
  type RouterConnection,
} from "./types"

const USER_MENU = "/ip/hotspot/user"

export class ClassicApiRouterClient implements RouterClient {
  readonly kind = "api" as const
  private readonly conn: ResolvedConnection
  private connection: ApiConnection | null = null
  /** The tail of the command queue; every call waits for the previous one. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(connection: RouterConnection) {
    this.conn = resolveConnection("api", connection)
  }

  async createUser(input: HotspotUserInput): Promise<HotspotUser> {
    const fields = hotspotUserFields(input)
    const words = Object.entries(fields).map(
      ([key, value]) => `=${key}=${value}`
    )
    const result = await this.run([`${USER_MENU}/add`, ...words])
    const id = result.done.ret
    if (!id) {
      throw new RouterError(
        "protocol",
        `router ${this.conn.target}: add answered without the new .id`
      )
    }
    return hotspotUserFromInput(id, input)
  }

  async findUserByName(name: string): Promise<HotspotUser | null> {
    const [first] = await this.findRecords(name)
    return first ? hotspotUserFromRecord(first) : null
  }

  async removeUser(name: string): Promise<boolean> {
    let removed = false
    for (const record of await this.findRecords(name)) {
      const id = record[".id"]
      if (!id) {
        throw new RouterError(
          "protocol",
          `router ${this.conn.target}: a hotspot user has no .id`
        )
      }
      try {
        await this.run([`${USER_MENU}/remove`, `=.id=${id}`])
        removed = true
      } catch (err) {
        if (!(
          err instanceof RouterError && /no such item/i.test(err.message)
        )) {
          throw err
        }
      }
    }
    return removed
  }

  /** Ends the connection after the commands already queued. Safe to call twice. */
  async close(): Promise<void> {
    await this.enqueue(async () => {
      this.connection?.close()
      this.connection = null
    })
  }

  private async findRecords(name: string): Promise<RouterOsRecord[]> {
    const result = await this.run([`${USER_MENU}/print`, `?name=${name}`])
    return result.rows.filter((row) => row.name === name)
  }

  /** Runs one command in turn, on the open connection or a new one. */
  private run(words: readonly string[]): Promise<CommandResult> {
    return this.enqueue(async () => {
      const connection = await this.connect()
      try {
        return await connection.command(words)
      } catch (err) {
        throw this.toRouterError(err)
      }
    })
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task)
    this.queue = result.catch(() => undefined)
    return result
  }

  private async connect(): Promise<ApiConnection> {
    if (!this.connection || this.connection.closed) {
      this.connection = null
      this.connection = await ApiConnection.open(this.conn)
    }
    return this.connection
  }

  private toRouterError(err: unknown): unknown {
    if (err instanceof ApiTrap) {
      return new RouterError(
        commandErrorKind(err.trapMessage),
        `router ${this.conn.target} refused the command: ${err.trapMessage}`
      )
    }
    return err
  }
}
