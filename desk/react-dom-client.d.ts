// react-dom ships no types here (no @types/react-dom in the project): the one call the desk makes.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react'
  export function createRoot(container: Element): { render: (node: ReactNode) => void; unmount: () => void }
}
