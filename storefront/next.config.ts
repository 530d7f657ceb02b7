import path from "node:path"
import type { NextConfig } from "next"

const workspaceRoot = path.join(__dirname, "..")

const nextConfig: NextConfig = {
  // The page-builder blocks are compiled by Next with the storefront's React
  // (19), never loaded as the plugin's build made for the admin's React 18.
  transpilePackages: ["@belanjain/page-builder"],
  // npm workspaces: packages are hoisted to the repository root.
  turbopack: { root: workspaceRoot },
  outputFileTracingRoot: workspaceRoot,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The server's store API is the only data source; server actions post to
  // this app only.
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
}

export default nextConfig
