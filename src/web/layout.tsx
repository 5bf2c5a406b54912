/**
 * @module The page frame every server-rendered page shares: skip link, header with navigation and
 * the signed-in person, breadcrumbs, a notice, the page itself, and a slot for page scripts.
 */
import type { Child, FC } from 'hono/jsx';
import { roleNames } from '../domain/review';

export interface NavLink {
  href: string;
  label: string;
}

export interface Notice {
  kind: 'ok' | 'warn' | 'error';
  text: string;
}

export interface LayoutProps {
  /** The page's own title; the browser tab reads "<title> – Motivera". */
  title: string;
  /** Who is signed in; without it the header shows no navigation and no sign-out. */
  user?: { name: string; role: string } | null;
  /** Main navigation; defaults to `defaultNav`. Pages add their own links (a chat page adds "Chatt"). */
  nav?: NavLink[];
  /** The href of the nav link to mark as the current section. */
  current?: string;
  breadcrumbs?: NavLink[];
  notice?: Notice | null;
  /** Script URLs (served from this origin; the pages' content security policy allows no inline script). */
  scripts?: string[];
  /** The page's own address, when it answers a form's POST: the page script shows it in the address bar. */
  pageUrl?: string;
  /** Extra stylesheet URLs after the shared one. */
  styles?: string[];
  children?: Child;
}

export const defaultNav: NavLink[] = [{ href: '/rapporter', label: 'Rapporter' }];
/** The organisation's settings: in an admin's default navigation. */
const settingsLink: NavLink = { href: '/installningar', label: 'Inställningar' };

const roleName = (role: string) => (roleNames as Record<string, string>)[role] ?? role;

export const Layout: FC<LayoutProps> = (props) => {
  const nav = props.nav ?? (props.user?.role === 'admin' ? [...defaultNav, settingsLink] : defaultNav);
  return (
    <html lang="sv">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – Motivera`}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/motivera.css" />
        {(props.styles ?? []).map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer></script>
        ))}
      </head>
      <body data-page-url={props.pageUrl}>
        <a class="skip" href="#innehall">
          Hoppa till innehållet
        </a>
        <header class="site">
          <div class="wrap bar">
            <a class="brand" href="/">
              Motivera
            </a>
            {props.user ? (
              <nav aria-label="Huvudmeny">
                <ul>
                  {nav.map((l) => (
                    <li>
                      <a href={l.href} aria-current={props.current === l.href ? 'page' : undefined}>
                        {l.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {props.user ? (
              <div class="who">
                <span>
                  {props.user.name} <span class="role">({roleName(props.user.role)})</span>
                </span>
                <form method="post" action="/logga-ut">
                  <button type="submit" class="link">
                    Logga ut
                  </button>
                </form>
              </div>
            ) : null}
          </div>
        </header>
        <main id="innehall" class="wrap" tabindex={-1}>
          {props.breadcrumbs?.length ? (
            <nav aria-label="Du är här" class="crumbs">
              <ol>
                {props.breadcrumbs.map((b, i) => (
                  <li>
                    {i === props.breadcrumbs!.length - 1 ? <span aria-current="page">{b.label}</span> : <a href={b.href}>{b.label}</a>}
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          {props.notice ? (
            <div class={`notice ${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
              {props.notice.text}
            </div>
          ) : null}
          {props.children}
        </main>
      </body>
    </html>
  );
};

/** A whole page as HTML text, with the doctype: an element (or a component called as a function) rendered to a string. */
export async function renderPage(node: unknown): Promise<string> {
  const element = (await node) as { toString(): string | Promise<string> };
  return `<!doctype html>\n${await element.toString()}`;
}

/** A page that says, calmly, what went wrong and where to go on. */
export const ErrorPage: FC<{ user?: LayoutProps['user']; text: string }> = ({ user, text }) => (
  <Layout title="Det gick inte" user={user} notice={{ kind: 'error', text }}>
    <h1>Det gick inte</h1>
    <p>
      <a href="/rapporter">Till rapporterna</a>
    </p>
  </Layout>
);
