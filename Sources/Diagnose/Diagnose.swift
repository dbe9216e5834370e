// The Diagnose module. Its role is described in docs/ARCHITECTURE.md.
