import type { Command } from 'commander';
import { durationSeconds, loadConfig } from '../../foundations/config/environment';
import { ROLES, type Role } from '../../domain/auth/permissions';
import { createAuthenticator } from '../../domain/auth/tokens';
import { UsageError } from './usage-error';

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * Issues a bearer token for local use, signed with AUTH_JWT_SECRET (or, outside production with
 * neither key setting, the development secret in .data/dev-jwt-secret that `serve` verifies with).
 * With only AUTH_JWKS_FILE configured it refuses: public keys cannot sign.
 */
export function registerToken(program: Command): void {
  program
    .command('token')
    .description('print a signed bearer token (HS256) for the API: the token on stdout, what it grants on stderr')
    .requiredOption('--user <id>', 'who the token is for (its "sub")')
    .requiredOption('--role <role>', `a role, repeatable: ${ROLES.join(', ')}`, collect, [] as string[])
    .option('--cleared', "may see protected persons' real identities", false)
    .option('--ttl <duration>', 'lifetime such as 30m, 8h, 7d (default: AUTH_TOKEN_TTL, 8h)')
    .action(async (opts: { user: string; role: string[]; cleared: boolean; ttl?: string }) => {
      const unknown = opts.role.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length) throw new UsageError(`unknown role ${unknown.join(', ')}; the roles are ${ROLES.join(', ')}`);
      if (!opts.user.trim()) throw new UsageError('--user must not be empty');
      if (opts.ttl !== undefined && durationSeconds(opts.ttl) === undefined) throw new UsageError(`--ttl must be a duration such as 30m, 8h or 7d (got "${opts.ttl}")`);
      const config = loadConfig();
      const auth = await createAuthenticator(config.auth);
      const ttl = opts.ttl ?? config.auth.tokenTtl;
      const token = await auth.issue({ user: opts.user, roles: opts.role as Role[], cleared: opts.cleared, ttl });
      process.stdout.write(`${token}\n`);
      process.stderr.write(
        `token for ${opts.user}: roles ${opts.role.join(', ')}, ${opts.cleared ? 'cleared' : 'not cleared'}, valid ${ttl}${config.auth.mode === 'development' ? ' (development secret)' : ''}\n`,
      );
    });
}
