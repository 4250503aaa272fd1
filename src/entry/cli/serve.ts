import type { Command } from 'commander';
import { loadConfig } from '../../foundations/config/environment';
import { createLogger } from '../../foundations/logger';
import { startService } from '../service/start';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (starts the local Neo4j unless NEO4J_URI is set, migrates, seeds an empty database)')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger(config.LOG_LEVEL);
      const service = await startService(config, logger);
      process.stdout.write(
        `\nevidence-graph is ready: ${service.url}/graphql  (explorer ${service.url}/explorer/, GraphiQL ${service.url}/graphiql/, health ${service.url}/healthz, readiness ${service.url}/readyz)\n\n`,
      );
      if (service.developmentToken) {
        // Development only (no AUTH_JWT_SECRET or AUTH_JWKS_FILE): the secret stays in .data/dev-jwt-secret, never printed.
        process.stdout.write(
          `Development token (admin, cleared, valid ${config.auth.tokenTtl}; more with \`npm run cli -- token --user ID --role ROLE\`):\n\n` +
            `  export TOKEN=${service.developmentToken}\n\n` +
            // The token rides in the fragment, which the browser never sends to a server; the page moves it into sessionStorage.
            `Explorer, signed in with that token:\n\n  ${service.url}/explorer/#token=${service.developmentToken}\n\n` +
            `  curl -s ${service.url}/graphql -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \\\n` +
            `       -d '{"query":"{ about { name recordCount } }"}'\n\n`,
        );
      }
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'shutting down: draining requests');
        service.close().then(
          () => process.exit(0),
          (e) => {
            logger.error({ err: e }, 'error during shutdown');
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    });
}
