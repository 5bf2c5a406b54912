import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { slackCommand } from '../../src/cli/slack';
import { linkSlackTeam } from '../../src/db/slack-links';
import { DEMO_ORG, demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { SLACK_ENV, slash } from '../helpers/slack';
import { messageText, slackResponseUrl } from '../mocks/slack';

const server = setupServer();
let t: TestApp;
const link = (team: string, org: string, report: string) =>
  slackCommand(t.db, ['link', '--team', team, '--org', org, '--report', report], () => {});

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  t = await makeTestApp(SLACK_ENV);
  await t.importDemo('vb-2022');
  await t.importDemo('vp-2026');
  await link('T0001', DEMO_ORG, 'vb-2022');
  await link('T0002', DEMO_ORG, 'vp-2026');
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  t.close();
});

const text = (body: Parameters<typeof messageText>[0]) => messageText(body);

describe('indicator look-ups, answered directly', () => {
  it('finds sjukfrånvaro typed without å and shows outcomes per year, etappmål, status and trend in Swedish', async () => {
    const { status, body } = await slash(t, 'sjukfranvaro');
    expect(status).toBe(200);
    expect(body.response_type).toBe('ephemeral');
    const blocks = body.blocks!;
    expect(blocks[0]).toEqual({ type: 'header', text: expect.objectContaining({ text: 'Sjukfrånvaro totalt' }) });
    const fields = blocks.flatMap((b) => b.fields ?? []).map((f) => f.text);
    expect(fields).toEqual(['*2020*\n8 procent', '*2021*\n7 procent', '*2022*\n7,8 procent']);
    const all = text(body);
    expect(all).toContain('*Etappmål 2022:* högst 6,5 procent');
    expect(all).toContain('Etappmålet nås inte*: 7,8 procent (2022), 1,3 procentenheter från målet');
    expect(all).toContain('försämrad, från 7 procent (2021) till 7,8 procent, +0,8 procentenheter');
    expect(all).toContain('Mål 2: Chefer och medarbetare');
    expect(body.text).toBe('Sjukfrånvaro totalt 2022: 7,8 procent; målet nås inte.');
  });

  it('forgives a typo and still writes numbers the Swedish way', async () => {
    const { body } = await slash(t, 'Sjukfrånvro');
    expect(body.blocks![0]!.text!.text).toBe('Sjukfrånvaro totalt');
    const { body: cost } = await slash(t, 'nettokostnad');
    expect(text(cost)).toContain('3\u00a0926 kr/invånare');
    expect(cost.text).toBe('Nettokostnad individ- och familjeomsorg: utfall saknas; kan inte bedömas.');
    expect(text(cost)).toContain('uppgift saknas');
  });

  it('understands the abbreviation HME in the workspace linked to the plan', async () => {
    const { body } = await slash(t, 'hme', { team_id: 'T0002' });
    expect(body.blocks![0]!.text!.text).toBe('Hållbart medarbetarengagemang, HME totalt index');
    const all = text(body);
    expect(all).toContain('*Etappmål 2026:* minst 82');
    expect(all).toContain('*Målvärde 2030:* 83');
    expect(all).toContain('Verksamhetsplan 2026');
  });

  it('names the next best matches under the best one', async () => {
    const { body } = await slash(t, 'nettokostnad');
    expect(body.blocks![0]!.text!.text).toBe('Nettokostnad individ- och familjeomsorg');
    expect(text(body)).toMatch(/Fler träffar:\*\n• Nettokostnadsavvikelse individ- och familjeomsorg \(mål 1\)/);
  });

  it('posts to the whole channel when the text says "visa", and only to the asker otherwise', async () => {
    expect((await slash(t, 'visa sjukfrånvaro')).body.response_type).toBe('in_channel');
    expect((await slash(t, 'sjukfrånvaro visa')).body.response_type).toBe('in_channel');
    expect((await slash(t, 'sjukfrånvaro')).body.response_type).toBe('ephemeral');
  });

  it('says so when nothing matches, and shows the query as text, never as a Slack mention', async () => {
    const { body } = await slash(t, '<!channel> xyzzy');
    expect(body.response_type).toBe('ephemeral');
    const all = text(body);
    expect(all).toContain('Ingen indikator i Verksamhetsberättelse 2022 liknar *&lt;!channel&gt; xyzzy*');
    expect(JSON.stringify(body.blocks)).not.toContain('<!channel>');
  });
});

describe('help', () => {
  it.each(['hjälp', 'hjalp', '', '  ', 'help'])('explains the commands for %j with the registered command name', async (input) => {
    const { body } = await slash(t, input, { command: '/motivera' });
    expect(body.response_type).toBe('ephemeral');
    const all = text(body);
    expect(all).toContain('`/motivera sjukfrånvaro`');
    expect(all).toContain('`/motivera mål 2`');
    expect(all).toContain('visa');
    expect(all).toContain('Svaren gäller Verksamhetsberättelse 2022 · Socialnämnden');
  });
});

describe('goals, finished through response_url', () => {
  it('acknowledges "mål 2" at once and then posts the goal with its level, rationale and indicators', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const { status, body } = await slash(t, 'mål 2');
    expect(status).toBe(200);
    expect(body).toEqual({ response_type: 'ephemeral', text: expect.stringContaining('Hämtar bedömningen av mål 2') });
    await t.background.idle();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url).toBe('https://hooks.slack.com/commands/T0001/1234/abcd');
    expect(posts[0]!.contentType).toMatch(/application\/json/);
    const goal = posts[0]!.body;
    expect(goal.response_type).toBe('ephemeral');
    expect(goal.blocks![0]!.text!.text).toBe('Mål 2: Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling');
    const all = text(goal);
    expect(all).toContain('*Föreslagen nivå*\nEj uppfyllt');
    expect(all).toContain('*Etappmål som nås*\n0 av 1');
    expect(all).toContain('*Publicerad bedömning*\nDelvis uppfyllt');
    expect(all).toContain('Sjukfrånvaro totalt 7,8 procent mot etappmålet 6,5 procent');
    expect(all).toContain(':x: *Sjukfrånvaro totalt:* 7,8 procent, etappmål högst 6,5 procent · försämrad');
  });

  it('finds a goal by words from its title, by its id, or by one of its indicators', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    await slash(t, 'mål utsläpp fordon');
    await slash(t, 'mål g3');
    await slash(t, 'mal sjukfranvaro');
    await t.background.idle();
    expect(posts.map((p) => p.body.blocks![0]!.text!.text.slice(0, 6))).toEqual(['Mål 5:', 'Mål 3:', 'Mål 2:']);
  });

  it('lists every goal with its level for a bare "mål", in the channel with "visa"', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const ack = await slash(t, 'visa mål');
    expect(ack.body.response_type).toBe('ephemeral');
    await t.background.idle();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.response_type).toBe('in_channel');
    const all = text(posts[0]!.body);
    expect(all).toContain('*2.* Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling – _Ej uppfyllt_');
    expect(all.match(/^\*\d\.\*/gm)).toHaveLength(5);
  });

  it("shows an official's final level beside the proposal", async () => {
    const editor = await t.token('editor');
    const put = await t.request('PUT', '/api/v1/reports/vb-2022/goals/g2/level', {
      body: { level: 'delvis', reason: 'Sjukfrånvaron minskade under hösten.' },
      token: editor,
    });
    expect(put.status).toBe(200);
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    await slash(t, 'mål 2');
    await t.background.idle();
    const all = text(posts[0]!.body);
    expect(all).toContain('*Fastställd nivå*\nDelvis uppfyllt');
    expect(all).toContain('*Föreslagen nivå*\nEj uppfyllt');
    expect(all).toContain('Sjukfrånvaron minskade under hösten.');
  });

  it('says which goals exist when the number is out of range', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    await slash(t, 'mål 9');
    await t.background.idle();
    expect(posts[0]!.body.text).toBe('Hittar inget mål som motsvarar "9" i Verksamhetsberättelse 2022.');
    expect(text(posts[0]!.body)).toContain('Rapporten har 5 mål');
  });
});

describe('workspaces and organisations', () => {
  it('gives an unlinked workspace a friendly message and no data', async () => {
    const { status, body } = await slash(t, 'sjukfrånvaro', { team_id: 'T0999' });
    expect(status).toBe(200);
    expect(body.response_type).toBe('ephemeral');
    const all = text(body);
    expect(all).toContain('inte kopplad');
    expect(all).toContain('slack link --team T0999');
    expect(all).not.toMatch(/Sjukfrånvaro|procent|Socialnämnden/);
  });

  it("never shows another organisation's data, even for a name only that organisation has", async () => {
    const other = demoFile('vb-2022');
    other.organisation = { id: 'annan-namnd', name: 'Annan nämnd' };
    other.goals[0]!.indicators![0]!.name = 'Hemlig kvot för annan nämnd';
    const otherToken = await t.token('admin', 'annan-namnd');
    const res = await t.request('POST', '/api/v1/reports', { body: other, token: otherToken });
    expect(res.status).toBe(201);
    await link('T0003', 'annan-namnd', 'vb-2022');

    const ours = await slash(t, 'hemlig kvot');
    expect(text(ours.body)).toContain('Ingen indikator');
    const theirs = await slash(t, 'hemlig kvot', { team_id: 'T0003' });
    expect(text(theirs.body)).toContain('Hemlig kvot för annan nämnd');
    expect(text(theirs.body)).toContain('Annan nämnd');
  });
});

describe('a re-imported report', () => {
  it('answers with the new figures at once, not with what an earlier look-up saw', async () => {
    const own = await makeTestApp(SLACK_ENV);
    try {
      const admin = await own.token('admin');
      await own.importDemo('vb-2022', admin);
      await linkSlackTeam(own.db, { teamId: 'T0RE', orgId: DEMO_ORG, reportId: 'vb-2022' });
      expect((await slash(own, 'sjukfrånvaro', { team_id: 'T0RE' })).body.text).toBe(
        'Sjukfrånvaro totalt 2022: 7,8 procent; målet nås inte.',
      );
      const changed = demoFile('vb-2022');
      const sick = changed.goals[1]!.indicators!.find((i) => i.name === 'Sjukfrånvaro totalt')!;
      sick.values = sick.values!.map((v) => (v.period === '2022' ? { ...v, value: 6.4 } : v));
      expect((await own.request('POST', '/api/v1/reports', { body: changed, token: admin })).status).toBe(200);
      expect((await slash(own, 'sjukfrånvaro', { team_id: 'T0RE' })).body.text).toBe('Sjukfrånvaro totalt 2022: 6,4 procent; målet nås.');
    } finally {
      own.close();
    }
  });

  it('tells a workspace whose report is gone to have it linked again', async () => {
    await linkSlackTeam(t.db, { teamId: 'T0GONE', orgId: DEMO_ORG, reportId: 'vb-1999' });
    const { body } = await slash(t, 'sjukfrånvaro', { team_id: 'T0GONE' });
    expect(body.text).toBe(
      'Rapporten vb-1999 som arbetsytan är kopplad till finns inte längre. Be den som administrerar Motivera att koppla om arbetsytan.',
    );
  });
});

describe('failures', () => {
  it('answers a short Swedish message, not a stack trace, when the database fails', async () => {
    const broken = await makeTestApp(SLACK_ENV);
    broken.close();
    const { status, body } = await slash(broken, 'sjukfrånvaro');
    expect(status).toBe(200);
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/^Något gick fel när svaret skulle tas fram\. Försök igen om en stund/);
    expect(JSON.stringify(body)).not.toMatch(/Error|at .*\.ts|sqlite|libsql/i);
  });

  it("does not post anywhere but Slack's own hooks host, and then answers directly", async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const { body } = await slash(t, 'mål 2', { response_url: 'https://attacker.example/steal' });
    expect(body.blocks).toBeDefined();
    expect(text(body)).toContain('Mål 2: Chefer och medarbetare');
    await t.background.idle();
    expect(posts).toHaveLength(0);
  });
});
