import type { ReactNode } from 'react';
import modules from 'virtual:api-reference';
import type { ApiItem, ApiKind, ApiModule } from '../../scripts/api-reference';

const KIND_TITLES: Record<ApiKind, string> = {
  function: 'Functions',
  class: 'Classes',
  constant: 'Constants',
  interface: 'Interfaces',
  type: 'Types',
};

const cell = { verticalAlign: 'top', textAlign: 'left' } as const;

/** Text with `code spans` as code, the rest as it is. */
function Prose({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return <>{parts.map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : part))}</>;
}

function moduleNamed(name: string): ApiModule {
  const found = modules.find((module) => module.module === name);
  if (!found) throw new Error(`The API reference has no module "${name}"; it has ${modules.map((module) => module.module).join(', ')}.`);
  return found;
}

/** The fields of an interface or object type: name, type, default and its TSDoc. */
function Members({ item }: { item: ApiItem }) {
  if (item.members.length === 0) return null;
  return (
    <table>
      <thead>
        <tr>
          <th style={cell}>field</th>
          <th style={cell}>type</th>
          <th style={cell}>default</th>
          <th style={cell}>what</th>
        </tr>
      </thead>
      <tbody>
        {item.members.map((member) => (
          <tr key={member.name}>
            <td style={cell}>
              <code>{member.name}{member.optional ? '?' : ''}</code>
            </td>
            <td style={cell}>
              <code>{member.type}</code>
            </td>
            <td style={cell}>{member.default ? <Prose text={member.default} /> : member.optional ? 'none' : 'required'}</td>
            <td style={cell}>
              <Prose text={member.doc} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One export; its name is a heading one below the section it sits in (h3 under a page's h2, h4 under a kind's h3). */
function Item({ item, level }: { item: ApiItem; level: 'h3' | 'h4' }) {
  const Heading = level;
  return (
    <section id={`api-${item.name}`} style={{ margin: '1.25rem 0' }}>
      <Heading style={{ marginBottom: 4 }}>
        <code>{item.name}</code>
      </Heading>
      <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12.5, margin: '4px 0' }}>
        <code>{item.signature}</code>
      </pre>
      {item.doc ? (
        <p style={{ margin: '4px 0' }}>
          <Prose text={item.doc} />
        </p>
      ) : null}
      {item.params.length > 0 ? (
        <ul>
          {item.params.map((param) => (
            <li key={param.name}>
              <code>{param.name}</code>: <Prose text={param.doc} />
            </li>
          ))}
        </ul>
      ) : null}
      <Members item={item} />
      <p style={{ fontSize: 12, color: '#5c6170', margin: 0 }}>
        <code>{item.source}</code>
      </p>
    </section>
  );
}

/** Every export of a package entry, grouped by kind, as the TSDoc of the source says it. */
export function ApiReference({ module: name, kinds }: { module: string; kinds?: readonly ApiKind[] }): ReactNode {
  const module = moduleNamed(name);
  const groups = (Object.keys(KIND_TITLES) as ApiKind[])
    .filter((kind) => !kinds || kinds.includes(kind))
    .map((kind) => [kind, module.items.filter((item) => item.kind === kind)] as const)
    .filter(([, items]) => items.length > 0);
  return (
    <>
      {groups.map(([kind, items]) => (
        <details key={kind} open={kind === 'function'}>
          <summary>
            {/* A heading between the page's h2 and each export's h4, so the outline has no gap. */}
            <h3 style={{ display: 'inline', fontSize: 'inherit', margin: 0 }}>
              {KIND_TITLES[kind]} ({items.length})
            </h3>
          </summary>
          {items.map((item) => (
            <Item key={item.name} item={item} level="h4" />
          ))}
        </details>
      ))}
    </>
  );
}

/** One export, by name: `<ApiEntry module="help-panel" name="UseHelpResult" />`. */
export function ApiEntry({ module: name, name: itemName }: { module: string; name: string }): ReactNode {
  const item = moduleNamed(name).items.find((candidate) => candidate.name === itemName);
  if (!item) throw new Error(`${name} exports no "${itemName}".`);
  return <Item item={item} level="h3" />;
}

/** The functions of an entry as one summary table: name and first sentence. */
export function ApiSummary({ module: name }: { module: string }): ReactNode {
  const functions = moduleNamed(name).items.filter((item) => item.kind === 'function' || item.kind === 'class');
  return (
    <table>
      <thead>
        <tr>
          <th style={cell}>export</th>
          <th style={cell}>what</th>
        </tr>
      </thead>
      <tbody>
        {functions.map((item) => (
          <tr key={item.name}>
            <td style={cell}>
              <a href={`#api-${item.name}`}>
                <code>{item.name}</code>
              </a>
            </td>
            <td style={cell}>
              <Prose text={item.summary} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
