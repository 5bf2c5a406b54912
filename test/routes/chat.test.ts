import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { suggestions } from '../../src/db/schema';
import { DEMO_ORG, demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { parseSse, turnOf } from '../helpers/sse';

let t: TestApp;

beforeAll(async () => {
  t = await makeTestApp({ CHAT_RATE_LIMIT_PER_MINUTE: '1000' });
  await t.importDemo('vb-2022');
});

async function chat(message: string, opts: { conversationId?: string; token?: string; reportId?: string; app?: TestApp } = {}) {
  const app = opts.app ?? t;
  const res = await app.request('POST', '/api/v1/chat', {
    token: opts.token,
    body: { reportId: opts.reportId ?? 'vb-2022', message, ...(opts.conversationId ? { conversationId: opts.conversationId } : {}) },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  return turnOf(parseSse(await res.text()));
}

describe('the chat without a model, on the demo report', () => {
  it('streams a turn as conversation, tokens, tool activity, the message and end', async () => {
    const turn = await chat('Hur gick det med sjukfrånvaron?');
    expect(turn.names[0]).toBe('conversation');
    expect(turn.names.at(-1)).toBe('end');
    expect(turn.names.indexOf('tool')).toBeLessThan(turn.names.indexOf('message'));
    expect(turn.tokens.length).toBeGreaterThan(1);
    expect(turn.tokens.join('')).toBe(turn.message!.text);
    expect(turn.conversation).toMatchObject({ id: expect.any(String), reportId: 'vb-2022', title: 'Hur gick det med sjukfrånvaron?' });
  });

  it('looks up an indicator by a loose Swedish name and answers with its figures from the data', async () => {
    const turn = await chat('Hur gick det med sjukfrånvaron?');
    expect(turn.tools).toEqual([
      expect.objectContaining({ name: 'show_goal', ok: true, arguments: { goalId: 'g2', indicator: 'sjukfranvaro-totalt' } }),
    ]);
    expect(turn.tools[0]!.table!.rows[0]).toEqual(
      expect.arrayContaining(['Sjukfrånvaro totalt', '7,8 procent (2022)', '6,5 procent (2022)']),
    );
    expect(turn.message!.text).toContain('7,8 procent');
    expect(turn.message!.text).toContain('6,5 procent');
    // The change is said in words, as a person would: sjukfrånvaron rose from 7 to 7,8 procent.
    expect(turn.message!.text).toMatch(/jämfört med 7 procent \(2021\), en ökning med 0,8 procentenheter\./);
    expect(turn.message!.findings).toEqual([]);

    const cost = await chat('vad blev nettokostnaden');
    expect(cost.tools[0]!.arguments).toEqual({ goalId: 'g1', indicator: 'nettokostnad-individ-och-familjeomsorg' });
  });

  it("shows a goal's assessment found by its kommunfullmäktigemål, with the indicators as a table", async () => {
    const assessment = (await (await t.request('GET', '/api/v1/reports/vb-2022/assessment')).json()) as {
      goals: Array<{ goalId: string; label: string }>;
    };
    const g2 = assessment.goals.find((g) => g.goalId === 'g2')!;
    const turn = await chat('Hur bedöms målet om attraktiv arbetsgivare?');
    expect(turn.tools.map((x) => x.name)).toEqual(['assess_goal']);
    expect(turn.tools[0]!.table!.columns).toEqual(['Indikator', 'Utfall', 'Föregående', 'Förändring', 'Etappmål', 'Status']);
    expect(turn.message!.text.toLowerCase()).toContain(`bedöms som ${g2.label.toLowerCase()}`);

    const byNumber = await chat('mål 2');
    expect(byNumber.tools[0]!.arguments).toEqual({ goalId: 'g2' });
  });

  it("checks a goal's assessment reply like every reply with figures, and the rationale comes out clean for every demo goal", async () => {
    for (const goalId of ['g1', 'g2', 'g3', 'g4', 'g5']) {
      const turn = await chat(`Hur bedöms mål ${goalId.slice(1)}?`);
      expect(turn.tools.map((x) => x.name)).toEqual(['assess_goal']);
      expect(turn.tools[0]!.arguments).toEqual({ goalId });
      expect({ goalId, text: turn.message!.text, findings: turn.message!.findings }).toEqual({
        goalId,
        text: expect.not.stringContaining('⚠'),
        findings: [],
      });
    }
  });

  it.each(['vb-2022', 'vp-2026'] as const)(
    'answers a look-up of every indicator of %s by its name with figures that all check out',
    async (reportId) => {
      if (reportId !== 'vb-2022') await t.importDemo(reportId);
      const indicators = demoFile(reportId).goals.flatMap((g) =>
        (g.indicators ?? []).map((i) => ({ goalId: g.id, id: i.id, name: i.name })),
      );
      for (const ind of indicators) {
        const turn = await chat(`Hur gick det med ${ind.name}?`, { reportId });
        const found = turn.tools.find((x) => x.name === 'show_goal');
        expect(found?.arguments, ind.name).toEqual({ goalId: ind.goalId, indicator: ind.id });
        expect({ name: ind.name, text: turn.message!.text, findings: turn.message!.findings }).toEqual({
          name: ind.name,
          text: expect.not.stringContaining('⚠'),
          findings: [],
        });
      }
    },
  );

  it('asks which goal is meant when a name fits several', async () => {
    const turn = await chat('Hur bedöms målet om ekonomisk hållbarhet?');
    expect(turn.tools).toEqual([]);
    expect(turn.message!.text).toMatch(/Vilket mål menar du\? g1 .* eller g2 /);
  });

  it("drafts offline with the official's wish, shortens it, and sends it to review as a pending suggestion", async () => {
    const first = await chat('Skriv en motivering för målet om attraktiv arbetsgivare och nämn medarbetarenkäten');
    const draft = first.message!.draft!;
    expect(first.tools.map((x) => x.name)).toEqual(['draft_motivation']);
    expect(draft).toMatchObject({ goalId: 'g2', verified: true });
    expect(draft.text).toMatch(/medarbetarenkät/i);
    expect(draft.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(first.message!.text).toMatch(
      /^Här är ett utkast för g2 «Chefer och medarbetare .*». Alla siffror i utkastet stämmer med underlaget\./,
    );

    const conversationId = first.conversation.id;
    const shorter = await chat('Gör den kortare', { conversationId });
    expect(shorter.message!.draft!.goalId).toBe('g2');
    expect(shorter.message!.draft!.text.split(/\s+/).length).toBeLessThan(draft.text.split(/\s+/).length);

    const sent = await chat('Skicka den till granskning', { conversationId });
    expect(sent.tools.map((x) => x.name)).toEqual(['propose_for_review']);
    expect(sent.message!.suggestion).toMatchObject({ goalId: 'g2', status: 'pending' });
    const [row] = await t.db.select().from(suggestions).where(eq(suggestions.id, sent.message!.suggestion!.id));
    expect(row).toMatchObject({ goalId: 'g2', status: 'pending', origin: 'chat', text: shorter.message!.draft!.text });
  });

  it('says there is nothing to send when no draft was made', async () => {
    const turn = await chat('Skicka den till granskning');
    expect(turn.tools).toEqual([]);
    expect(turn.message!.text).toContain('inget utkast');
  });

  it('checks a pasted text and names the figure the data does not back', async () => {
    const turn = await chat('Kontrollera mot mål 2: Den totala sjukfrånvaron ökade till 9,1 procent under 2022.');
    expect(turn.tools).toEqual([
      expect.objectContaining({ name: 'check_text', ok: true, arguments: expect.objectContaining({ goalId: 'g2' }) }),
    ]);
    expect(turn.tools[0]!.table!.rows.some((r) => r[0]!.includes('9,1'))).toBe(true);
    expect(turn.message!.text).toContain('9,1 procent');
    expect(turn.message!.text).toMatch(/stämmer inte/);

    const clean = await chat('Kontrollera: Den totala sjukfrånvaron ökade till 7,8 procent under 2022.');
    expect(clean.tools[0]!.arguments).toEqual({ text: 'Den totala sjukfrånvaron ökade till 7,8 procent under 2022.', goalId: 'g2' });
    expect(clean.message!.text).toMatch(
      /^Texten verkar gälla g2 «.*», så jag har kontrollerat den mot det målets siffror\. Texten stämmer med siffrorna för g2/,
    );

    const unknown = await chat('Kontrollera: Andelen var 987,6 procent.');
    expect(unknown.message!.text).toMatch(/^1 uppgift stämmer inte med rapportens siffror\./);
  });

  it('says once per conversation how to configure a model, to an admin; officials and editors get no configuration text', async () => {
    const admin = await t.token('admin');
    const first = await chat('Vilka mål finns?', { token: admin });
    expect(first.message!.note).toMatch(/OPENAI_API_KEY/);
    expect(first.message!.note).toMatch(/AZURE_OPENAI_ENDPOINT/);
    const second = await chat('mål 1', { conversationId: first.conversation.id, token: admin });
    expect(second.message!.note).toBeUndefined();
    expect((await chat('mål 1', { token: admin })).message!.note).toMatch(/OPENAI_BASE_URL/);
    for (const role of ['official', 'editor'] as const) {
      const note = (await chat('mål 1', { token: await t.token(role) })).message!.note!;
      expect(note).toMatch(/administratör/);
      expect(note).not.toMatch(/OPENAI|AZURE|[A-Z]{3,}_[A-Z]/);
    }
  });

  it('answers filter questions from the assessment, with a link to each goal or indicator named', async () => {
    const goals = (await chat('Vilka mål är inte uppfyllda?')).message as unknown as {
      text: string;
      links: { goalId: string; url: string }[];
    };
    expect(goals.text).toMatch(
      /^Mål som inte är uppfyllda \(2 av 5\):\n• Mål 2 «Chefer och medarbetare[^»]*»: ej uppfyllt\n• Mål 5 «Minskade utsläpp från fordon och tjänsteresor»: ej uppfyllt$/,
    );
    expect(goals.links.map((l) => l.url)).toEqual(['/rapporter/vb-2022/mal/g2', '/rapporter/vb-2022/mal/g5']);
    const worse = (await chat('Vilka indikatorer har försämrats?')).message as unknown as {
      text: string;
      links: { indicatorId: string }[];
    };
    expect(worse.text).toMatch(/^Indikatorer som har försämrats/);
    expect(worse.text).toContain('Sjukfrånvaro totalt (mål 2): 7,8 procent (2022), från 7 procent (2021)');
    expect(worse.links.map((l) => l.indicatorId)).toContain('sjukfranvaro-totalt');
    expect(worse.text).not.toMatch(/Brukarbedömning missbruksvård/); // improved, 81 → 91 procent
  });

  it('answers how an indicator developed with every year that has a value, also when this year’s is missing', async () => {
    const reply = (await chat('Hur har nettokostnaden utvecklats över åren?')).message!;
    expect(reply.text).toMatch(/^Nettokostnad individ- och familjeomsorg, alla mätningar i rapporten:/);
    expect(reply.text).toMatch(/• 2021: 3\s804 kr\/invånare/);
    expect(reply.text).toMatch(/• 2022: saknas \(Inget utfall/);
  });

  it('says when nothing in the report covers a topic, and what exists nearby', async () => {
    const none = (await chat('Hur gick det med hemlösheten?')).message!;
    expect(none.text).toMatch(/^Ingen indikator eller anteckning i rapporten handlar om «hemlösheten»\. Rapportens mål är:/);
    const near = (await chat('Hur gick det med drogfriheten?')).message!;
    expect(near.text).toMatch(
      /^Ingen indikator eller anteckning i rapporten handlar om «drogfriheten»\. Närmast finns:\n• Ungdomar som fått insats för sitt missbruk[^\n]*drogfri, andel \(mål 4\)/,
    );
    const note = (await chat('Hur gick det med korttidsfrånvaron?')).message!;
    expect(note.text).toMatch(/i anteckningarna till g2 «[^»]+» står: ”Korttidsfrånvaron/);
  });
});

describe('fresh figures', () => {
  it('answers from the report as it is now: after a re-import and after an official sets a level', async () => {
    const app = await makeTestApp();
    await app.importDemo('vb-2022');
    expect((await chat('Hur gick det med sjukfrånvaron?', { app })).message!.text).toContain('blev 7,8 procent (2022)');

    const doc = demoFile('vb-2022');
    doc.goals[1]!.indicators![0]!.values!.find((v) => v.period === '2022')!.value = 6.1;
    expect((await app.request('POST', '/api/v1/reports', { body: doc })).status).toBe(200);
    expect((await chat('Hur gick det med sjukfrånvaron?', { app })).message!.text).toContain('blev 6,1 procent (2022)');

    const set = await app.request('PUT', '/api/v1/reports/vb-2022/goals/g5/level', {
      body: { level: 'delvis', reason: 'Beställda fordon levereras under våren.' },
    });
    expect(set.status).toBe(200);
    expect((await chat('mål 5', { app })).message!.text).toMatch(/bedöms som delvis uppfyllt/);
  });
});

describe('conversations belong to their user', () => {
  it('stores the turns and returns them to their owner; others get 404', async () => {
    const first = await chat('Hur gick det med sjukfrånvaron?');
    const id = first.conversation.id;
    await chat('Skriv en motivering för mål 2', { conversationId: id });

    const res = await t.request('GET', `/api/v1/chat/${id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      reportId: string;
      messages: Array<{ role: string; content?: string; tool?: { name: string; draft?: unknown } }>;
    };
    expect(body.reportId).toBe('vb-2022');
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'tool', 'assistant', 'system', 'user', 'tool', 'assistant']);
    expect(body.messages[0]!.content).toBe('Hur gick det med sjukfrånvaron?');
    expect(body.messages[5]!.tool).toMatchObject({ name: 'draft_motivation', draft: expect.objectContaining({ goalId: 'g2' }) });

    const colleague = await t.token('editor', DEMO_ORG, 'En kollega');
    expect((await t.request('GET', `/api/v1/chat/${id}`, { token: colleague })).status).toBe(404);
    const other = await t.token('editor', 'annan-namnd');
    expect((await t.request('GET', `/api/v1/chat/${id}`, { token: other })).status).toBe(404);
    const res2 = await t.request('POST', '/api/v1/chat', {
      token: colleague,
      body: { conversationId: id, reportId: 'vb-2022', message: 'mål 1' },
    });
    expect(res2.status).toBe(404);

    const list = (await (await t.request('GET', '/api/v1/chat')).json()) as { conversations: Array<{ id: string }> };
    expect(list.conversations.map((c) => c.id)).toContain(id);
    const theirs = (await (await t.request('GET', '/api/v1/chat', { token: colleague })).json()) as { conversations: unknown[] };
    expect(theirs.conversations).toEqual([]);
  });

  it("sends a drafted paragraph to review from the page's button", async () => {
    const turn = await chat('Skriv en motivering för mål 5');
    const draft = turn.message!.draft!;
    const res = await t.request('POST', `/api/v1/chat/${turn.conversation.id}/propose`, {
      body: { goalId: draft.goalId, text: draft.text },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { suggestion: { id: string; status: string } };
    expect(body.suggestion.status).toBe('pending');
    const [row] = await t.db.select().from(suggestions).where(eq(suggestions.id, body.suggestion.id));
    expect(row).toMatchObject({ goalId: 'g5', origin: 'chat', verified: true });
  });
});

describe('the chat page', () => {
  async function signIn() {
    const res = await t.app.request('/logga-in', {
      method: 'POST',
      body: new URLSearchParams({ token: await t.token('official', DEMO_ORG, 'Sidan') }),
    });
    return /motivera_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  }

  it('is served to a signed-in person, with its own script and no inline code', async () => {
    const anonymous = await t.app.request('/rapporter/vb-2022/chatt');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/logga-in?next=%2Frapporter%2Fvb-2022%2Fchatt');

    const res = await t.app.request('/rapporter/vb-2022/chatt', { headers: { cookie: await signIn() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<h1>Chatta om Verksamhetsberättelse 2022</h1>');
    expect(html).toContain('data-api="/chatt/api"');
    expect(html).toMatch(/<script src="\/assets\/chat.js" defer[^>]*><\/script>/);
    expect(html).not.toMatch(/<script>/);
    expect((await t.app.request('/assets/chat.js')).headers.get('content-type')).toContain('text/javascript');
  });

  it("answers the page's requests with the session cookie, and refuses other sites and strangers", async () => {
    const cookie = await signIn();
    const body = JSON.stringify({ reportId: 'vb-2022', message: 'mål 2' });
    const headers = { cookie, 'content-type': 'application/json', host: 'motivera.test' };
    const ok = await t.app.request('http://motivera.test/chatt/api', {
      method: 'POST',
      headers: { ...headers, origin: 'http://motivera.test' },
      body,
    });
    expect(ok.status).toBe(200);
    expect(turnOf(parseSse(await ok.text())).message!.text).toMatch(/^g2 «/);

    const foreign = await t.app.request('http://motivera.test/chatt/api', {
      method: 'POST',
      headers: { ...headers, origin: 'https://elak.example' },
      body,
    });
    expect(foreign.status).toBe(403);
    const stranger = await t.app.request('http://motivera.test/chatt/api', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(stranger.status).toBe(401);
    expect(((await stranger.json()) as { error: { message: string } }).error.message).toMatch(/inte inloggad/);
  });
});

describe('limits', () => {
  it("answers 429 in Swedish past a user's messages per minute; other users are not affected", async () => {
    const app = await makeTestApp({ CHAT_RATE_LIMIT_PER_MINUTE: '2' });
    await app.importDemo('vb-2022');
    await chat('mål 1', { app });
    await chat('mål 2', { app });
    const res = await app.request('POST', '/api/v1/chat', { body: { reportId: 'vb-2022', message: 'mål 3' } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/högst 2 i minuten/) });
    await chat('mål 3', { app, token: await app.token('official', DEMO_ORG, 'Någon annan') });
  });

  it('refuses an over-long or empty message with 400, and an unknown report with 404, before any stream', async () => {
    const long = await t.request('POST', '/api/v1/chat', { body: { reportId: 'vb-2022', message: 'a'.repeat(8001) } });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: { field: string; message: string } }).error).toMatchObject({
      field: 'message',
      message: expect.stringMatching(/för långt/),
    });
    const empty = await t.request('POST', '/api/v1/chat', { body: { reportId: 'vb-2022', message: '  ' } });
    expect(empty.status).toBe(400);
    const missing = await t.request('POST', '/api/v1/chat', { body: { reportId: 'finns-inte', message: 'Hej' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');
  });

  it('needs a token', async () => {
    const res = await t.request('POST', '/api/v1/chat', { token: null, body: { reportId: 'vb-2022', message: 'Hej' } });
    expect(res.status).toBe(401);
  });
});
