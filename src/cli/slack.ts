/** @module CLI: link a Slack workspace to an organisation and its default report (and list or remove links). */
import type { Db } from '../db/client';
import { findReport } from '../db/reports';
import { linkSlackTeam, listSlackLinks, unlinkSlackTeam } from '../db/slack-links';
import { CliError, flag, positional } from './io';

const usage = `Användning:
  npm run cli -- slack link --team T0123ABCD --org ORG --report RAPPORT   koppla en arbetsyta till en organisations rapport
  npm run cli -- slack unlink --team T0123ABCD                         ta bort kopplingen
  npm run cli -- slack list                                            visa alla kopplingar`;

/** Slack team ids: T… for a workspace, E… for an Enterprise Grid organisation. */
const TEAM_ID = /^[TE][A-Z0-9]{2,}$/;

function teamFlag(args: string[]): string {
  const team = flag(args, 'team');
  if (!team) throw new CliError(`Ange arbetsytans id med --team (det står i Slacks adress, t.ex. T0123ABCD).\n\n${usage}`);
  if (!TEAM_ID.test(team)) throw new CliError(`"${team}" ser inte ut som ett Slack-id för en arbetsyta (T…, versaler och siffror).`);
  return team;
}

export async function slackCommand(db: Db, args: string[], log: (line: string) => void = console.log) {
  const [sub] = positional(args);
  switch (sub) {
    case 'link': {
      const teamId = teamFlag(args);
      const orgId = flag(args, 'org');
      const reportId = flag(args, 'report');
      if (!orgId || !reportId) throw new CliError(`Ange både --org och --report.\n\n${usage}`);
      const report = await findReport(db, orgId, reportId);
      if (!report) throw new CliError(`Rapporten ${reportId} finns inte hos ${orgId}. Importera den först, eller kontrollera stavningen.`);
      const { created } = await linkSlackTeam(db, { teamId, orgId, reportId });
      log(
        `${created ? 'Kopplade' : 'Flyttade'} Slack-arbetsytan ${teamId} till ${orgId}, rapporten ${reportId} (${report.title ?? report.reportId}).`,
      );
      return;
    }
    case 'unlink': {
      const teamId = teamFlag(args);
      if (!(await unlinkSlackTeam(db, teamId))) throw new CliError(`Arbetsytan ${teamId} är inte kopplad.`);
      log(`Tog bort kopplingen för Slack-arbetsytan ${teamId}.`);
      return;
    }
    case 'list': {
      const links = await listSlackLinks(db);
      if (links.length === 0) log('Inga Slack-arbetsytor är kopplade.');
      for (const l of links) log(`${l.teamId}  ${l.orgId}  ${l.reportId}  (sedan ${l.createdAt.slice(0, 10)})`);
      return;
    }
    default:
      throw new CliError(usage);
  }
}
