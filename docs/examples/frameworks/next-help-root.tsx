// Next.js App Router: app/help-root.tsx, rendered from app/layout.tsx around {children}.
'use client';
import type { ReactNode } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { HelpPanel, HelpProvider } from 'help-panel';

export function HelpRoot({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  return (
    // The folder `help-panel build content/help --out-dir public/help` wrote, served by Next from public/.
    <HelpProvider src="/help/" route={pathname} onNavigate={(to) => router.push(to)}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
