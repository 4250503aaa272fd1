# The evidence-graph service. It talks to the Neo4j of docker-compose.yml (NEO4J_URI), so the
# local-Neo4j launcher (Java, Maven) is not built into the image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV EVIDENCE_GRAPH_SKIP_NEO4J_BUILD=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json codegen.ts ./
COPY schema ./schema
COPY src ./src
COPY bench ./bench
# The web explorer and GraphiQL (bundled into dist/explorer); the docs give GraphiQL its examples.
COPY explorer ./explorer
COPY README.md ./
COPY docs ./docs
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cypher ./cypher
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/entry/cli.js", "serve"]
