import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import { withTimeout } from "../utils/cache"

/**
 * The cache timeout must measure the cache, not this process: an answer that
 * arrived while the event loop was stalled (a GC pause, a burst of requests)
 * is delivered, not counted as a timeout. The answering server is another
 * process, so it replies during the stall and its bytes wait in the socket.
 */
const SERVER = `
const net = require("node:net")
const server = net.createServer((s) => s.on("data", (d) => {
  if (String(d) === "ping") setTimeout(() => s.write("pong"), 20)
}))
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"))
`

let child: ChildProcess
let port: number
beforeAll(async () => {
  child = spawn(process.execPath, ["-e", SERVER], {
    stdio: ["ignore", "pipe", "inherit"],
  })
  port = await new Promise<number>((resolve) =>
    child.stdout!.once("data", (d) => resolve(Number(String(d).trim())))
  )
})
afterAll(() => {
  child.kill()
})

function ask(message: string) {
  return new Promise<{ socket: net.Socket; answer: Promise<string> }>(
    (resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        const answer = new Promise<string>((r) =>
          socket.once("data", (d) => r(String(d)))
        )
        socket.write(message)
        resolve({ socket, answer })
      })
    }
  )
}

function stall(ms: number) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    // a synchronous stall of this process's event loop
  }
}

describe("page cache timeout", () => {
  it("delivers an answer that arrived during a stall longer than the timeout", async () => {
    const { socket, answer } = await ask("ping")
    const timed = withTimeout(answer, "cache read", 50)
    stall(400) // the reply (after 20 ms) waits in the socket; the timer is due
    await expect(timed).resolves.toBe("pong")
    socket.destroy()
  })

  it("still times out when nothing answers", async () => {
    const { socket, answer } = await ask("silence")
    await expect(withTimeout(answer, "cache read", 50)).rejects.toThrow(
      "cache read timed out after 50 ms"
    )
    socket.destroy()
  })
})
