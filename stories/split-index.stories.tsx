import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { oxvo } from './sample-content';
import { HelpCenterStage, type HelpCenterStageProps } from './help-center-stage';
import { splitIndex } from '../src/compiler/split-index';
import { HelpIndexError } from '../src/engine/base/help-index-error';
import { openHelpIndex, type IndexFileLoader, type LazyHelpEngine } from '../src/engine/split/index-loader';

/** How the pretend CDN treats article chunks; the manifest always arrives. */
type ChunkNetwork =
  /** The first request for each chunk fails (a 503); "Try again" fetches it and it arrives. */
  | 'fails-once'
  /** Chunk requests never answer, as on a very slow connection. */
  | 'never-answers';

/** The Oxvo help center split into its files, served from memory by name. */
function pretendCdn(network: ChunkNetwork): IndexFileLoader {
  const split = splitIndex(oxvo);
  const files = new Map<string, string>([['manifest.json', split.manifestText], ...split.files.map((file) => [file.name, file.text] as const)]);
  const failed = new Set<string>();
  return async (name) => {
    const text = files.get(name);
    if (text === undefined) throw new HelpIndexError('stale', `The help index file ${name} answered 404.`);
    if (/^c\d+\./.test(name)) {
      if (network === 'never-answers') return new Promise<never>(() => {});
      if (!failed.has(name)) {
        failed.add(name);
        throw new HelpIndexError('unavailable', `The help index file ${name} answered 503; check the connection and try again.`);
      }
    }
    return JSON.parse(text) as unknown;
  };
}

interface SplitIndexStageProps extends Omit<HelpCenterStageProps, 'index' | 'src' | 'load'> {
  /** What happens to article chunk requests. */
  network: ChunkNetwork;
}

/** The panel over an engine from `openHelpIndex`, as a host that opens the split index itself would pass it. */
function SplitIndexStage({ network, ...stage }: SplitIndexStageProps) {
  const [engine, setEngine] = useState<LazyHelpEngine | null>(null);
  useEffect(() => {
    let live = true;
    openHelpIndex(pretendCdn(network)).then(
      (opened) => live && setEngine(opened),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [network]);
  return <HelpCenterStage {...stage} index={engine ?? undefined} />;
}

const meta = {
  title: 'Split index',
  component: SplitIndexStage,
} satisfies Meta<typeof SplitIndexStage>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The route matches a symptom, but its article chunk fails to arrive: the
 * retry screen, with the reason. "Try again" fetches the chunk again, and
 * this time it arrives.
 */
export const ArticleChunkFailed: Story = {
  name: 'Split index: article chunk failed',
  args: { network: 'fails-once', route: '/settings/storage' },
};

/** An article opened whose chunk is still on its way: the loading status. */
export const LoadingAnArticle: Story = {
  name: 'Split index: loading an article',
  args: { network: 'never-answers', openOn: oxvo.articles[0]?.id ?? '' },
};
