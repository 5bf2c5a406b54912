/**
 * Fixed settings shared by the workerd suite's config, its global setup (Node) and its tests
 * (workerd). The port is fixed because vitest evaluates the config before globalSetup runs.
 */
export const HRANA_PORT = 48731;
export const DATABASE_URL = `http://127.0.0.1:${HRANA_PORT}`;
export const SLACK_SECRET = 'workerd-test-signing-secret';
