// Next.js is not a dependency of this repository. So that next-help-root.tsx is typechecked all
// the same, these are the two hooks it uses, with the types Next's own `next/navigation` gives them.
declare module 'next/navigation' {
  export function usePathname(): string;
  export function useRouter(): { push(href: string, options?: { scroll?: boolean }): void };
}
