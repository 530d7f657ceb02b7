# Belanjain server image: the workspace built once, run as server or worker (MEDUSA_WORKER_MODE).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true
COPY package.json package-lock.json ./
COPY plugins ./plugins
COPY packages ./packages
COPY admin/package.json ./admin/package.json
COPY storefront/package.json ./storefront/package.json
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true
COPY --from=build /app /app
EXPOSE 9000
# server: migrations first, then the HTTP server; the worker service overrides the command.
CMD ["sh", "-c", "npx medusa db:migrate && npm start"]
