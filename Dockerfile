# syntax=docker/dockerfile:1
# sdm-flow API and worker: one image, two commands.
#   API (default):  node dist/api/main.js
#   Worker:         node dist/worker/main.js
# Node.js 24, the current LTS (Node 20 reached its end of life on 2026-04-30); CI runs the unit and
# integration tests on it too. bookworm-slim, not alpine: @temporalio/worker's native core bridge needs glibc.

# ---- build: all dependencies, compile TypeScript into dist/ ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# tsc keeps the repo layout: dist/api/main.js, dist/worker/main.js, dist/workflows/index.js, ...
RUN npm run build

# ---- runtime: production dependencies and dist/ only ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/.data
WORKDIR /app
COPY package.json package-lock.json ./
# tsx is a production dependency for `npm start`, but the image runs compiled JavaScript:
# drop it (and esbuild, which only tsx needs) without touching package.json.
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm uninstall --no-save --omit=dev --no-audit --no-fund tsx \
 && npm cache clean --force \
 && mkdir -p /app/.data && chown node:node /app/.data
COPY --from=build /app/dist ./dist
# The pages' stylesheet, read at start (web/assets.ts).
COPY --from=build /app/web/assets ./web/assets

# DATA_DIR is only written for secrets that are not set (dev secrets) and by the embedded OpenID
# provider (its keys and development password), which runs when OIDC_ISSUER is not set.
USER node
EXPOSE 3000 3001
# No curl in slim images: Node's own fetch probes the API's liveness endpoint.
# The worker serves no HTTP: docker-compose.yml disables this check for it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/api/main.js"]
