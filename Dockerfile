# The reference server as an image (docs/deployment.md). Three stages: the drop-in is built with every dependency,
# production dependencies are installed on their own, and the final image holds only those, the server's source
# (run through tsx, as `npm start` does), the shared code it imports, the built drop-in and the demo pages.
# Runs as the unprivileged `node` user; SQLite data (the default) lives in the /data volume.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles itself when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY server/package.json server/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS production-deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY server/package.json server/
RUN npm ci --omit=dev --no-audit --no-fund && mkdir -p server/node_modules

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    M4A_DB=/data/m4a.sqlite
WORKDIR /app
COPY --from=production-deps /app/node_modules node_modules
COPY package.json ./
COPY server server
# Where npm could not hoist a server dependency it nests it here (usually empty).
COPY --from=production-deps /app/server/node_modules server/node_modules
COPY src/shared src/shared
COPY demo demo
COPY --from=build /app/dist dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8787
# Ready = the database answers and its migrations are applied (GET /readyz).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains: readiness fails, requests in flight finish, forwarding leases are given back (docs/deployment.md).
STOPSIGNAL SIGTERM
CMD ["node", "--conditions=m4a-source", "--import", "tsx", "server/main.ts"]
