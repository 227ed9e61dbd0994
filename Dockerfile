# syntax=docker/dockerfile:1
# CallCov image: Node.js 24 (runs the TypeScript sources directly, no compile step), ffmpeg and the offline
# PocketSphinx English recogniser inside, running as the unprivileged `node` user.
#   docker build -t callcov .
#   docker run --rm -p 8080:8080 -v callcov-data:/data callcov                   # all roles, embedded SQLite in /data
#   docker run --rm -e DATABASE_URL=postgres://… callcov serve --role worker      # one role, for scale-out
# See docs/deployment.md and compose.yaml.
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. Only the package manifests, so the dependency layers below are rebuilt only when a manifest changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY package.json package-lock.json ./
COPY packages ./packages
RUN find packages -mindepth 2 -maxdepth 2 ! -name package.json -exec rm -rf {} +

# 2. Build: every dependency (dev included, for Vite) to build the dashboard into packages/dashboard/dist.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /src ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY packages ./packages
RUN scripts/build-dashboard --force

# 3. Production dependencies only.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY --from=manifests /src ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 4. Runtime.
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ffmpeg pocketsphinx pocketsphinx-en-us tini ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Code and dependencies belong to root (read-only for the service); only /data is writable by it.
COPY --from=prod-deps /app ./
COPY packages ./packages
COPY --from=build /app/packages/dashboard/dist ./packages/dashboard/dist
RUN mkdir -p /data && chown node:node /data
ENV HOST=0.0.0.0 \
    PORT=8080 \
    CALLCOV_DATA_DIR=/data \
    CALLCOV_ENV=production
USER node
VOLUME ["/data"]
EXPOSE 8080
# tini forwards SIGTERM to Node (graceful shutdown: stop claiming, finish or release in-flight jobs, exit)
ENTRYPOINT ["/usr/bin/tini", "--", "node", "packages/cli/src/main.ts"]
CMD ["serve", "--role", "all"]
