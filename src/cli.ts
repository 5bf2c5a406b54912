/** @module The command-line entry: parse config, open the database, dispatch to a command. */
import { ConfigError, parseConfig } from './config';
import { migrateDb } from './db/migrate';
import { openNodeDb } from './db/node-client';
import { assessCommand } from './cli/assess';
import { checkCommand } from './cli/check';
import { loadDemo, tokensFileFor } from './cli/demo';
import { CliError } from './cli/io';
import { exportCommand, importCommand, tokenCommand } from './cli/reports';
import { slackCommand } from './cli/slack';
import { koladaCommand, revisionCommand } from './cli/kolada';
import { createKoladaClient } from './kolada';
import { startNodeServer } from './node';

const usage = `Motivera – kommandon (npm run cli -- KOMMANDO):
  import FIL                     importera en rapport (report-data/v1)
  export ID [--org ORG] [--out FIL]   exportera en rapport som JSON
  assess FIL [--compare] [--json]     bedöm målen; --compare jämför med publicerad bedömning
  check FIL [--goal ID] [--json]      kontrollera publicerade motiveringar mot siffrorna (slutstatus 1 vid fel)
  token create --role R --org ORG [--name NAMN]   skapa en token (rollerna official, editor, admin)
  slack link --team T… --org ORG --report ID      koppla en Slack-arbetsyta till en rapport (även unlink, list)
  kolada pull ID [--years 2019-2022] [--dry-run] [--accept]   hämta utfall, kön och jämförelser från Kolada som en ny version
  kolada search "TEXT"           sök nyckeltal i Kolada (id, titel, om de finns för kvinnor/män)
  revision list ID | revision restore ID VERSION   visa eller återställ en tidigare version av rapportens siffror
  migrate                        kör databasmigreringar mot DATABASE_URL
  demo [--serve]                 läs in demodata i data/ och skapa demotokens (--serve startar tjänsten)`;

async function main(argv: string[]) {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(usage);
    return;
  }
  if (command === 'assess') return assessCommand(args);
  if (command === 'check') return checkCommand(args);
  const config = parseConfig(process.env);
  const { db, close } = openNodeDb(config.databaseUrl, config.databaseAuthToken);
  try {
    await migrateDb(db);
    switch (command) {
      case 'migrate':
        console.log(`Databasen ${config.databaseUrl} är migrerad.`);
        return;
      case 'import':
        return await importCommand(db, args);
      case 'export':
        return await exportCommand(db, args);
      case 'token':
        return await tokenCommand(db, args);
      case 'slack':
        return await slackCommand(db, args);
      case 'kolada':
        return await koladaCommand(db, createKoladaClient({ baseUrl: config.kolada.baseUrl, timeoutMs: config.kolada.timeoutMs }), args);
      case 'revision':
        return await revisionCommand(db, args);
      case 'demo': {
        console.log(`Läser in demodata i ${config.databaseUrl}:`);
        const tokensFile = tokensFileFor(config.databaseUrl);
        const { tokens } = await loadDemo(db, tokensFile);
        console.log(`\nDemotokens (sparade i ${tokensFile}):`);
        for (const [who, secret] of Object.entries(tokens)) console.log(`  ${who}: ${secret}`);
        if (args.includes('--serve')) {
          close();
          await startNodeServer(config);
          console.log(`\nÖppna http://localhost:${config.port}/ och logga in med redaktörstoken ovan.`);
        }
        return;
      }
      default:
        throw new CliError(`Okänt kommando "${command}".\n\n${usage}`);
    }
  } finally {
    if (!(command === 'demo' && args.includes('--serve'))) close();
  }
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof CliError || err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exitCode = 1;
});
