import { useContext, type ComponentProps, type ComponentType } from 'react';
import { HelpContext } from './help-context';
import { useShell } from './shell-context';
import { drawerChunk } from './panel-chunks';
import { useChunk } from './lazy-chunk';

type Drawer = typeof import('./drawer');
type PartName = 'HelpPanelHeader' | 'HelpScreen' | 'HelpHome' | 'HelpSearch' | 'HelpSymptom' | 'LazyArticle' | 'Checklist';

/**
 * A part of the drawer's chunk for layouts of your own (`HelpPanel.Checklist` on a page, say):
 * rendered once the chunk and the runtime are there, nothing before; its mount starts the load.
 */
export function lazyPart<Name extends PartName>(name: Name): ComponentType<ComponentProps<Drawer[Name]>> {
  function Part(props: ComponentProps<Drawer[Name]>) {
    useShell(`HelpPanel.${name.replace(/^Help(Panel)?|^Lazy/, '')}`);
    const help = useContext(HelpContext);
    const { module } = useChunk(drawerChunk, true);
    if (!module || !help) return null;
    // The props are the part's own; the union of every part's props is too wide for TypeScript to see it.
    const Real = module[name] as ComponentType<object>;
    return <Real {...(props as object)} />;
  }
  Part.displayName = `HelpPanel.${name.replace(/^Help(Panel)?|^Lazy/, '')}`;
  return Part;
}

export const HelpPanelHeader = lazyPart('HelpPanelHeader');
export const HelpScreen = lazyPart('HelpScreen');
export const HelpHome = lazyPart('HelpHome');
export const HelpSearch = lazyPart('HelpSearch');
export const HelpSymptom = lazyPart('HelpSymptom');
export const HelpArticle = lazyPart('LazyArticle');
export const Checklist = lazyPart('Checklist');
