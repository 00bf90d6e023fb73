import { ThemeToggle } from '../components/ThemeToggle.tsx';

export function AppHeader() {
  return (
    <header className="flex h-11 shrink-0 items-center justify-between gap-3 border-b border-line bg-panel px-3">
      <h1 className="truncate text-base font-semibold text-fg">Kubernetes Service Playground</h1>
      <ThemeToggle />
    </header>
  );
}
