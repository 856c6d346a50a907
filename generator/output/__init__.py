"""Stage 3, output: compare rendered texts with the output folder, or write
what changed there atomically, never outside it (`sync`)."""
