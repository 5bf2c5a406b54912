import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackCommand } from '../../src/cli/slack';
import { CliError } from '../../src/cli/io';
import { DEMO_ORG, makeTestApp, type TestApp } from '../helpers/app';
import { SLACK_ENV, slash } from '../helpers/slack';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp(SLACK_ENV);
  await t.importDemo('vb-2022');
  await t.importDemo('vp-2026');
});
afterAll(() => t.close());

async function cli(...args: string[]) {
  const lines: string[] = [];
  await slackCommand(t.db, args, (l) => lines.push(l));
  return lines.join('\n');
}

describe('npm run cli -- slack', () => {
  it('links a workspace to a report, after which its slash commands answer from that report', async () => {
    expect(await cli('link', '--team', 'T0CLI01', '--org', DEMO_ORG, '--report', 'vb-2022')).toBe(
      `Kopplade Slack-arbetsytan T0CLI01 till ${DEMO_ORG}, rapporten vb-2022 (Verksamhetsberättelse 2022).`,
    );
    expect((await slash(t, 'hjälp', { team_id: 'T0CLI01' })).body.blocks).toBeDefined();
    expect(JSON.stringify((await slash(t, 'sjukfrånvaro', { team_id: 'T0CLI01' })).body)).toContain('Verksamhetsberättelse 2022');
  });

  it('moves an existing link to another report', async () => {
    await cli('link', '--team', 'T0CLI02', '--org', DEMO_ORG, '--report', 'vb-2022');
    expect(await cli('link', '--team', 'T0CLI02', '--org', DEMO_ORG, '--report', 'vp-2026')).toMatch(/^Flyttade/);
    expect(JSON.stringify((await slash(t, 'sjukfrånvaro', { team_id: 'T0CLI02' })).body)).toContain('Verksamhetsplan 2026');
  });

  it('refuses a report that does not exist in that organisation, and links nothing', async () => {
    await expect(cli('link', '--team', 'T0CLI03', '--org', DEMO_ORG, '--report', 'vb-1999')).rejects.toThrow(
      new CliError(`Rapporten vb-1999 finns inte hos ${DEMO_ORG}. Importera den först, eller kontrollera stavningen.`),
    );
    await expect(cli('link', '--team', 'T0CLI03', '--org', 'annan-organisation', '--report', 'vb-2022')).rejects.toThrow(
      /finns inte hos annan-organisation/,
    );
    expect(JSON.stringify((await slash(t, 'sjukfrånvaro', { team_id: 'T0CLI03' })).body)).toContain('inte kopplad');
  });

  it('refuses a malformed team id and missing flags with the usage', async () => {
    await expect(cli('link', '--team', 'huddinge', '--org', DEMO_ORG, '--report', 'vb-2022')).rejects.toThrow(
      /ser inte ut som ett Slack-id/,
    );
    await expect(cli('link', '--team', 'T0CLI04')).rejects.toThrow(/Ange både --org och --report/);
    await expect(cli('koppla')).rejects.toThrow(/slack link --team/);
  });

  it('lists and removes links', async () => {
    await cli('link', '--team', 'T0CLI05', '--org', DEMO_ORG, '--report', 'vb-2022');
    expect(await cli('list')).toMatch(new RegExp(`T0CLI05  ${DEMO_ORG}  vb-2022`));
    expect(await cli('unlink', '--team', 'T0CLI05')).toBe('Tog bort kopplingen för Slack-arbetsytan T0CLI05.');
    expect(await cli('list')).not.toContain('T0CLI05');
    await expect(cli('unlink', '--team', 'T0CLI05')).rejects.toThrow(/är inte kopplad/);
  });
});
